/** Text items of a PDF page with their extent, for checking where text sits (readPdf gives positions, not widths). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const standardFontDataUrl = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

export interface TextBox {
  str: string;
  left: number;
  right: number;
  /** Baseline, in PDF points from the bottom of the page. */
  bottom: number;
  top: number;
}

export async function readTextBoxes(file: string): Promise<TextBox[][]> {
  const task = getDocument({ data: new Uint8Array(await readFile(file)), standardFontDataUrl, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: TextBox[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(
        content.items
          .filter((item): item is typeof item & { str: string; transform: number[]; width: number } => 'str' in item && item.str.trim() !== '')
          .map((item) => {
            const size = Math.hypot(item.transform[2], item.transform[3]);
            return { str: item.str, left: item.transform[4], right: item.transform[4] + item.width, bottom: item.transform[5], top: item.transform[5] + size };
          }),
      );
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** An A6 card: a quarter of an A4 sheet, in points. */
export const QUADRANT = { width: 595.28 / 2, height: 841.89 / 2 };

/** The cards' text card by card (top left, top right, bottom left, bottom right): cards side by side share baselines. */
export async function readCardsText(file: string): Promise<string> {
  const sheets = await readTextBoxes(file);
  const slotOf = (box: TextBox): number => (box.bottom < QUADRANT.height ? 2 : 0) + (box.left < QUADRANT.width ? 0 : 1);
  return sheets.flatMap((boxes) => [0, 1, 2, 3].map((slot) => boxes.filter((box) => slotOf(box) === slot).map((box) => box.str).join(''))).join('\n');
}
