/**
 * Rough line counts for laying out terms without running scripts in the page: Han characters are one em wide,
 * Latin text averages about half an em. Used by the deck where it has not measured its slides in Chromium.
 */

/** Average advance of a Latin character in em for Source Serif 4 running text. */
const LATIN_EM = 0.46;

export interface TextBox {
  text: string;
  lang: 'zh' | 'en';
  /** Type size in points. */
  size: number;
  lineHeight: number;
}

/** Line count of `text` set in a column `width` points wide. */
export function estimateLines(box: TextBox, width: number): number {
  if (box.text === '') return 0;
  const ems = box.lang === 'zh' ? emsOfMixed(box.text) : box.text.length * LATIN_EM;
  const perLine = Math.max(1, Math.floor(width / box.size));
  return Math.ceil(ems / perLine);
}

/** Height in points of the boxes stacked in a column `width` points wide. */
export function estimateHeight(boxes: TextBox[], width: number): number {
  return boxes.reduce((sum, box) => sum + estimateLines(box, width) * box.size * box.lineHeight, 0);
}

function emsOfMixed(text: string): number {
  let ems = 0;
  for (const character of text) ems += /[\u2E80-\uFFEF]/u.test(character) ? 1 : LATIN_EM + 0.05;
  return ems;
}
