/** One language's source as a structure: the two languages are paired later (pair-languages.ts). */
import type { BlockKind, Heading, Lang, Paragraph, ReportMeta, SectionDepth, SourcePosition, TermText } from './types.ts';

export interface LangBlock {
  kind: BlockKind;
  paragraph: Paragraph;
}

export interface LangSection {
  depth: SectionDepth;
  title: Heading;
  blocks: LangBlock[];
  sections: LangSection[];
}

/** A `:fig[…]{#id …}` mark as it stands in one language. */
export interface FigureMark {
  id: string;
  attributes: Record<string, string>;
  display: string;
  /** Offset of the mark in its block's plain text. */
  offset: number;
  position: SourcePosition;
  block: LangBlock;
  paragraph: Paragraph;
}

export interface LangDocument {
  lang: Lang;
  meta: ReportMeta;
  opening: LangBlock[];
  sections: LangSection[];
  closing: LangBlock[];
  appendices: LangSection[];
  glossary: { title: Heading; terms: TermText[]; numbers: number[] } | undefined;
  figures: FigureMark[];
}
