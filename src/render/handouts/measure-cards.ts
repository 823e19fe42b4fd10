import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import type { TermView } from '../html/term-view.ts';
import { BADLY_SET_SCRIPT, MAX_SPREAD } from './well-set.ts';

/**
 * Of `sizes` (in points, largest first), the first at which a card's term, as the term partial sets it, fits the card
 * with its Chinese well set (`well-set.ts`), else the one of those that fit where it is least badly set; undefined
 * when none fits.
 */
export type CardFits = (term: TermView, sizes: number[]) => Promise<number | undefined>;

/**
 * Opens `file`, the card sheet holding one card, and hands `use` a check that sets a term in that card at each size
 * in turn and asks Chromium whether it overflows, fonts loaded: cards are fitted by the real layout, not by an estimate.
 */
export async function withCardProbe<T>(options: { browser: Browser; folder: string; file: string; markup: (term: TermView) => string }, use: (fits: CardFits) => Promise<T>): Promise<T> {
  const page = await openConfinedPage(options.browser, options.folder, { javaScript: true });
  try {
    await page.goto(pathToFileURL(path.join(options.folder, options.file)).href, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const fits: CardFits = async (term, sizes) =>
      ((await page.evaluate(`(async (markup, sizes) => {
        const card = document.querySelector('.card');
        card.querySelector('.term').outerHTML = markup;
        await document.fonts.ready;
        const term = card.querySelector('.term');
        let least = null;
        for (const size of sizes) {
          card.style.fontSize = size + 'pt';
          if (term.scrollHeight > term.clientHeight + 0.5) continue;
          const bad = ${BADLY_SET_SCRIPT}(term);
          if (bad <= ${MAX_SPREAD}) return size;
          if (least === null || bad < least.bad) least = { size, bad };
        }
        return least?.size ?? null;
      })(${JSON.stringify(options.markup(term))}, ${JSON.stringify(sizes)})`)) as number | null) ?? undefined;
    return await use(fits);
  } finally {
    await page.close();
  }
}
