import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';

export interface LoadFileOptions {
  /** The handouts' one tab, confined to `folder`. */
  page: Page;
  /** The build folder. */
  folder: string;
  /** The HTML file inside `folder`. */
  file: string;
  /** Off for printing: the page's text is the report's, and printing needs no script. */
  javaScript: boolean;
  /** The CSS media the page is set in; none emulated (screen, as in a new tab) when left out. */
  media?: 'print';
}

/**
 * Loads a file of the build folder into the handouts' tab with the settings it is measured or printed in, whatever
 * the file loaded before it set: one tab serves every probe and print of the handouts.
 */
export async function loadFile(options: LoadFileOptions): Promise<void> {
  await options.page.setJavaScriptEnabled(options.javaScript);
  await options.page.emulateMediaType(options.media);
  await options.page.goto(pathToFileURL(path.join(options.folder, options.file)).href, { waitUntil: 'load' });
}
