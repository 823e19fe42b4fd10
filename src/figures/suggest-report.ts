import { readFigureSource, type FigureSource } from './read-report.ts';
import { reportYears } from './report-years.ts';
import { suggestFigures } from './suggest-figures.ts';
import { groupsFor, type GroupProposal, type SuggestedFigure } from './suggestion.ts';

export interface ReportSuggestions {
  zh: FigureSource;
  en: FigureSource | undefined;
  /** Every candidate, best first. */
  figures: SuggestedFigure[];
  /** The groups a deck of this report proposes, in the order of the speech. */
  groups: GroupProposal[];
  /** Ids of the figures already marked in the Chinese text. */
  markedIds: Set<string>;
}

/** Reads a source folder and ranks the values of its Chinese text as key figures. */
export async function suggestReport(sourceDir: string): Promise<ReportSuggestions> {
  const zh = (await readFigureSource(sourceDir, 'zh'))!;
  const en = await readFigureSource(sourceDir, 'en');
  const markedIds = new Set(zh.paragraphs.flatMap((paragraph) => paragraph.markedIds));
  const figures = suggestFigures({ paragraphs: zh.paragraphs, source: zh.text, meta: zh.meta, usedIds: markedIds });
  const proposals = groupsFor(reportYears(zh.paragraphs, zh.meta));
  const groups = [proposals.results, proposals.fiveYear, proposals.targets, proposals.livelihood];
  return { zh, en, figures, groups, markedIds };
}
