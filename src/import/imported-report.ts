/** What the importer recognised, before it is written as Markdown. */
import type { ReportMeta } from '../model/types.ts';

export interface ImportedParagraph {
  runIn?: string;
  /** The text after the run-in head (the whole paragraph when there is none). */
  text: string;
  line: number;
}

export interface ImportedSection {
  title: string;
  line: number;
  paragraphs: ImportedParagraph[];
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

export interface ImportedReport {
  meta: Partial<ReportMeta>;
  salutation: ImportedParagraph | undefined;
  opening: ImportedParagraph[];
  parts: ImportedSection[];
  closing: ImportedParagraph[];
  glossary: { title: string; terms: ImportedTerm[] } | undefined;
}
