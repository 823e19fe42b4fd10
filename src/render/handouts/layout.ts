import type { Theme } from '../../theme/load-theme.ts';
import { estimateHeight, type TextBox } from '../html/estimate-text.ts';
import { packTerms, type TermPart } from '../html/pack-terms.ts';
import type { TermView } from '../html/term-view.ts';

const MM = 72 / 25.4;

/**
 * A card: a quarter of the A4 sheet inside its 10 mm margin (crop marks sit in the margin, 5 mm or more from the
 * paper's edge, where office printers print), less its padding and the footer line naming the report
 * (the same numbers as handouts-cards.hbs, which reads them from the view).
 */
export const cardMm = { sheetMargin: 10, width: 95, height: 138.5, padding: 10, footer: 14 };
export const card = { width: cardMm.width * MM, height: (cardMm.height - cardMm.footer) * MM, padding: cardMm.padding * MM };

/** Type sizes tried for a card's explanations, largest first: never under 12 pt; a term that does not fit goes on two cards. */
const CARD_SIZES = [16, 15, 14, 13, 12.5, 12];
/** For a half of a term longer than a card even at 12 pt: smaller, and named in a build note. */
const OVERLONG_SIZES = [11.5, 11, 10.5, 10, 9.5, 9, 8.5, 8];

/** The A4 page of the large-print edition, less its margins (handouts-large.hbs). */
export const largePage = { width: (210 - 2 * 20) * MM, height: (297 - 18 - 26) * MM };

export const largeLineHeight = 1.6;

function termBoxes(term: TermView, sizes: { term: number; termEn: number; body: number; lineHeight: number }): TextBox[] {
  const boxes: TextBox[] = [
    { text: term.zh.term, lang: 'zh', size: sizes.term, lineHeight: 1.3 },
    { text: term.zh.explanation, lang: 'zh', size: sizes.body, lineHeight: sizes.lineHeight },
  ];
  if (term.en) {
    boxes.push({ text: term.en.term, lang: 'en', size: sizes.termEn, lineHeight: 1.3 }, { text: term.en.explanation, lang: 'en', size: sizes.body, lineHeight: sizes.lineHeight });
  }
  return boxes;
}

export interface CardView {
  term: TermView;
  size: number;
}

/** The largest type size at which the term (or the half of it `part` names) fits on a card, in points; undefined when none does. */
function fitCardSize(term: TermView, part: TermPart, sizes: number[] = CARD_SIZES): number | undefined {
  const width = card.width - 2 * card.padding;
  const shown: TermView = { ...term, zh: { ...term.zh, explanation: part === 'en' ? '' : term.zh.explanation }, en: term.en && { ...term.en, explanation: part === 'zh' ? '' : term.en.explanation } };
  // Less the margins and the rule between the two language sides, and a little for rounding in the estimate.
  const fits = (size: number): boolean =>
    estimateHeight(termBoxes(shown, { term: size * 1.5, termEn: size * 1.2, body: size, lineHeight: 1.45 }), width) + 2 * size <= (card.height - 2 * card.padding) * 0.94;
  return sizes.find(fits);
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A half too long for one card at 12 pt: its English explanation over as many cards as it needs, whole sentences on each. */
function englishCards(term: TermView & { en: NonNullable<TermView['en']> }): CardView[] {
  const cards: TermView[] = [];
  let text = '';
  for (const { segment } of sentences.segment(term.en.explanation)) {
    const longer = { ...term, part: 'en' as const, en: { ...term.en, explanation: text + segment } };
    if (text !== '' && fitCardSize(longer, 'en') === undefined) {
      cards.push({ ...term, part: 'en', en: { ...term.en, explanation: text.trim() } });
      text = segment;
    } else text += segment;
  }
  cards.push({ ...term, part: 'en', en: { ...term.en, explanation: text.trim() } });
  return cards.map((shown) => ({ term: shown, size: fitCardSize(shown, 'en') ?? overlongSize(shown, 'en') }));
}

function overlongSize(term: TermView, part: TermPart): number {
  return fitCardSize(term, part, OVERLONG_SIZES) ?? OVERLONG_SIZES[OVERLONG_SIZES.length - 1];
}

/**
 * A card per term at the largest size that fits, 12 pt or more: a longer term continues on further cards, marked
 * continued, its English explanation over as many as it needs (a single sentence or a Chinese half longer than a
 * card is set smaller: see the renderer's note).
 */
export function cardsFor(terms: TermView[]): CardView[] {
  return terms.flatMap((term) => {
    const whole = fitCardSize(term, 'whole');
    if (whole !== undefined || !term.en) return [{ term, size: whole ?? CARD_SIZES[CARD_SIZES.length - 1] }];
    const chinese: CardView = { term: { ...term, part: 'zh' }, size: fitCardSize(term, 'zh') ?? overlongSize(term, 'zh') };
    return [chinese, ...englishCards({ ...term, en: term.en })];
  });
}

function largeHeight(term: TermView, options: { part: TermPart; largePrint: Theme['largePrint'] }): number {
  const { part } = options;
  const { body, term: termSize } = options.largePrint;
  const shown: TermView = { ...term, zh: { ...term.zh, explanation: part === 'en' ? '' : term.zh.explanation }, en: term.en && { ...term.en, explanation: part === 'zh' ? '' : term.en.explanation } };
  // Plus the margins between the four parts of a term.
  return estimateHeight(termBoxes(shown, { term: termSize, termEn: body * 1.2, body, lineHeight: largeLineHeight }), largePage.width) + 1.5 * body;
}

/**
 * Pages of one or two terms, the first page less its header; a term longer than a page goes over two pages,
 * its English half under its names repeated and marked continued.
 */
export function pairLargePages(terms: TermView[], options: { headerHeight: number; largePrint: Theme['largePrint'] }): TermView[][] {
  const { headerHeight, largePrint } = options;
  const pages = packTerms(terms, {
    // A tenth kept free: the estimate runs short on long English paragraphs, and a term Chromium breaks loses its names.
    room: (page) => (largePage.height - (page === 0 ? headerHeight : 0) - largePrint.body * largeLineHeight) * 0.9,
    height: (term, part) => largeHeight(term, { part, largePrint }),
    // The rule between two terms on a page takes about 2.4 em.
    gap: 2.4 * largePrint.body,
    maxPerPage: 2,
    splittable: (term) => term.en !== undefined,
  });
  return pages.map((placed) => placed.map(({ term, part }) => ({ ...term, part })));
}

export function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}
