/** A candidate key figure of a report, as `figures suggest` lists it and `figures mark` marks it. */

export type FigureKind = 'result' | 'target' | 'five-year' | 'growth';

export interface SuggestedFigure {
  /** `group-n`, stable for an unchanged report.zh.md. */
  id: string;
  /** The indicator, read from the sentence: 一般公共预算收入. */
  indicator: string;
  /** The words to mark, as printed: 18.18亿元. */
  display: string;
  value: number;
  /** Scale and unit as printed: 亿元, %, 万人. */
  unit: string;
  kind: FigureKind;
  /** The year the figure is for: 2020, or 2016–2020 for a five-year total. */
  year: string;
  group: string;
  score: number;
  sentence: string;
  /** Where the display stands in report.zh.md: offsets and line:column. */
  start: number;
  end: number;
  line: number;
  column: number;
  /** Index of its paragraph among the file's paragraphs (the English partner is the paragraph of the same index). */
  paragraph: number;
}

/** The groups a draft deck proposes, in the order of a session's speech. */
export interface GroupProposal {
  id: string;
  title: { zh: string; en: string };
}

export function groupsFor(years: { review: number; plan: number }): Record<'results' | 'fiveYear' | 'targets' | 'livelihood', GroupProposal> {
  return {
    results: { id: `results-${years.review}`, title: { zh: `${years.review}年主要成绩`, en: `Results in ${years.review}` } },
    fiveYear: { id: 'five-year', title: { zh: '五年来主要成就', en: 'Achievements of the Past Five Years' } },
    targets: { id: `targets-${years.plan}`, title: { zh: `${years.plan}年主要预期目标`, en: `Main Targets for ${years.plan}` } },
    livelihood: { id: 'livelihood', title: { zh: '民生保障', en: 'Public Wellbeing' } },
  };
}
