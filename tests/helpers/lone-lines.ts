/** Orphans (孤字) read from a PDF's text layer: lines of Chinese text holding fewer than two Han characters. */
import type { PdfDocument, PdfTextItem } from './pdf.ts';

const HAN = /\p{Script=Han}/gu;
/** Han characters and CJK marks; not the curly quotes English text uses too. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

export interface LoneLine {
  page: number;
  text: string;
}

/**
 * Lines of Chinese text that start at the text column's left edge (where every line of a paragraph but the
 * indented first begins) and hold fewer than two Han characters, punctuation not counted: a paragraph's last line
 * left with one character, or none, and its marks. Items are grouped by baseline; English items (no Chinese
 * character) are left out, so the English column of the bilingual edition does not join the Chinese lines.
 */
export function loneLines(pdf: PdfDocument): LoneLine[] {
  const found: LoneLine[] = [];
  for (const page of pdf.pages) {
    const rows = new Map<number, PdfTextItem[]>();
    for (const item of page.items.filter((candidate) => CHINESE.test(candidate.str))) {
      const key = Math.round(item.y * 2);
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    const lines = [...rows.values()].map((items) => items.sort((a, b) => a.x - b.x));
    const starts = new Map<number, number>();
    for (const line of lines) starts.set(Math.round(line[0].x), (starts.get(Math.round(line[0].x)) ?? 0) + 1);
    // The column's left edge: where most lines begin.
    const edge = [...starts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const line of lines) {
      if (Math.round(line[0].x) !== edge) continue;
      const text = line.map((item) => item.str).join('');
      if ((text.match(HAN) ?? []).length < 2) found.push({ page: page.number, text });
    }
  }
  return found;
}
