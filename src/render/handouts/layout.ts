import type { TermView } from '../html/term-view.ts';
import type { CardFits } from './measure-cards.ts';
import { type Half, TEXT_SPLITS } from './split-text.ts';

/**
 * Type sizes tried for a card's explanations, largest first: never under 12 pt; a longer term continues on further
 * cards. Quarter points, so that a card finds a size where its Chinese justifies without spreading (in half points
 * one card of the seed still spread a line by 0.11 em; in quarter points none of the seed or Luohu by over 0.09 em).
 */
const CARD_SIZES = Array.from({ length: 17 }, (_, step) => 16 - step / 4);
const SMALLEST = CARD_SIZES[CARD_SIZES.length - 1];

export interface CardView {
  term: TermView;
  size: number;
  /** Longer than a card even at 12 pt (a single word longer than a card): the renderer notes it. */
  overflows: boolean;
}

/** The largest type size at which the card fits, in points; undefined when none from 12 pt up does. */
function fitCardSize(shown: TermView, fits: CardFits): Promise<number | undefined> {
  return fits(shown, CARD_SIZES);
}

/**
 * An explanation cut into the pieces that fit a card each, in order and whole: between sentences, a sentence
 * longer than a card between clauses, a clause longer than a card between words. `card` is the index of the card
 * a piece would go on (a further card carries the longer, continued heading).
 */
async function fillCards(text: string, lang: Half, fits: (piece: string, card: number) => Promise<boolean>): Promise<string[]> {
  const pieces: string[] = [];
  let current = '';
  const add = async (unit: string, level: number): Promise<void> => {
    if (await fits(current + unit, pieces.length)) {
      current += unit;
      return;
    }
    // A unit longer than a card fills the rest of this card and goes on, cut finer; one that fits a card starts the next.
    if (level < TEXT_SPLITS.length && !(await fits(unit, pieces.length + (current.trim() === '' ? 0 : 1)))) {
      for (const piece of TEXT_SPLITS[level](unit, lang)) await add(piece, level + 1);
      return;
    }
    if (current.trim() !== '') pieces.push(current.trim());
    // A single word longer than a card stays whole (the renderer notes it).
    current = unit;
  };
  await add(text, 0);
  if (current.trim() !== '') pieces.push(current.trim());
  return pieces;
}

/** The cards of one half of a term too long for a card: its explanation over as many cards as it needs, all but the first marked continued. */
async function halfCards(term: TermView, half: Half, fits: CardFits): Promise<TermView[]> {
  const side = half === 'zh' ? term.zh : term.en!;
  const shown = (explanation: string, card: number): TermView => ({ ...term, part: half, [half]: { ...side, explanation: explanation.trim() }, continued: half === 'zh' && card > 0 });
  const pieces = await fillCards(side.explanation, half, async (piece, card) => (await fits(shown(piece, card), [SMALLEST])) !== undefined);
  return pieces.map((piece, card) => shown(piece, card));
}

/**
 * A card per term at the largest size that fits, 12 pt or more. A longer term continues on further cards, marked
 * continued: its Chinese half (both names and the Chinese explanation), then its English half; an explanation longer
 * than a card runs over as many cards as it needs, split between sentences, clauses or words.
 */
export async function cardsFor(terms: TermView[], fits: CardFits): Promise<CardView[]> {
  const cards: CardView[] = [];
  for (const term of terms) {
    const size = await fitCardSize(term, fits);
    const shown = size !== undefined ? [term] : [...(await halfCards(term, 'zh', fits)), ...(term.en ? await halfCards(term, 'en', fits) : [])];
    for (const piece of shown) {
      const fitted = piece === term ? size : await fitCardSize(piece, fits);
      cards.push({ term: piece, size: fitted ?? SMALLEST, overflows: fitted === undefined });
    }
  }
  return cards;
}

export function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}
