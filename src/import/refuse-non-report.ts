import { UserError } from '../errors.ts';
import { PART, SALUTATION } from './genre.ts';
import type { InputLine } from './input-line.ts';

/** A paragraph of report text holds at least this many Han characters; a menu entry or a link far fewer. */
const PARAGRAPH_HAN = 60;
/** A report keeps most of its text in paragraphs (0.35 for the one with the longest tables of 71 real reports); a search page none. */
const PARAGRAPH_SHARE_MIN = 0.2;

const hanCount = (text: string): number => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** Refuses, with a one-line reason, a text that is not a work report: a saved search page, a list of links. */
export function assertWorkReport(lines: InputLine[], name: string): void {
  const total = lines.reduce((sum, line) => sum + hanCount(line.text), 0);
  const inParagraphs = lines.reduce((sum, line) => sum + (hanCount(line.text) >= PARAGRAPH_HAN ? hanCount(line.text) : 0), 0);
  const share = total === 0 ? 0 : inParagraphs / total;
  const shaped = lines.some((line) => SALUTATION.test(line.text) || PART.test(line.text));
  if (share < PARAGRAPH_SHARE_MIN && !shaped) {
    throw new UserError(
      `${name} is not a work report: ${Math.round(share * 100)}% of its Chinese text is in paragraphs and it has no salutation (各位代表：) or part heading (一、…); it looks like a web page, a search result or a list of links: save the report's own text`,
    );
  }
}
