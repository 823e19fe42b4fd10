/** What the importer recognised, before it is written as Markdown. */
import type { ReportMeta } from '../model/types.ts';
import type { DroppedLine } from './input-line.ts';

export interface ImportedParagraph {
  kind: 'paragraph';
  /** A third-level number opening the paragraph as printed (`1.`, `（1）`, `①`): it stays outside the run-in head. */
  number?: string;
  runIn?: string;
  /** The text after the number and the run-in head (the whole paragraph when there are none). */
  text: string;
  line: number;
}

/** A table that the input had flattened to one cell a line or tab-separated cells; the first row is its header. */
export interface ImportedTable {
  kind: 'table';
  rows: string[][];
  line: number;
}

export type ImportedBlock = ImportedParagraph | ImportedTable;

export interface ImportedSection {
  title: string;
  line: number;
  blocks: ImportedBlock[];
  sections: ImportedSection[];
}

export interface ImportedTerm {
  number: number;
  term: string;
  /** The colon the input used between term and explanation. */
  separator: string;
  explanation: string;
  line: number;
}

export interface ImportedGlossary {
  title: string;
  line: number;
  terms: ImportedTerm[];
}

/** Back matter after the closing, in the order of the input. */
export type EndMatter = { kind: 'appendix'; appendix: ImportedSection } | { kind: 'glossary'; glossary: ImportedGlossary };

export interface ImportedReport {
  meta: Partial<ReportMeta>;
  salutation: ImportedParagraph | undefined;
  opening: ImportedBlock[];
  parts: ImportedSection[];
  closing: ImportedParagraph[];
  endMatter: EndMatter[];
  /** Every line of the input left out of the source, with the reason. */
  dropped: DroppedLine[];
  /** A contents list found and left out: its first line and number of entries. */
  contents?: { line: number; entries: number };
}

export function glossaryOf(report: ImportedReport): ImportedGlossary | undefined {
  return report.endMatter.flatMap((item) => (item.kind === 'glossary' ? [item.glossary] : []))[0];
}

export function appendicesOf(report: ImportedReport): ImportedSection[] {
  return report.endMatter.flatMap((item) => (item.kind === 'appendix' ? [item.appendix] : []));
}
