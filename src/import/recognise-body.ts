import type { VFile } from 'vfile';
import { warn } from '../model/messages.ts';
import { dropStraySpaces } from './clean-line.ts';
import type { ImportedParagraph, ImportedSection } from './imported-report.ts';
import type { InputLine } from './input-line.ts';
import { chineseNumber } from './numerals.ts';
import { splitRunIn } from './run-in.ts';

const PART = /^([一二三四五六七八九十]+)、/u;
const SECTION = /^[（(]([一二三四五六七八九十]+)[)）]/u;
const CLOSING = /^各位代表[!！]/u;
/** Longer than this, a line that starts like a heading is probably a paragraph. */
const HEADING_MAX = 60;

export interface Body {
  opening: ImportedParagraph[];
  parts: ImportedSection[];
  closing: ImportedParagraph[];
}

type Kind = 'part' | 'section';

class BodyReader {
  readonly body: Body = { opening: [], parts: [], closing: [] };
  private part: ImportedSection | undefined;
  private section: ImportedSection | undefined;

  constructor(private readonly file: VFile) {}

  read(lines: InputLine[]): Body {
    const lastHeading = lines.findLastIndex((line) => PART.test(line.text) || SECTION.test(line.text) || line.hint?.kind === 'heading');
    const closingAt = lines.findLastIndex((line, index) => index > lastHeading && CLOSING.test(line.text));
    lines.forEach((line, index) => {
      const text = dropStraySpaces(line.text);
      if (closingAt >= 0 && index >= closingAt) this.body.closing.push({ text, line: line.line });
      else this.readLine({ ...line, text });
    });
    return this.body;
  }

  private readLine(line: InputLine): void {
    const kind = this.headingKind(line);
    if (!kind) return this.addParagraph(line);
    if (line.text.length <= HEADING_MAX) return this.addHeading(kind, line.text, line);
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

  private headingKind(line: InputLine): Kind | undefined {
    if (PART.test(line.text)) return 'part';
    if (SECTION.test(line.text)) return 'section';
    if (line.hint?.kind === 'heading') return line.hint.level === 1 ? 'part' : 'section';
    return undefined;
  }

  private addHeading(requested: Kind, title: string, line: InputLine): void {
    const kind = requested === 'section' && !this.part ? 'part' : requested;
    if (kind !== requested) warn(this.file, 'section heading before any part heading: made a part', line, 'import-heading');
    const heading: ImportedSection = { title, line: line.line, paragraphs: [], sections: [] };
    const siblings = kind === 'part' ? this.body.parts : this.part!.sections;
    this.checkNumber(kind, title, siblings.length + 1, line);
    siblings.push(heading);
    if (kind === 'part') this.part = heading;
    this.section = kind === 'section' ? heading : undefined;
  }

  private checkNumber(kind: Kind, title: string, expected: number, line: InputLine): void {
    const numeral = (kind === 'part' ? PART : SECTION).exec(title)?.[1];
    if (numeral === undefined) return;
    const number = chineseNumber(numeral);
    if (number !== expected) warn(this.file, `${kind} numbered ${numeral} where ${expected} was expected: check for a missing or extra heading`, line, 'import-numbering');
  }

  private addParagraph(line: InputLine): void {
    const container = this.section ?? this.part;
    if (!container) return void this.body.opening.push({ text: line.text, line: line.line });
    const text = line.hint?.kind === 'list-item' ? `${line.hint.number}. ${line.text}` : line.text;
    container.paragraphs.push(splitRunIn(text, line.line, line.boldLead));
  }
}

/** Paragraphs after the salutation: parts 一、, sections （一）, run-in heads, and the closing from the last 各位代表！ on. */
export function recogniseBody(lines: InputLine[], file: VFile): Body {
  return new BodyReader(file).read(lines);
}
