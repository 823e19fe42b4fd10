import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import type { SlideSize } from './slide-size.ts';

/**
 * Groups whose grid of headline figures runs below its slide's content box in the deck at `deckFolder`, measured at
 * the slide's size with the fonts loaded: those get their grids again in one row.
 */
export async function overflowingGrids(options: { browser: Browser; deckFolder: string; slide: SlideSize }): Promise<Set<string>> {
  const page = await openConfinedPage(options.browser, options.deckFolder, { javaScript: true });
  try {
    await page.setViewport(options.slide);
    await page.goto(pathToFileURL(path.join(options.deckFolder, 'index.html')).href, { waitUntil: 'load' });
    await page.waitForFunction('window.Reveal && window.Reveal.isReady()');
    await page.evaluate('document.fonts.ready');
    const groups = (await page.evaluate(`Array.from(document.querySelectorAll('section[data-kind=figure-overview]')).filter((slide) => {
      const { h, v } = Reveal.getIndices(slide);
      Reveal.slide(h, v);
      const frame = slide.querySelector('.frame');
      const bottom = frame.getBoundingClientRect().bottom - parseFloat(getComputedStyle(frame).paddingBottom) * Reveal.getScale();
      return Array.from(slide.querySelectorAll('.figure-cell')).some((cell) => cell.getBoundingClientRect().bottom > bottom + 0.5);
    }).map((slide) => slide.dataset.group)`)) as string[];
    return new Set(groups);
  } finally {
    await page.close();
  }
}
