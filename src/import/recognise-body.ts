import type { VFile } from 'vfile';
import { warn } from '../model/messages.ts';
import { dropStraySpaces } from './clean-line.ts';
import { HEADING_MAX, ITEM, PART, SECTION, isNoSentence, isUnnumberedPartTitle } from './genre.ts';
import type { ImportedBlock, ImportedSection } from './imported-report.ts';
import type { InputLine } from './input-line.ts';
import { chineseNumber } from './numerals.ts';
import { cellRunLength, readTable } from './recognise-table.ts';
import { splitRunIn } from './run-in.ts';

type Kind = 'part' | 'section' | 'item';

export interface BodyOptions {
  /** The container the parts go into: the report's opening, or an appendix. */
  root: ImportedSection;
  /**
   * In the body, parts and sections are checked to run in order, unnumbered part titles (2016年工作回顾) are parts,
   * and the opening has no run-in heads or items; in an appendix, none of these.
   */
  where: 'body' | 'appendix';
  /** A Word document with Heading styles: the styles, not the numbering of the text, make the headings. */
  headingsFrom: 'text' | 'styles';
}

const KIND_OF_LEVEL: Record<number, Kind> = { 1: 'part', 2: 'section' };

class BodyReader {
  private part: ImportedSection | undefined;
  private section: ImportedSection | undefined;
  private item: ImportedSection | undefined;

  constructor(
    private readonly file: VFile,
    private readonly options: BodyOptions,
  ) {}

  read(lines: InputLine[]): void {
    let index = 0;
    while (index < lines.length) {
      const table = readTable(lines, index);
      if (table?.kind === 'table') {
        this.container().blocks.push(table.table);
        index = table.end;
        continue;
      }
      if (table?.kind === 'unsure') {
        warn(this.file, `looks like a table flattened to one cell a line, but ${table.reason}: kept as paragraphs (check it)`, lines[index], 'import-table');
        for (const line of lines.slice(index, table.end)) this.addParagraph({ ...line, text: line.text.replace(/\t/g, ' ') });
        index = table.end;
        continue;
      }
      const run = cellRunLength(lines, index);
      if (run > 0) warn(this.file, `${run} short lines in a row look like a table flattened to one cell a line: kept as paragraphs (make it a table by hand)`, lines[index], 'import-table');
      for (const line of lines.slice(index, index + Math.max(run, 1))) this.readLine({ ...line, text: dropStraySpaces(line.text).replace(/\t/g, ' ') });
      index += Math.max(run, 1);
    }
  }

  private container(): ImportedSection {
    return this.item ?? this.section ?? this.part ?? this.options.root;
  }

  private readLine(line: InputLine): void {
    const kind = this.headingKind(line);
    if (!kind) return this.addParagraph(line);
    if (kind === 'item' || line.text.length <= HEADING_MAX) return this.addHeading(kind, line.text, line);
    // A heading run into its paragraph: （一）砥砺奋进谋发展，综合实力再上新台阶。面对复杂多变的…
    const end = line.text.indexOf('。');
    if (end > 0 && end <= HEADING_MAX) {
      warn(this.file, `${kind} heading run into its paragraph: split after the first 。 (check the heading)`, line, 'import-heading');
      this.addHeading(kind, line.text.slice(0, end), line);
      return this.addParagraph({ ...line, text: line.text.slice(end + 1), hint: undefined, boldLead: undefined });
    }
    warn(this.file, `looks like a ${kind} heading but is ${line.text.length} characters long: kept as a paragraph`, line, 'import-heading');
    this.addParagraph(line);
  }

  private textKind(text: string): Kind | undefined {
    if (PART.test(text)) return 'part';
    if (SECTION.test(text)) return 'section';
    if (this.options.where === 'body' && isUnnumberedPartTitle(text)) return 'part';
    // A number and a title with no sentence after it: 1.加快建设现代产业体系
    const item = ITEM.exec(text);
    if (item && (this.part || this.options.where === 'appendix') && isNoSentence(item[2]) && !/[，,：:]$/u.test(item[2])) return 'item';
    return undefined;
  }

  private headingKind(line: InputLine): Kind | undefined {
    const byText = this.textKind(line.text);
    if (this.options.headingsFrom === 'text') return byText;
    const byStyle = line.hint?.kind === 'heading' ? (KIND_OF_LEVEL[line.hint.level] ?? 'item') : undefined;
    if (byStyle !== byText) {
      const said = byStyle ? `Heading ${line.hint?.kind === 'heading' ? line.hint.level : ''} style` : 'body style';
      warn(this.file, `its ${said} and its numbering (${byText ?? 'none'}) disagree: imported by the style as ${byStyle ?? 'a paragraph'}`, line, 'import-heading');
    }
    return byStyle;
  }

  private addHeading(requested: Kind, title: string, line: InputLine): void {
    const heading: ImportedSection = { title, line: line.line, blocks: [], sections: [] };
    if (requested === 'item') {
      (this.section ?? this.part ?? this.options.root).sections.push(heading);
      this.item = heading;
      return;
    }
    const kind = requested === 'section' && !this.part ? 'part' : requested;
    if (kind !== requested) warn(this.file, 'section heading before any part heading: made a part', line, 'import-heading');
    const siblings = kind === 'part' ? this.options.root.sections : this.part!.sections;
    if (this.options.where === 'body') this.checkNumber(kind, title, siblings.filter((sibling) => (kind === 'part' ? PART : SECTION).test(sibling.title)).length + 1, line);
    siblings.push(heading);
    if (kind === 'part') this.part = heading;
    this.section = kind === 'section' ? heading : undefined;
    this.item = undefined;
  }

  private checkNumber(kind: 'part' | 'section', title: string, expected: number, line: InputLine): void {
    const numeral = (kind === 'part' ? PART : SECTION).exec(title)?.[1];
    if (numeral === undefined) return;
    const number = chineseNumber(numeral);
    if (number !== expected) warn(this.file, `${kind} numbered ${numeral} where ${expected} was expected: check for a missing or extra heading`, line, 'import-numbering');
  }

  private addParagraph(line: InputLine): void {
    const text = line.hint?.kind === 'list-item' ? `${line.hint.number}. ${line.text}` : line.text;
    const block: ImportedBlock = this.container() === this.options.root ? { kind: 'paragraph', text, line: line.line } : splitRunIn(text, line.line, line.boldLead);
    this.container().blocks.push(block);
  }
}

/** Paragraphs into parts 一、 (or unnumbered part titles), sections （一）, third-level items 1. （1） ①, run-in heads and tables. */
export function recogniseBody(lines: InputLine[], file: VFile, options: BodyOptions): void {
  new BodyReader(file, options).read(lines);
}
