/** The large print read back from its PDF by glyph positions: how full each page is and what opens the next one. */
import type { PdfDocument, PdfPage, PdfTextItem } from '../../helpers/pdf.ts';
import { contentBox, type PageSize } from '../../../src/render/handouts/sizes.ts';

const PT_PER_MM = 72 / 25.4;
/** Whitespace and hyphens (soft, or added where a word broke) removed: pdfjs splits lines and words at breaks. */
export const squash = (text: string): string => text.replace(/[\s\u00AD\-‐]/gu, '');

/** Where a clause or sentence ends: the finest cut the large print makes in a page that is not empty. */
const CLAUSE_END = /[，；：。！？、]|[,;:.!?](?=\s|$)/u;
/** The space above a term that follows another on its page: 1.2 em of margin and of padding at 20 pt, and the 3 pt rule. */
const TERM_GAP = 2.4 * 20 + 3;
/** Glyphs reach less far than their lines' boxes (0.9 em above and 0.25 em below the baseline of a 1.6 line): a line of 20 pt. */
const GLYPH_SLACK = 1.6 * 20;

interface Row {
  text: string;
  /** Top and bottom of the row's glyphs, in points from the page's foot. */
  top: number;
  bottom: number;
  size: number;
}

function rowsOf(items: PdfTextItem[]): Row[] {
  const rows: PdfTextItem[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y)) {
    const row = rows.find((candidate) => Math.abs(candidate[0].y - item.y) < 2);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => ({
    text: row.sort((a, b) => a.x - b.x).map((item) => item.str).join(''),
    top: Math.max(...row.map((item) => item.y + 0.9 * item.size)),
    bottom: Math.min(...row.map((item) => item.y - 0.25 * item.size)),
    size: Math.max(...row.map((item) => item.size)),
  }));
}

/** The text area of a page, in points from its foot, and its text inside (rows, top first) and outside it. */
function splitPage(page: PdfPage, size: PageSize): { top: number; bottom: number; rows: Row[]; outside: string } {
  const top = page.height - size.margin.top * PT_PER_MM;
  const bottom = size.margin.bottom * PT_PER_MM;
  const items = page.items.filter((item) => item.str.trim() !== '');
  const inside = (item: PdfTextItem): boolean => item.y < top && item.y > bottom;
  return { top, bottom, rows: rowsOf(items.filter(inside)), outside: items.filter((item) => !inside(item)).map((item) => item.str).join('') };
}

export interface LargePageOptions {
  page: PageSize;
  /** The report title, which the first page's header and every later page's running head print; empty when the report has none. */
  title: string;
  /** The continued mark of each language the edition prints, as printed after a term's name: （续）, (continued). */
  continued: string[];
  /** Share of the text area the glyphs of a page must reach unless the next page opens with a unit too tall for the rest. */
  full: number;
}

/**
 * What is wrong with the large print's pages: text outside the text area other than the running title and the
 * page number (clipped or run-over text), the title not exactly once on a page, a page number missing, a page that
 * opens inside a term without its names or continues a term without the continued mark of each language, and a page
 * but the last that is less than `full` full although the unit opening the next page would fit under its last text:
 * a term's names with its first clause (and the space between two terms), or the first clause of a continued term.
 */
export function largePageProblems(pdf: PdfDocument, options: LargePageOptions): string[] {
  const problems: string[] = [];
  const total = pdf.pages.length;
  const split = pdf.pages.map((page) => splitPage(page, options.page));
  const area = contentBox(options.page).height * PT_PER_MM;
  // The body size: a page may hold names alone (a term without explanations), set larger than the body.
  const body = Math.min(...split.flatMap(({ rows }) => rows.map((row) => row.size)));
  split.forEach(({ rows, outside }, index) => {
    const number = index + 1;
    const running = (number === 1 ? '' : squash(options.title)) + `${number}/${total}`;
    if (squash(outside) !== running) problems.push(`page ${number}: outside the text area “${outside}”, expected the title and “${number} / ${total}”`);
    const titles = squash(pdf.pages[index].lines.join('')).split(squash(options.title)).length - 1;
    if (options.title !== '' && titles !== 1) problems.push(`page ${number}: the title ${titles} times`);
    const heading = rows.filter((row) => !/^\d+$/u.test(squash(row.text)));
    const firstBody = heading.findIndex((row) => row.size < body * 1.1);
    const names = firstBody < 0 ? heading.length : firstBody;
    if (names === 0 && number > 1) problems.push(`page ${number}: opens inside a term, without its names`);
    const opening = squash(heading.slice(0, names).map((row) => row.text).join(''));
    const continued = options.continued.every((mark) => opening.includes(squash(mark)));
    if (!continued && options.continued.some((mark) => opening.includes(squash(mark)))) problems.push(`page ${number}: a continued term marked in one language only`);
    if (index === 0) return;
    const previous = split[index - 1];
    const last = Math.min(...previous.rows.map((row) => row.bottom));
    const fill = (previous.top - last) / area;
    if (fill >= options.full) return;
    const clauseEnd = heading.findIndex((row, at) => at >= names && CLAUSE_END.test(row.text));
    const start = continued ? heading[Math.min(names, heading.length - 1)] : heading[0];
    const unit = start.top - heading[clauseEnd < 0 ? heading.length - 1 : clauseEnd].bottom + (continued ? 0 : TERM_GAP);
    const free = last - previous.bottom;
    if (unit + GLYPH_SLACK <= free) problems.push(`page ${index}: ${Math.round(fill * 100)} % full, ${Math.round(free)} pt free, enough for the ${Math.round(unit)} pt that open page ${number}`);
  });
  return problems;
}
