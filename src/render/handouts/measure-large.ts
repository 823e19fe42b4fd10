import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import type { TermPart } from '../html/pack-terms.ts';
import type { TermView } from '../html/term-view.ts';
import { contentBox, type PageSize } from './sizes.ts';

/** What Chromium measured of the large print, in CSS pixels. */
export interface LargeFit {
  /** Height inside the page's margins. */
  room: number;
  /** Of it, what the first page keeps free under the handout's header. */
  firstRoom: number;
  /** Space a term takes above itself when it follows another: the rule between two terms and its margins. */
  gap: number;
  /** Height of each term by id: whole, and its Chinese and English halves. */
  heights: Map<string, Record<TermPart, number>>;
}

/** Every term whole, then its two halves when it has an English half: what the measurement sets on one long page. */
export function largeProbes(terms: TermView[]): TermView[] {
  return terms.flatMap((term) => (term.en ? (['whole', 'zh', 'en'] as const) : (['whole'] as const)).map((part) => ({ ...term, part })));
}

const PX_PER_MM = 96 / 25.4;

/**
 * Opens `file`, the large print set with `largeProbes` on a single page, at the width inside the page's margins,
 * fonts loaded, and measures each term as Chromium lays it out, so pages are filled by what fits rather than by an
 * estimate of line counts.
 */
export async function measureLargeTerms(options: { browser: Browser; folder: string; file: string; page: PageSize; probes: TermView[] }): Promise<LargeFit> {
  const box = contentBox(options.page);
  const tab = await openConfinedPage(options.browser, options.folder, { javaScript: true });
  try {
    await tab.goto(pathToFileURL(path.join(options.folder, options.file)).href, { waitUntil: 'load' });
    const measured = (await tab.evaluate(`(async (width) => {
      document.body.style.width = width + 'mm';
      await document.fonts.ready;
      const section = document.querySelector('.page');
      const terms = Array.from(section.querySelectorAll('.term'));
      const above = (term) => {
        const style = getComputedStyle(term);
        return parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
      };
      const second = terms[1] && getComputedStyle(terms[1]);
      return {
        header: terms[0].getBoundingClientRect().top - section.getBoundingClientRect().top,
        gap: second ? parseFloat(second.marginTop) + above(terms[1]) : 0,
        heights: terms.map((term, index) => term.getBoundingClientRect().height - (index > 0 ? above(term) : 0)),
      };
    })(${box.width})`)) as { header: number; gap: number; heights: number[] };
    const room = box.height * PX_PER_MM;
    const heights = new Map<string, Record<TermPart, number>>();
    options.probes.forEach((probe, index) => {
      const height = measured.heights[index];
      const known = heights.get(probe.id) ?? { whole: height, zh: height, en: height };
      heights.set(probe.id, { ...known, [probe.part]: height });
    });
    return { room, firstRoom: room - measured.header, gap: measured.gap, heights };
  } finally {
    await tab.close();
  }
}
