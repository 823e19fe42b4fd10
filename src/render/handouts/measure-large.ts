import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import type { TermView } from '../html/term-view.ts';
import { contentBox, type PageSize } from './sizes.ts';

/**
 * How full the page with index `page` would be holding `pieces` (under the handout's header on the first page), as a
 * share of the height inside its margins: 1 or less fits.
 */
export type LargeFill = (pieces: TermView[], page: number) => Promise<number>;

const PX_PER_MM = 96 / 25.4;
/** Kept free at each page's foot for rounding between the measured and the printed layout: 0.5 % of the page (5 px). */
const ROUNDING = 0.005;

/**
 * Opens `file`, the large print's draft (one page), at the width inside the page's margins in print media, and hands
 * `use` a check that sets a page of pieces, as the page partial sets it (`markup`), in place of that page, fonts
 * loaded, and measures how far down it reaches: pages are filled by Chromium's layout, not by an estimate.
 */
export async function withLargeProbe<T>(
  options: { browser: Browser; folder: string; file: string; page: PageSize; markup: (pieces: TermView[], page: number) => string },
  use: (fill: LargeFill) => Promise<T>,
): Promise<T> {
  const box = contentBox(options.page);
  const room = box.height * PX_PER_MM * (1 - ROUNDING);
  const tab = await openConfinedPage(options.browser, options.folder, { javaScript: true });
  try {
    await tab.emulateMediaType('print');
    await tab.goto(pathToFileURL(path.join(options.folder, options.file)).href, { waitUntil: 'load' });
    await tab.evaluate(`document.body.style.width = '${box.width}mm'`);
    const fill: LargeFill = async (pieces, page) =>
      ((await tab.evaluate(`(async (markup) => {
        document.querySelector('.page').outerHTML = markup;
        await document.fonts.ready;
        const section = document.querySelector('.page');
        return section.lastElementChild.getBoundingClientRect().bottom - section.getBoundingClientRect().top;
      })(${JSON.stringify(options.markup(pieces, page))})`)) as number) / room;
    return await use(fill);
  } finally {
    await tab.close();
  }
}
