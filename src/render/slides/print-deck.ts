import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { PDFDocument } from '#pdf-lib';
import type { Page } from 'puppeteer-core';
import type { SlideSize } from './slide-size.ts';
import { takeNamedPages } from '../html/named-pages.ts';
import { pinDocumentDates } from '../html/pin-pdf-dates.ts';
import { writeOutline, type OutlineEntry } from '../html/write-outline.ts';

export interface PrintOptions {
  /** A tab confined to `deckFolder`, with JavaScript on: it is left showing the printed deck. */
  page: Page;
  deckFolder: string;
  /** Speaker notes on pages of their own, after each slide (reveal's showNotes). */
  notes: 'none' | 'separate-page';
  slide: SlideSize;
  /** The bookmarks, each `page` the slide's index in the deck; written at the page the slide is printed on. */
  outline: OutlineEntry[];
}

export interface PrintedDeck {
  pdf: Uint8Array;
  /** The PDF's pages: one per slide, and with notes each slide's notes pages, as many as the notes run over. */
  pages: number;
}

function atPages(entries: OutlineEntry[], pages: number[]): OutlineEntry[] {
  return entries.map((entry) => ({ ...entry, page: pages[entry.page], children: atPages(entry.children, pages) }));
}

/**
 * Names each printed slide with a link target, so that Chromium writes the page it lands on as a named destination:
 * with notes, a slide's notes run over one page or more, and only Chromium's pagination knows how many.
 */
function nameSlidePages(): string[] {
  const nav = document.createElement('nav');
  nav.hidden = true;
  const names = [...document.querySelectorAll('.reveal .pdf-page')].map((slide, index) => {
    slide.id = `print-slide-${index + 1}`;
    const link = document.createElement('a');
    link.href = `#${slide.id}`;
    nav.append(link);
    return slide.id;
  });
  document.body.append(nav);
  return names;
}

/**
 * Prints the built deck with reveal's print view: one page of the slide's size per slide (with `separate-page`
 * notes, followed by its notes), fonts embedded by Chromium, the deck's bookmarks at the pages the slides are on.
 */
export async function printDeck(options: PrintOptions): Promise<PrintedDeck> {
  const { page } = options;
  const query = options.notes === 'separate-page' ? '?print-pdf&notes' : '?print-pdf';
  await page.goto(pathToFileURL(path.join(options.deckFolder, 'index.html')).href + query, { waitUntil: 'load' });
  await page.waitForSelector('html[data-pdf-ready]');
  await page.evaluate(() => document.fonts.ready);
  const names = await page.evaluate(nameSlidePages);
  const pdf = await page.pdf({ width: `${options.slide.width}px`, height: `${options.slide.height}px`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: false });
  const printed = await PDFDocument.load(pdf, { updateMetadata: false });
  writeOutline(printed, atPages(options.outline, takeNamedPages(printed, names)));
  pinDocumentDates(printed);
  return { pdf: await printed.save({ useObjectStreams: false }), pages: printed.getPageCount() };
}
