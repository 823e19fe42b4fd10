import type { Page } from 'puppeteer-core';
import { pinPdfDates } from '../html/pin-pdf-dates.ts';
import { loadFile } from './load-file.ts';

/** Prints one HTML file of the build folder in the handouts' tab with JavaScript off; the CSS `@page` rules set size and margins. */
export async function printPdf(options: { page: Page; folder: string; file: string }): Promise<Uint8Array> {
  await loadFile({ ...options, javaScript: false });
  return pinPdfDates(await options.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
}
