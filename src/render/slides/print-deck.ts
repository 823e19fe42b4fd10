import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import type { SlideSize } from './slide-size.ts';
import { pinPdfDates } from '../html/pin-pdf-dates.ts';
import { writeOutline, type OutlineEntry } from '../html/write-outline.ts';

export interface PrintOptions {
  browser: Browser;
  deckFolder: string;
  /** Speaker notes on pages of their own, after each slide (reveal's showNotes). */
  notes: 'none' | 'separate-page';
  slide: SlideSize;
  /** The bookmarks of a deck printed one page a slide; without them (notes pages) Chromium's, from the headings. */
  outline?: OutlineEntry[];
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
    const outline = options.notes === 'none' ? options.outline : undefined;
    const pdf = await page.pdf({ width: `${options.slide.width}px`, height: `${options.slide.height}px`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: outline === undefined });
    return { pdf: await pinPdfDates(outline ? await writeOutline(pdf, outline) : pdf), pages };
  } finally {
    await page.close();
  }
}
