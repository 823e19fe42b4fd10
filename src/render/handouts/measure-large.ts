import type { Page } from 'puppeteer-core';
import type { TermView } from '../html/term-view.ts';
import { loadFile } from './load-file.ts';
import { contentBox, type PageSize } from './sizes.ts';

/** Large-print pages measured by Chromium's layout of a page, each answer kept for the same page asked again. */
export interface LargeProbe {
  /**
   * How full the page with index `page` would be holding `pieces` (under the handout's header on the first page), as
   * a share of the height inside its margins: 1 or less fits.
   */
  fill: (pieces: TermView[], page: number) => Promise<number>;
  /**
   * How many of `candidates`, contents of the page with index `page` each fuller than the one before, fit it: all
   * when the last fits, else the most found by bisection (a fill grows with the content), 0 when none does. When the
   * last fits, the contents `ahead`, each fuller again, are measured in the same evaluation up to the first that does
   * not fit, their answers kept for the questions to come.
   */
  fitting: (candidates: TermView[][], page: number, ahead: TermView[][]) => Promise<number>;
}

const PX_PER_MM = 96 / 25.4;
/** Kept free at each page's foot for rounding between the measured and the printed layout: 0.5 % of the page (5 px). */
const ROUNDING = 0.005;

/** In the page: `(markup) => number`, how far down the page `markup` reaches, in px, set in place of the page, fonts loaded. */
const HEIGHT_OF = `(async (markup) => {
  document.querySelector('.page').outerHTML = markup;
  await document.fonts.ready;
  const section = document.querySelector('.page');
  return section.lastElementChild.getBoundingClientRect().bottom - section.getBoundingClientRect().top;
})`;

/**
 * Loads `file`, the large print's draft (one page), into the handouts' tab at the width inside the page's margins in
 * print media, and returns the probe that sets pages of pieces, as the page partial sets them (`markup`), in place of
 * that page and measures how far down they reach: pages are filled by Chromium's layout, not by an estimate.
 */
export async function openLargeProbe(options: { page: Page; folder: string; file: string; size: PageSize; markup: (pieces: TermView[], page: number) => string }): Promise<LargeProbe> {
  const box = contentBox(options.size);
  const room = box.height * PX_PER_MM * (1 - ROUNDING);
  const { page } = options;
  await loadFile({ ...options, javaScript: true, media: 'print' });
  await page.evaluate(`document.body.style.width = '${box.width}mm'`);
  const measured = new Map<string, number>();
  const fill = async (markup: string): Promise<number> => {
    if (!measured.has(markup)) measured.set(markup, ((await page.evaluate(`${HEIGHT_OF}(${JSON.stringify(markup)})`)) as number) / room);
    return measured.get(markup)!;
  };
  // The bisection and the contents ahead run in the page, one evaluation for all their steps, and no page is measured
  // twice: the seed's two large prints took 116 evaluations, one a step, now 43; Yantian 2018 (Chinese only, 67 terms)
  // 96 without the terms ahead, 50 with them.
  return {
    fill: (pieces, index) => fill(options.markup(pieces, index)),
    fitting: async (candidates, index, ahead) => {
      const markups = [...candidates, ...ahead].map((pieces) => options.markup(pieces, index));
      if ((measured.get(markups[candidates.length - 1]) ?? Infinity) <= 1) return candidates.length;
      const { count, fills } = (await page.evaluate(`(async (markups, known, candidates, room) => {
        const fills = [];
        const fits = async (at) => {
          let fill = known[at];
          if (fill === null) {
            fill = (await ${HEIGHT_OF}(markups[at])) / room;
            fills.push([at, fill]);
          }
          return fill <= 1;
        };
        if (await fits(candidates - 1)) {
          for (let at = candidates; at < markups.length && (await fits(at)); at += 1);
          return { count: candidates, fills };
        }
        let [low, high] = [0, candidates - 1];
        while (low < high) {
          const middle = Math.ceil((low + high) / 2);
          if (await fits(middle - 1)) low = middle;
          else high = middle - 1;
        }
        return { count: low, fills };
      })(${JSON.stringify(markups)}, ${JSON.stringify(markups.map((markup) => measured.get(markup) ?? null))}, ${candidates.length}, ${room})`)) as { count: number; fills: Array<[number, number]> };
      for (const [at, share] of fills) measured.set(markups[at], share);
      return count;
    },
  };
}
