import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import type { SlideSize } from './slide-size.ts';
import { pinPdfDates } from '../html/pin-pdf-dates.ts';

export interface PrintOptions {
  browser: Browser;
  deckFolder: string;
  /** Speaker notes on pages of their own, after each slide (reveal's showNotes). */
  notes: 'none' | 'separate-page';
  slide: SlideSize;
}

export interface PrintedDeck {
  pdf: Uint8Array;
  /** One page per slide; unknown with notes pages, which run over as long as the notes are. */
  pages: number | undefined;
}

/** Prints the built deck with reveal's print view: one page of the slide's size per slide, fonts embedded by Chromium. */
export async function printDeck(options: PrintOptions): Promise<PrintedDeck> {
  const page = await openConfinedPage(options.browser, options.deckFolder, { javaScript: true });
  try {
    const query = options.notes === 'separate-page' ? '?print-pdf&notes' : '?print-pdf';
    await page.goto(pathToFileURL(path.join(options.deckFolder, 'index.html')).href + query, { waitUntil: 'load' });
    await page.waitForSelector('html[data-pdf-ready]');
    await page.evaluate(() => document.fonts.ready);
    const pages = options.notes === 'none' ? await page.$$eval('.pdf-page', (nodes) => nodes.length) : undefined;
    // Bookmarks from the headings: the title (h1), each section (h2), its figures and charts (h3), the glossary's terms (h3).
    const pdf = await page.pdf({ width: `${options.slide.width}px`, height: `${options.slide.height}px`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    return { pdf: await pinPdfDates(pdf), pages };
  } finally {
    await page.close();
  }
}
