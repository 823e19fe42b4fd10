import type { Page } from 'puppeteer-core';
import type { GlossaryTerm } from '../../model/types.ts';
import type { TermPart } from '../html/pack-terms.ts';
import type { Templates } from '../html/templates.ts';
import { toTermView } from '../html/term-view.ts';

/** What Chromium measured on a glossary slide of the built deck, in slide pixels. */
export interface TermFit {
  /** Height free for terms under the slide's heading, above the furniture band. */
  room: number;
  /** Space between two terms. */
  gap: number;
  /** Height of each term, by id, whole and in its Chinese and English halves. */
  heights: Map<string, Record<TermPart, number>>;
}

const PARTS: TermPart[] = ['whole', 'zh', 'en'];

/** The markup the measurement sets in a glossary slide: each term whole and halved, through the term partial. */
export function termProbesHtml(terms: GlossaryTerm[], templates: Templates): string {
  const probes = terms.flatMap((term) => PARTS.map((part) => ({ ...toTermView(term), part })));
  return templates.render('slides-term-probes', { probes });
}

/** Terms with a half taller than a slide: the one place the deck cannot keep a text inside its slide. */
export function overlongTerms(terms: GlossaryTerm[], fit: TermFit): string[] {
  return terms.filter((term) => {
    const heights = fit.heights.get(toTermView(term).id);
    return heights !== undefined && heights.whole > fit.room && Math.max(heights.zh, heights.en) > fit.room;
  }).map((term) => term.text.zh.term);
}

/**
 * Sets every term in the first glossary slide of the deck `page` shows (`showDeck`) and measures it at the slide's
 * size, fonts loaded, so the slides are packed by what the browser lays out rather than by an estimate of line counts.
 * The slide keeps the probes: measure the deck's grids first.
 */
export async function measureTermFit(options: { page: Page; probes: string }): Promise<TermFit | undefined> {
  const measured = (await options.page.evaluate(`(async (probes) => {
    const slide = document.querySelector('section[data-kind=glossary-terms]');
    if (!slide) return undefined;
    const { h, v } = Reveal.getIndices(slide);
    Reveal.slide(h, v);
    const terms = slide.querySelector('.terms');
    terms.innerHTML = probes;
    await document.fonts.ready;
    const scale = Reveal.getScale();
    const frame = slide.querySelector('.frame');
    const bottom = frame.getBoundingClientRect().bottom / scale - parseFloat(getComputedStyle(frame).paddingBottom);
    const room = bottom - terms.getBoundingClientRect().top / scale;
    const heights = Array.from(terms.querySelectorAll('.term-probe'), (probe) => [probe.dataset.term, probe.dataset.part, probe.getBoundingClientRect().height / scale]);
    return { room, gap: parseFloat(getComputedStyle(terms).rowGap), heights };
  })(${JSON.stringify(options.probes)})`)) as { room: number; gap: number; heights: Array<[string, TermPart, number]> } | undefined;
  if (!measured) return undefined;
  const heights = new Map<string, Record<TermPart, number>>();
  for (const [id, part, height] of measured.heights) heights.set(id, { ...(heights.get(id) ?? { whole: 0, zh: 0, en: 0 }), [part]: height });
  return { room: measured.room, gap: measured.gap, heights };
}
