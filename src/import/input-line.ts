/** One paragraph of the input as read from a .txt line or a .docx paragraph, already cleaned. */
export interface InputLine {
  text: string;
  /** 1-based line of the .txt file, or paragraph number of the .docx. */
  line: number;
  column: number;
  /** What Word said about the paragraph: its heading level or its list numbering. */
  hint?: { kind: 'heading'; level: number } | { kind: 'list-item'; number: number };
  /** Bold text opening a Word paragraph: a run-in head set by its author. */
  boldLead?: string;
  /** The raw line began with a tab: the next cell of a table row flattened to one cell a line. */
  continuesRow?: boolean;
}

/** Something of the input that is not in the source, with the reason it could be named as debris. */
export interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

export interface ReadInput {
  lines: InputLine[];
  /** How the bytes were read: utf-8, gb18030, utf-16 or docx. */
  encoding: string;
  /** Problems the reader reported (mammoth's messages), one per entry. */
  notes: string[];
  /** Invisible format characters removed while reading, one entry per line that held any. */
  dropped: DroppedLine[];
}
