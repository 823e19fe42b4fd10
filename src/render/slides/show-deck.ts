import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { SlideSize } from './slide-size.ts';

/** Loads the deck at `deckFolder` into `page` as it is presented, at the slide's size: reveal.js ready, fonts loaded. */
export async function showDeck(page: Page, options: { deckFolder: string; slide: SlideSize }): Promise<void> {
  await page.setViewport(options.slide);
  await page.goto(pathToFileURL(path.join(options.deckFolder, 'index.html')).href, { waitUntil: 'load' });
  await page.waitForFunction('window.Reveal && window.Reveal.isReady()');
  await page.evaluate('document.fonts.ready');
}
