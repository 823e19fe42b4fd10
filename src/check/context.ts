import type { SourceFiles } from '../model/load-report.ts';
import type { GlyphCache } from './check-cache.ts';
import type { Block, Heading, Paragraph, Report, Section } from '../model/types.ts';
import type { Termbase } from '../source/termbase.ts';
import type { Labels } from '../theme/labels.ts';

export interface CheckContext {
  report: Report;
  files: SourceFiles;
  termbase: Termbase;
  sourceDir: string;
  /** The labels the outputs print, read for this check. */
  labels: Labels;
  /** Glyph-coverage answers of the last check with the same fonts, and those of this one. */
  glyphs?: GlyphCache;
}

export type CheckRule = (context: CheckContext) => void | Promise<void>;

/** Every block of the report in reading order, the appendices' included. */
export function allBlocks(report: Report): Block[] {
  const walk = (sections: Section[]): Block[] => sections.flatMap((section) => [...section.blocks, ...walk(section.sections)]);
  return [...report.opening, ...walk(report.sections), ...report.closing, ...walk(report.appendices)];
}

/** Every part, section and numbered item heading, then every appendix and its headings, in reading order. */
export function allSections(report: Report): Section[] {
  const walk = (sections: Section[]): Section[] => sections.flatMap((section) => [section, ...walk(section.sections)]);
  return [...walk(report.sections), ...walk(report.appendices)];
}

export function allHeadings(report: Report): Array<{ zh: Heading; en?: Heading }> {
  return allSections(report).map((section) => section.title);
}

/** Every piece of running text, paired, with the position of each side: blocks, headings, glossary terms. */
export interface TextPair {
  zh: { text: string; position: Paragraph['position'] };
  en?: { text: string; position: Paragraph['position'] };
}

export function allTextPairs(report: Report): TextPair[] {
  const blocks = allBlocks(report).map(({ text }) => ({ zh: text.zh, en: text.en }));
  const headings = allHeadings(report);
  const terms = (report.glossary?.terms ?? []).map(({ text }) => ({
    zh: { text: `${text.zh.term}：${text.zh.explanation}`, position: text.zh.position },
    en: text.en && { text: `${text.en.term}: ${text.en.explanation}`, position: text.en.position },
  }));
  return [...blocks, ...headings, ...terms];
}
