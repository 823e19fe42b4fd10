/** Opens a built deck from disk in real headless Chromium and records what it loads and logs. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import type { DeckSpec } from '../../../src/model/types.ts';
import { openConfinedPage } from '../../../src/browser/browser.ts';

export interface OpenDeck {
  page: Page;
  /** Every URL the page asked for, allowed or refused. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openDeck(browser: Browser, deckFolder: string, query = ''): Promise<OpenDeck> {
  const page = await openConfinedPage(browser, deckFolder, { javaScript: true });
  await page.setViewport({ width: 1280, height: 720 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(pathToFileURL(path.join(deckFolder, 'index.html')).href + query, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
  await page.evaluate(() => document.fonts.ready);
  return { page, requests, errors };
}

/** Requests that left the folder (anything but the folder's own files and data: URLs). */
export function outsideRequests(requests: string[], deckFolder: string): string[] {
  const inside = pathToFileURL(path.resolve(deckFolder)).href + '/';
  return requests.filter((url) => !url.startsWith(inside) && !url.startsWith('data:'));
}

/**
 * Slides the model asks for before the glossary's stacks: the title, the agenda when there are two sections or
 * more, per group a section slide, its headline figures and charts, then the glossary's divider; plus the `grids`
 * of the groups' headline figures (as many as the build measured it needs: deck-overview.test.ts checks them).
 */
export function slidesBeforeGlossary(spec: DeckSpec, options: { glossary: boolean; grids: number }): number {
  const sections = spec.groups.length + (options.glossary ? 1 : 0);
  return 1 + (sections > 1 ? 1 : 0) + options.grids + spec.groups.reduce((sum, group) => sum + 1 + group.headline.length + group.charts.length, 0) + (options.glossary ? 1 : 0);
}

/** The glossary's vertical stacks as built: per stack, the kinds of its slides, top first. */
export async function glossaryStacks(page: Page): Promise<string[][]> {
  return page.$$eval('.slides > section[data-kind=glossary]', (stacks) =>
    stacks.map((stack) => Array.from(stack.querySelectorAll(':scope > section'), (slide) => slide.getAttribute('data-kind') ?? '')),
  );
}

/** The grid slides of the groups' headline figures in the open deck. */
export async function gridSlides(page: Page): Promise<number> {
  return page.$$eval('section[data-kind=figure-overview]', (nodes) => nodes.length);
}
