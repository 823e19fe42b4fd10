import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import type { TermView } from '../html/term-view.ts';

/** The first of `sizes` (in points) at which a card's term, as the term partial sets it, fits the card; undefined when none does. */
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
        return sizes.find((size) => {
          card.style.fontSize = size + 'pt';
          return term.scrollHeight <= term.clientHeight + 0.5;
        }) ?? null;
      })(${JSON.stringify(options.markup(term))}, ${JSON.stringify(sizes)})`)) as number | null) ?? undefined;
    return await use(fits);
  } finally {
    await page.close();
  }
}
