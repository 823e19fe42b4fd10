import type { Page } from 'puppeteer-core';
import { batchCalls } from '../../common/batch-calls.ts';
import type { TermView } from '../html/term-view.ts';
import { loadFile } from './load-file.ts';
import { BADLY_SET_SCRIPT, MAX_SPREAD } from './well-set.ts';

/** Cards fitted by Chromium's layout of a card, each question asked of many terms in one evaluation in the page. */
export interface CardProbe {
  /**
   * For each term, of `sizes` (in points, largest first), the first at which the term, as the term partial sets it,
   * fits the card with its Chinese well set (`well-set.ts`), else the one of those that fit where it is least badly
   * set; undefined when none fits.
   */
  sizes: (terms: TermView[], sizes: number[]) => Promise<Array<number | undefined>>;
  /**
   * How many of `terms`, tried in order at `size`, fit the card before the first that does not; each answer is kept
   * for the same term asked again, and the questions of one turn of the event loop are asked in one evaluation.
   */
  fitting: (terms: TermView[], size: number) => Promise<number>;
}

/** In the page: `(markup) => term`, the card's term replaced by `markup`, fonts loaded. */
const SET_TERM = `(async (markup) => {
  document.querySelector('.card .term').outerHTML = markup;
  await document.fonts.ready;
  return document.querySelector('.card .term');
})`;

/** In the page: `(term, size) => boolean`, whether the term runs past its card with the card's type at `size` points. */
const OVERFLOWS_AT = `((term, size) => {
  document.querySelector('.card').style.fontSize = size + 'pt';
  return term.scrollHeight > term.clientHeight + 0.5;
})`;

/**
 * In the page: `(term, sizes) => index`, the first of `sizes` (largest first) at which the term fits its card, or
 * `sizes.length` when none does: the largest, else the smallest, else by bisection between them, as a smaller type
 * never takes more room (so in all 640 size searches of the seed, Luohu, mini, structures and 22 reports of the corpus).
 * Tried one size after the other from the largest, the seed's cards took 440 layouts; so, 248.
 */
const FIRST_FITTING = `((term, sizes) => {
  const fits = (index) => !${OVERFLOWS_AT}(term, sizes[index]);
  if (fits(0)) return 0;
  if (!fits(sizes.length - 1)) return sizes.length;
  let [low, high] = [1, sizes.length - 1];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
})`;

/**
 * Loads `file`, the card sheet holding one card, into the handouts' tab, fonts loaded, and returns the probe that sets
 * terms in that card and asks Chromium whether they overflow: cards are fitted by the real layout, not by an estimate.
 */
export async function openCardProbe(options: { page: Page; folder: string; file: string; markup: (term: TermView) => string }): Promise<CardProbe> {
  const { page } = options;
  await loadFile({ ...options, javaScript: true });
  await page.evaluate('document.fonts.ready');
  /**
   * Whether a term fits at a size, by size and markup: a card asked again (a unit asked alone after a run that began
   * with it) is not set again (47 evaluations for the seed's cards, 35 so).
   */
  const fitted = new Map<string, boolean>();
  /** For each run of markups, how many fit at its size before the first that does not; the runs asked at once, one evaluation for all. */
  const countFitting = batchCalls(async (runs: Array<{ markups: string[]; size: number }>) =>
    (await page.evaluate(`(async (runs) => {
      const counts = [];
      for (const { markups, size } of runs) {
        let count = 0;
        while (count < markups.length && !${OVERFLOWS_AT}(await ${SET_TERM}(markups[count]), size)) count += 1;
        counts.push(count);
      }
      return counts;
    })(${JSON.stringify(runs)})`)) as number[],
  );
  // A loop in the page, one evaluation for a list of terms or runs: the seed's cards took 108 evaluations (one a term and size list, 1.1 s), now 9.
  return {
    sizes: async (terms, sizes) =>
      ((await page.evaluate(`(async (markups, sizes) => {
        const chosen = [];
        for (const markup of markups) {
          const term = await ${SET_TERM}(markup);
          let least = null;
          let size = null;
          for (const candidate of sizes.slice(${FIRST_FITTING}(term, sizes))) {
            if (${OVERFLOWS_AT}(term, candidate)) continue;
            const bad = ${BADLY_SET_SCRIPT}(term);
            if (bad <= ${MAX_SPREAD}) {
              size = candidate;
              break;
            }
            if (least === null || bad < least.bad) least = { size: candidate, bad };
          }
          chosen.push(size ?? least?.size ?? null);
        }
        return chosen;
      })(${JSON.stringify(terms.map(options.markup))}, ${JSON.stringify(sizes)})`)) as Array<number | null>).map((size) => size ?? undefined),
    fitting: async (terms, size) => {
      const shown = terms.map(options.markup);
      const key = (markup: string): string => `${size}pt ${markup}`;
      const first = shown.findIndex((markup) => fitted.get(key(markup)) !== true);
      if (first === -1) return shown.length;
      if (fitted.get(key(shown[first])) === false) return first;
      const count = await countFitting({ markups: shown.slice(first), size });
      shown.slice(first, first + count + 1).forEach((markup, index) => fitted.set(key(markup), index < count));
      return first + count;
    },
  };
}
