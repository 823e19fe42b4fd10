import type { Labels } from '../../theme/labels.ts';
import type { Bilingual, GlossaryTerm, Report } from '../../model/types.ts';
import type { Theme } from '../../theme/load-theme.ts';
import { estimateHeight, type TextBox } from '../html/estimate-text.ts';
import { packTerms, type TermPart } from '../html/pack-terms.ts';
import { glossaryTitle } from '../glossary-title.ts';
import { toTermView, type TermView } from '../html/term-view.ts';
import { overviewPages, type OverviewEntryView } from './glossary-overview.ts';
import type { TermFit } from './measure-terms.ts';
import type { SlideSize } from './slide-size.ts';
import type { NotesView } from './notes-view.ts';

export interface GlossarySlideView {
  title: Bilingual<string>;
  terms: TermView[];
  notes: NotesView;
}

/** A vertical stack: the overview of some terms' names on top, their explanation slides under it (down arrow). */
export interface GlossaryStackView {
  kind: 'glossary';
  overview: { title: Bilingual<string>; entries: OverviewEntryView[]; notes: NotesView };
  slides: GlossarySlideView[];
}

/** The slide's text column in px (deck.css: 56/80 padding and the furniture band, a 56 px number column, one-line heading) with a margin for the estimate. */
function column(slide: SlideSize, sizes: Theme['slides']): { width: number; height: number } {
  return { width: slide.width - 2 * 80 - 56, height: (slide.height - 56 - sizes.furnitureBand - 72) * 0.9 };
}
const GAP = 24;
const MAX_TERMS = 4;

function termHeight(term: GlossaryTerm, part: TermPart, options: { width: number; sizes: Theme['slides'] }): number {
  const { width } = options;
  // Term names and explanations in px, as deck.css sets them.
  const size = { name: options.sizes.body, explanation: options.sizes.caption, lineHeight: 1.4 };
  const { zh, en } = term.text;
  const boxes: TextBox[] = [{ text: zh.term, lang: 'zh', size: size.name, lineHeight: 1.3 }];
  if (en) boxes.push({ text: en.term, lang: 'en', size: size.name, lineHeight: 1.3 });
  if (part !== 'en') boxes.push({ text: zh.explanation, lang: 'zh', size: size.explanation, lineHeight: size.lineHeight });
  if (en && part !== 'zh') boxes.push({ text: en.explanation, lang: 'en', size: size.explanation, lineHeight: size.lineHeight });
  // The rule above a term and the space under each paragraph.
  return estimateHeight(boxes, width) + 12 + (boxes.length - 1) * 0.4 * size.explanation;
}

function explanationPages(terms: GlossaryTerm[], options: { fit: TermFit | undefined; slide: SlideSize; sizes: Theme['slides'] }): Array<Array<{ term: GlossaryTerm; part: TermPart }>> {
  const { fit, sizes } = options;
  const estimate = column(options.slide, sizes);
  const measured = (term: GlossaryTerm, part: TermPart): number | undefined => fit?.heights.get(toTermView(term).id)?.[part];
  return packTerms(terms, {
    room: () => fit?.room ?? estimate.height,
    height: (term, part) => measured(term, part) ?? termHeight(term, part, { width: estimate.width, sizes }),
    gap: fit?.gap ?? GAP,
    maxPerPage: MAX_TERMS,
    splittable: (term) => term.text.en !== undefined,
  });
}

/** A term's notes: its names, then its explanations, whole even when the slide shows half of it. */
function termNotes(term: GlossaryTerm): Array<Bilingual<string>> {
  const { zh, en } = term.text;
  return [
    { zh: zh.term, en: en?.term },
    { zh: zh.explanation, en: en?.explanation },
  ];
}

/**
 * The closing glossary, light for the end of a talk: an overview slide of numbered term names, and under it the
 * explanations of those terms at projector size, as many a slide as fit, a term longer than a slide split in two;
 * what fits is what Chromium measured when `fit` is given, else an estimate of line counts.
 */
export function glossaryStacks(report: Report, options: { slide: SlideSize; fit?: TermFit; labels: Labels; sizes: Theme['slides'] }): GlossaryStackView[] {
  const glossary = report.glossary;
  if (!glossary || glossary.terms.length === 0) return [];
  const shared = glossaryTitle(glossary, options.labels);
  const title = { zh: shared.zh, en: report.languages.includes('en') ? shared.en : undefined };
  const overviews = overviewPages(glossary.terms, { slide: options.slide, sizes: options.sizes });
  const explanations = overviews.map((terms) => explanationPages(terms, { fit: options.fit, slide: options.slide, sizes: options.sizes }));
  let numbered = 0;
  return overviews.map((terms, index): GlossaryStackView => ({
    kind: 'glossary',
    overview: {
      title,
      entries: terms.map((term) => ({ id: term.id, number: (numbered += 1), zh: term.text.zh.term, en: term.text.en?.term })),
      notes: { lines: [title, ...terms.map((term) => ({ zh: term.text.zh.term, en: term.text.en?.term }))], figures: [] },
    },
    slides: explanations[index].map((placed) => ({
      title,
      terms: placed.map(({ term, part }) => ({ ...toTermView(term), part })),
      notes: { lines: placed.flatMap(({ term }) => termNotes(term)), figures: [] },
    })),
  }));
}
