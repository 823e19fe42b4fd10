/** The typed document model: the only contract between parsing and the renderers. */

export type Lang = 'zh' | 'en';

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A value given in Chinese and, when the report has an English source, in English. */
export interface Bilingual<T> {
  zh: T;
  en?: T;
}

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; value: string }
  | { type: 'figure'; id: string; value: string };

/** A cell of a table: its inlines and their plain text. */
export interface TableCell {
  inlines: Inline[];
  text: string;
}

/** A table (a GFM pipe table in the source): rows of cells, the first `headerRows` of them the header. */
export interface Table {
  rows: TableCell[][];
  headerRows: number;
  /** Alignment of each column as the source's delimiter row sets it. */
  align: Array<'left' | 'right' | 'center' | null>;
}

/**
 * One language's text of a block. `text` is the plain text of the whole block, number and run-in head included;
 * for a table, its cells' text row by row.
 */
export interface Paragraph {
  /** The number of a numbered paragraph as printed (1. （1） ①), set apart from the inlines. */
  number?: string;
  runIn?: string;
  inlines: Inline[];
  /** Present on a table block only. */
  table?: Table;
  text: string;
  position: SourcePosition;
}

export type BlockKind = 'paragraph' | 'salutation' | 'closing' | 'table';

export interface Block {
  id: string;
  kind: BlockKind;
  text: Bilingual<Paragraph>;
}

export interface Heading {
  text: string;
  position: SourcePosition;
}

/** 1: a part (`#`) or an appendix; 2: a section (`##`); 3: a numbered item heading (`###`) under either. */
export type SectionDepth = 1 | 2 | 3;

export interface Section {
  id: string;
  depth: SectionDepth;
  /** Short structural label for messages and notes: the printed number (一, 一(三), 一(三)2), or the title of an unnumbered heading. */
  label: string;
  title: Bilingual<Heading>;
  blocks: Block[];
  sections: Section[];
}

export interface TermText {
  term: string;
  explanation: string;
  position: SourcePosition;
}

export interface GlossaryTerm {
  id: string;
  number: number;
  text: Bilingual<TermText>;
}

export interface Glossary {
  title: Bilingual<Heading>;
  terms: GlossaryTerm[];
}

export interface FigureText {
  /** The marked words exactly as printed, e.g. 18.18亿元. */
  display: string;
  /** The display split for setting large: 18.18 | 亿元, or more than | 6,000 | volunteers. */
  prefix: string;
  number: string;
  unit: string;
  /** The value with its scale resolved: 18.18亿元 and 1.818 billion yuan both give 1818000000. */
  value: number;
  approximate?: 'more-than' | 'nearly';
  label: string;
  sentence: string;
  position: SourcePosition;
}

export interface Figure {
  id: string;
  group: string;
  blockId: string;
  /** Ids of the enclosing part and section. */
  sectionIds: string[];
  text: Bilingual<FigureText>;
}

export interface ReportMeta {
  title: string;
  occasion?: string;
  speaker?: string;
  office?: string;
  date?: string;
  publisher?: string;
  index?: string;
  issued?: string;
}

/** Each front-matter key: `text` a translator renders in each language, or `data` (a date, a document number) both share. */
export const META_KEYS: Record<keyof ReportMeta, 'text' | 'data'> = {
  title: 'text',
  occasion: 'text',
  speaker: 'text',
  office: 'text',
  date: 'data',
  publisher: 'text',
  index: 'data',
  issued: 'data',
};

/** `source/deck.yaml`: which marked figures the deck shows, grouped, and which it charts. */
export interface DeckChart {
  id: string;
  title: Bilingual<string>;
  /** The value axis title; values are divided by `scale` (e.g. 100000000 for 亿元). */
  axis: Bilingual<string>;
  scale: number;
  figures: string[];
}

export interface DeckGroup {
  id: string;
  title: Bilingual<string>;
  /** Figures that get a big-figure slide of their own. */
  headline: string[];
  charts: DeckChart[];
}

/** A figure id the deck refers to, where it stands in deck.yaml. */
export interface DeckReference {
  figureId: string;
  chartId?: string;
  position: SourcePosition;
}

export interface DeckSpec {
  groups: DeckGroup[];
  references: DeckReference[];
  /** Where the full report can be read (`url:`): the closing slide shows it and its QR code. */
  url?: string;
  /** `aspect: 4:3` for old projectors; 16:9 by default. */
  aspect: '16:9' | '4:3';
}

export interface Report {
  meta: Bilingual<ReportMeta>;
  /** Blocks before the first heading: the salutation and the opening paragraph. */
  opening: Block[];
  sections: Section[];
  closing: Block[];
  /** Back matter after the closing (附件, 十件民生实事 …): outside the numbered parts, each with its own heading. */
  appendices: Section[];
  glossary: Glossary | undefined;
  /**
   * Proper names of the English text: the termbase's renderings with a capital letter (Zhongshan District, Fengqiao
   * Experience), which print never hyphenates. Absent without a termbase.
   */
  names?: string[];
  figures: Figure[];
  /** Undefined when the source has no deck.yaml: the deck then shows every figure group. */
  deck: DeckSpec | undefined;
  languages: Lang[];
  /** The office's print settings (source/report-press.yaml); undefined without the file: the defaults. */
  print?: PrintSettings;
}

/** A print edition: both languages side by side, or one alone. */
export type EditionName = 'bilingual' | 'zh' | 'en';

/** The print editions' settings, resolved: lengths in points. Every field has a default (see src/model/print-settings.ts). */
export interface PrintSettings {
  /** The trimmed page: A4, 16K (185 × 260 mm), B5, A5, or a size in millimetres. */
  paper: { name: string; width: number; height: number };
  margins: { top: number; bottom: number; inner: number; outer: number };
  editions: EditionName[];
  /** Bleed on every side; 0 for none. */
  bleed: number;
  /** Also impose each edition as a saddle-stitched booklet. */
  booklet: boolean;
  /** The cover's emblem or logo, a PNG read from the source folder (base64). */
  emblem?: { format: 'png'; data: string };
  /** Colours that replace the theme's (templates/theme.yaml) in print; absent, the theme's own. */
  colours: { accent?: string };
  /** The cover's publisher line, in place of the report's own (its front matter `publisher`). */
  publisher: Partial<Record<Lang, string>>;
}
