import type { GlossaryTerm } from '../../model/types.ts';
import type { Theme } from '../../theme/load-theme.ts';
import { estimateHeight, type TextBox } from '../html/estimate-text.ts';
import { packTerms } from '../html/pack-terms.ts';
import type { SlideSize } from './slide-size.ts';

/** One numbered entry of the glossary overview: the term's names only. */
export interface OverviewEntryView {
  id: string;
  number: number;
  zh: string;
  en: string | undefined;
}

/** deck.css: three columns 40 px apart in the text width (the slide less 80 px a side), a 1.5 em number before the names, under a one-line heading; a margin for the estimate. */
const COLUMNS = 3;
function column(slide: SlideSize, sizes: Theme['slides']): { width: number; height: number } {
  return { width: (slide.width - 2 * 80 - (COLUMNS - 1) * 40) / COLUMNS - 1.5 * sizes.caption, height: (slide.height - 56 - sizes.furnitureBand - 72) * 0.95 };
}
const GAP = 12;
const LINE_HEIGHT = 1.25;

/** An entry as deck.css sets it: the Chinese name, the English name on the lines under it. */
function entryHeight(term: GlossaryTerm, options: { width: number; size: number }): number {
  const { width, size } = options;
  const boxes: TextBox[] = [{ text: term.text.zh.term, lang: 'zh', size, lineHeight: LINE_HEIGHT }];
  if (term.text.en) boxes.push({ text: term.text.en.term, lang: 'en', size, lineHeight: LINE_HEIGHT });
  return estimateHeight(boxes, width);
}

/** The glossary's term names, numbered, in as many overview slides as they need; the browser balances each slide's three columns. */
export function overviewPages(terms: GlossaryTerm[], options: { slide: SlideSize; sizes: Theme['slides'] }): GlossaryTerm[][] {
  const { width, height } = column(options.slide, options.sizes);
  const pages = packTerms(terms, { room: () => COLUMNS * height, height: (term) => entryHeight(term, { width, size: options.sizes.caption }), gap: GAP, maxPerPage: Infinity, splittable: () => false });
  return pages.map((page) => page.map(({ term }) => term));
}
