import type { TermView } from '../html/term-view.ts';
import type { CardProbe } from './measure-cards.ts';
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

/**
 * An explanation cut into the pieces that fit a card each, in order and whole: between sentences, a sentence
 * longer than a card between clauses, a clause longer than a card between words. `fitting` tells how many of some
 * texts, tried in turn on the card with index `card` (a further card carries the longer, continued heading), fit it.
 */
async function fillCards(text: string, lang: Half, fitting: (texts: string[], card: number) => Promise<number>): Promise<string[]> {
  const pieces: string[] = [];
  let current = '';
  const add = async (units: string[], level: number): Promise<void> => {
    let rest = units;
    while (rest.length > 0) {
      // One question for a run of units: how many, added in turn, keep this card fitting.
      const taken = await fitting(rest.map((_, count) => current + rest.slice(0, count + 1).join('')), pieces.length);
      current += rest.slice(0, taken).join('');
      if (taken === rest.length) return;
      const unit = rest[taken];
      rest = rest.slice(taken + 1);
      // A unit longer than a card fills the rest of this card and goes on, cut finer; one that fits a card starts the next.
      if (level < TEXT_SPLITS.length && (await fitting([unit], pieces.length + (current.trim() === '' ? 0 : 1))) === 0) {
        await add(TEXT_SPLITS[level](unit, lang), level + 1);
        continue;
      }
      if (current.trim() !== '') pieces.push(current.trim());
      // A single word longer than a card stays whole (the renderer notes it).
      current = unit;
    }
  };
  await add([text], 0);
  if (current.trim() !== '') pieces.push(current.trim());
  return pieces;
}

/** The cards of one half of a term too long for a card: its explanation over as many cards as it needs, all but the first marked continued. */
async function halfCards(term: TermView, half: Half, probe: CardProbe): Promise<TermView[]> {
  const side = half === 'zh' ? term.zh : term.en!;
  const shown = (explanation: string, card: number): TermView => ({ ...term, part: half, [half]: { ...side, explanation: explanation.trim() }, continued: half === 'zh' && card > 0 });
  const pieces = await fillCards(side.explanation, half, (texts, card) => probe.fitting(texts.map((text) => shown(text, card)), SMALLEST));
  return pieces.map((piece, card) => shown(piece, card));
}

/**
 * A card per term at the largest size that fits, 12 pt or more. A longer term continues on further cards, marked
 * continued: its Chinese half (both names and the Chinese explanation), then its English half; an explanation longer
 * than a card runs over as many cards as it needs, split between sentences, clauses or words.
 */
export async function cardsFor(terms: TermView[], probe: CardProbe): Promise<CardView[]> {
  const whole = await probe.sizes(terms, CARD_SIZES);
  const piecesOf = async (term: TermView, index: number): Promise<TermView[]> => {
    if (whole[index] !== undefined) return [term];
    return (await Promise.all([halfCards(term, 'zh', probe), term.en ? halfCards(term, 'en', probe) : []])).flat();
  };
  // Every half is cut at once, its questions to Chromium asked with the others': the seed's cards took 35 evaluations cut one half after the other, 9 so.
  const shown = (await Promise.all(terms.map(piecesOf))).flat();
  const split = shown.filter((piece) => !terms.includes(piece));
  const sizes = new Map([...terms.map((term, index) => [term, whole[index]] as const), ...(await probe.sizes(split, CARD_SIZES)).map((size, index) => [split[index], size] as const)]);
  return shown.map((piece) => {
    const fitted = sizes.get(piece);
    return { term: piece, size: fitted ?? SMALLEST, overflows: fitted === undefined };
  });
}

export function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}
