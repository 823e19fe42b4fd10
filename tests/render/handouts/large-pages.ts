/** The large print read back from its PDF by text positions: where each term starts, and how full each page is. */
import type { PdfDocument, PdfPage, PdfTextItem } from '../../helpers/pdf.ts';
import type { PageSize } from '../../../src/render/handouts/sizes.ts';

const PT_PER_MM = 72 / 25.4;
/** Whitespace and hyphens (soft, or added where a word broke) removed: pdfjs splits lines and words at breaks. */
export const squash = (text: string): string => text.replace(/[\s\u00AD\-‐]/gu, '');

interface Row {
  text: string;
  /** Top and bottom of the row's glyphs, in points from the page's foot. */
  top: number;
  bottom: number;
  size: number;
}

/** Text inside the page's margins (not the running title or the page number), as rows by baseline, top first. */
function bodyRows(page: PdfPage, size: PageSize): Row[] {
  const inside = page.items.filter((item) => item.str.trim() !== '' && item.y < page.height - size.margin.top * PT_PER_MM && item.y > size.margin.bottom * PT_PER_MM);
  const rows: PdfTextItem[][] = [];
  for (const item of [...inside].sort((a, b) => b.y - a.y)) {
    const row = rows.find((candidate) => Math.abs(candidate[0].y - item.y) < 2);
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => ({
    text: row.sort((a, b) => a.x - b.x).map((item) => item.str).join(''),
    // Glyphs reach about 0.9 em above and 0.25 em below their baseline.
    top: Math.max(...row.map((item) => item.y + 0.9 * item.size)),
    bottom: Math.min(...row.map((item) => item.y - 0.25 * item.size)),
    size: Math.max(...row.map((item) => item.size)),
  }));
}

export interface LargeLayout {
  /** Per page, the terms that start or continue there: their Chinese names, in order, and whether marked continued. */
  pieces: Array<Array<{ name: string; continued: boolean; top: number; bottom: number }>>;
  /** Per page, the free height under its last text, in points. */
  free: number[];
}

/**
 * Reads the large print: a term's heading is a row set larger than the body (the term size) that starts with one
 * of `names` once its number is stripped; a piece runs from its heading to the next heading or the last text.
 */
export function readLargeLayout(pdf: PdfDocument, options: { names: string[]; page: PageSize; continued: string }): LargeLayout {
  const pieces: LargeLayout['pieces'] = [];
  const free: number[] = [];
  for (const page of pdf.pages) {
    const rows = bodyRows(page, options.page);
    const body = Math.min(...rows.map((row) => row.size));
    const onPage: LargeLayout['pieces'][number] = [];
    rows.forEach((row, index) => {
      const text = squash(row.text).replace(/^\d+/u, '');
      const name = options.names.filter((candidate) => text.startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
      if (name === undefined || row.size < body * 1.3) return;
      // The row above, less the term's number, which sits in its circle beside the heading.
      const above = rows.slice(0, index).filter((candidate) => !/^\d+$/u.test(squash(candidate.text)));
      if (onPage.length > 0) onPage[onPage.length - 1].bottom = above[above.length - 1].bottom;
      onPage.push({ name, continued: text.startsWith(name + squash(options.continued)), top: row.top, bottom: rows[rows.length - 1].bottom });
    });
    if (onPage.length === 0 && rows.length > 0) onPage.push({ name: '', continued: true, top: rows[0].top, bottom: rows[rows.length - 1].bottom });
    pieces.push(onPage);
    free.push((rows.length > 0 ? rows[rows.length - 1].bottom : page.height) - options.page.margin.bottom * PT_PER_MM);
  }
  return { pieces, free };
}

/** The space between two terms (2.4 em at 20 pt, and the rule) and a line of 20 pt: what text extents leave out. */
export const LARGE_SLACK = 2.4 * 20 + 3 + 1.6 * 20;

/**
 * What is wrong with the large print's paging: terms missing, out of order or continued out of turn, a page opening
 * inside a term without its names, and needless breaks, where the piece opening the next page would have fitted
 * under the last text of this page. `slack`, in points, is the space between two terms and a line, which the text
 * extents read here do not include.
 */
export function largePagingProblems(layout: LargeLayout, options: { names: string[]; slack: number }): string[] {
  const problems: string[] = [];
  const pieces = layout.pieces.flat();
  const started = pieces.filter((piece) => !piece.continued).map((piece) => piece.name);
  if (started.join('\n') !== options.names.join('\n')) problems.push(`terms in this order: ${started.join(', ')}`);
  pieces.forEach((piece, index) => {
    if (piece.continued && (index === 0 || pieces[index - 1].name !== piece.name)) problems.push(`“${piece.name || 'a page'}” continued away from its start`);
  });
  layout.pieces.slice(0, -1).forEach((_, page) => {
    const next = layout.pieces[page + 1][0];
    if (next && next.top - next.bottom + options.slack <= layout.free[page]) {
      problems.push(`page ${page + 1} leaves ${Math.round(layout.free[page])} pt free, enough for “${next.name}” (${Math.round(next.top - next.bottom)} pt) of the next page`);
    }
  });
  return problems;
}
