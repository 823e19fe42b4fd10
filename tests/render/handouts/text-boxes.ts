/** Text items of a PDF page with their extent, for checking where text sits. */
import { readPdf } from '../../helpers/pdf.ts';

export interface TextBox {
  str: string;
  left: number;
  right: number;
  /** Baseline, in PDF points from the bottom of the page. */
  bottom: number;
  top: number;
}

export async function readTextBoxes(file: string): Promise<TextBox[][]> {
  const { pages } = await readPdf(file);
  return pages.map((page) =>
    page.items.filter((item) => item.str.trim() !== '').map((item) => ({ str: item.str, left: item.x, right: item.x + item.width, bottom: item.y, top: item.y + item.size })),
  );
}

/** An A6 card: a quarter of an A4 sheet, in points. */
export const QUADRANT = { width: 595.28 / 2, height: 841.89 / 2 };

/** The cards' text card by card (top left, top right, bottom left, bottom right): cards side by side share baselines. */
export async function readCardsText(file: string): Promise<string> {
  const sheets = await readTextBoxes(file);
  const slotOf = (box: TextBox): number => (box.bottom < QUADRANT.height ? 2 : 0) + (box.left < QUADRANT.width ? 0 : 1);
  return sheets.flatMap((boxes) => [0, 1, 2, 3].map((slot) => boxes.filter((box) => slotOf(box) === slot).map((box) => box.str).join(''))).join('\n');
}

/**
 * The first word of `whole` that `text` lacks, reading on from the previous word: undefined when every word is there
 * in order (an explanation cut over several cards, with names and footers between its pieces).
 */
export function missingInOrder(text: string, whole: string, lang: 'zh' | 'en'): string | undefined {
  const squashed = text.replace(/[\s\u00AD\-‐]/gu, '');
  let at = 0;
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(whole)) {
    const word = segment.replace(/[\s\u00AD\-‐]/gu, '');
    if (word === '') continue;
    const found = squashed.indexOf(word, at);
    if (found < 0) return word;
    at = found + word.length;
  }
  return undefined;
}
