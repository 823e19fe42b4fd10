import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import { pinPdfDates } from '../html/pin-pdf-dates.ts';

export interface PrintOptions {
  browser: Browser;
  /** The build folder: the only place the page may load from. */
  folder: string;
  /** The HTML file inside `folder`. */
  file: string;
  /** Sees the URL of every request the page makes, allowed or refused. */
  onRequest?: (url: string) => void;
}

/** Prints one HTML file of the build folder with JavaScript off; the CSS `@page` rules set size and margins. */
export async function printPdf(options: PrintOptions): Promise<Uint8Array> {
  const page = await openConfinedPage(options.browser, options.folder, { javaScript: false });
  try {
    if (options.onRequest) page.on('request', (request) => options.onRequest?.(request.url()));
    await page.goto(pathToFileURL(path.join(options.folder, options.file)).href, { waitUntil: 'load' });
    return await pinPdfDates(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
  } finally {
    await page.close();
  }
}
