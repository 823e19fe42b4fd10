import type { SourceParagraph } from './source-paragraphs.ts';

/** What a part of a work report is about: the year under review, the five years under review, or the plans. */
export type PartRole = 'review' | 'five-year' | 'plan';

export interface ReportYears {
  /** The year whose results the report gives (2020 in a report delivered in 2021). */
  review: number;
  /** The year whose targets it sets. */
  plan: number;
}

const YEAR = /(20\d\d)年/gu;

function yearsIn(text: string): number[] {
  return Array.from(text.matchAll(YEAR), (match) => Number(match[1]));
}

/**
 * The years of a report: from the front matter's title or date when given, otherwise from the years its part
 * headings name (一、2020年工作回顾 … 三、2021年工作安排), otherwise from the year its text names most often.
 */
export function reportYears(paragraphs: SourceParagraph[], meta: { title?: string; date?: string }): ReportYears {
  const stated = yearsIn(meta.title ?? '')[0] ?? Number(/^(20\d\d)/u.exec(meta.date ?? '')?.[1] ?? Number.NaN);
  if (!Number.isNaN(stated)) return { review: stated - 1, plan: stated };
  const parts = [...new Set(paragraphs.map((paragraph) => paragraph.part))];
  const planYear = parts.filter((part) => partRole(part) === 'plan').flatMap(yearsIn)[0];
  const reviewYear = parts.filter((part) => partRole(part) !== 'plan').flatMap(yearsIn).at(-1);
  if (planYear) return { review: planYear - 1, plan: planYear };
  if (reviewYear) return { review: reviewYear, plan: reviewYear + 1 };
  const counts = new Map<number, number>();
  for (const year of paragraphs.flatMap((paragraph) => yearsIn(paragraph.text))) counts.set(year, (counts.get(year) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? new Date().getFullYear() - 1;
  return { review: common, plan: common + 1 };
}

/** A part heading's role: 工作回顾 looks back, 工作安排/主要任务/目标 look ahead; 五年/十三五 in a review spans five years. */
export function partRole(title: string): PartRole {
  if (/回顾|成就|成绩|过去|工作情况/u.test(title)) return /五年|十[一二三四五]五/u.test(title) && !/20\d\d年/u.test(title) ? 'five-year' : 'review';
  if (/安排|任务|目标|思路|今后|展望|要求|重点工作|主要工作|今年|20\d\d年/u.test(title)) return 'plan';
  return 'review';
}
