import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import type { TermView } from '../html/term-view.ts';

/** Whether a card's term, as the term partial sets it, fits the card at a type size in points. */
export type CardFits = (term: TermView, size: number) => Promise<boolean>;

/**
 * Opens `file`, the card sheet holding one card, and hands `use` a check that sets a term in that card at a size
 * and asks Chromium whether it overflows, fonts loaded: cards are fitted by the real layout, not by an estimate.
 */
export async function withCardProbe<T>(options: { browser: Browser; folder: string; file: string; markup: (term: TermView) => string }, use: (fits: CardFits) => Promise<T>): Promise<T> {
  const page = await openConfinedPage(options.browser, options.folder, { javaScript: true });
  try {
    await page.goto(pathToFileURL(path.join(options.folder, options.file)).href, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const fits: CardFits = async (term, size) =>
      (await page.evaluate(`(async (markup, size) => {
        const card = document.querySelector('.card');
        card.style.fontSize = size + 'pt';
        card.querySelector('.term').outerHTML = markup;
        await document.fonts.ready;
        const term = card.querySelector('.term');
        return term.scrollHeight <= term.clientHeight + 0.5;
      })(${JSON.stringify(options.markup(term))}, ${size})`)) as boolean;
    return await use(fits);
  } finally {
    await page.close();
  }
}
