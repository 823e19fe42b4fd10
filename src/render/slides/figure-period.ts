import type { Bilingual, Block, Figure, FigureText, Report, Section } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';

/** What a number of a work report is: done in a past year, or set for the report's year as a target or a plan. */
export type FigureStatus = 'result' | 'target' | 'plan';

export interface FigurePeriod {
  /** First and last year; equal for one year. */
  from: number;
  to: number;
  status: FigureStatus;
}

/** Five-year plans from the third on start in 1966 + 5 (n − 3): 十三五 is 2016–2020. */
const PLAN_NUMERALS = '一二三四五六七八九';
const FIVE_YEAR_PLAN = /[“"]?十([一二三四五六七八九])五[”"]?/u;
const LAST_FIVE_YEARS = /五年来|过去五年|五年间/u;
const YEAR = /((?:19|20)\d\d)年/u;
/** The words a work report sets its figures for the coming year with: 主要预期目标, 目标是, 力争. */
const TARGET_WORDS = /目标|预期/u;

/** The report's year: that of its date, else the first year of its title (2021年政府工作报告). */
export function reportYear(report: Report): number | undefined {
  const date = /^(\d{4})/u.exec(report.meta.zh.date ?? '');
  if (date) return Number(date[1]);
  const title = YEAR.exec(report.meta.zh.title);
  return title ? Number(title[1]) : undefined;
}

function findBlock(sections: Section[], id: string): Block | undefined {
  for (const section of sections) {
    const found = section.blocks.find((block) => block.id === id) ?? findBlock(section.sections, id);
    if (found) return found;
  }
  return undefined;
}

function sectionPath(sections: Section[], ids: string[]): Section[] {
  const found = sections.find((section) => section.id === ids[0]);
  return found ? [found, ...sectionPath(found.sections, ids.slice(1))] : [];
}

/** The years a text speaks of: a five-year plan (“十三五”), the last five years, or one year; nearest text first. */
function yearsOf(text: string, reportYearValue: number | undefined): { from: number; to: number } | undefined {
  const plan = FIVE_YEAR_PLAN.exec(text);
  const year = YEAR.exec(text);
  const candidates: Array<{ index: number; from: number; to: number }> = [];
  if (plan) {
    const from = 1966 + 5 * (PLAN_NUMERALS.indexOf(plan[1]) + 1 + 10 - 3);
    candidates.push({ index: plan.index, from, to: from + 4 });
  }
  if (year) candidates.push({ index: year.index, from: Number(year[1]), to: Number(year[1]) });
  const lastFive = LAST_FIVE_YEARS.exec(text);
  if (lastFive && reportYearValue) candidates.push({ index: lastFive.index, from: reportYearValue - 5, to: reportYearValue - 1 });
  const nearest = candidates.sort((a, b) => a.index - b.index)[0];
  return nearest && { from: nearest.from, to: nearest.to };
}

/**
 * The sentence up to the end of the figure: a time that dates a figure comes before it (2020年,…完成…), while one
 * after it is a comparison (比2019年增长, 是“十二五”时期的4倍, 高于2022年).
 */
function leadOf(text: FigureText): string {
  const at = text.sentence.indexOf(text.display);
  return at < 0 ? text.sentence : text.sentence.slice(0, at + text.display.length);
}

/** The paragraph up to the end of the figure, for the same reason. */
function paragraphLeadOf(paragraph: string, text: FigureText): string {
  const at = paragraph.indexOf(text.sentence);
  return at < 0 ? paragraph : paragraph.slice(0, at) + leadOf(text);
}

/**
 * The period and status of a figure, read as the genre writes them: the sentence, then its paragraph, then its
 * section and part titles name the year (2020年工作回顾, 2021年工作安排, “十三五”时期, 五年来); a year before the
 * report's is a result, the report's own year a target when the sentence says 目标 or 预期, else a plan.
 */
export function figurePeriod(report: Report, figure: Figure): FigurePeriod | undefined {
  const year = reportYear(report);
  const block = findBlock(report.sections, figure.blockId);
  const titles = sectionPath(report.sections, figure.sectionIds).reverse().map((section) => section.title.zh.text);
  const texts = [leadOf(figure.text.zh), paragraphLeadOf(block?.text.zh.text ?? '', figure.text.zh), ...titles];
  const years = texts.map((text) => yearsOf(text, year)).find((found) => found !== undefined) ?? (year ? { from: year, to: year } : undefined);
  if (!years) return undefined;
  const past = year === undefined || years.to < year;
  const status: FigureStatus = past ? 'result' : TARGET_WORDS.test(figure.text.zh.sentence) || TARGET_WORDS.test(block?.text.zh.text ?? '') ? 'target' : 'plan';
  return { ...years, status };
}

/** 2020年完成 and Result, 2020; 2016—2020年完成 and Result, 2016–2020 for a span. */
export function periodText(period: FigurePeriod, labels: Labels): Required<Bilingual<string>> {
  const span = (dash: string): string => (period.from === period.to ? String(period.to) : `${period.from}${dash}${period.to}`);
  return { zh: labels.text(`figure-${period.status}`, 'zh', { years: span('—') }), en: labels.text(`figure-${period.status}`, 'en', { years: span('–') }) };
}
