import hyphen from 'hyphen/en-us';
import { cutLongRun } from '../../model/long-runs.ts';
import { LATIN_NO_LINE_END, LATIN_NO_LINE_START } from './break-words.ts';

/**
 * A place where a line of English may end: `at` is where the line's text ends, `next` where the next line's starts
 * (after the word space, or at once inside a word).
 */
export interface Opportunity {
  at: number;
  next: number;
  /**
   * `space` between words; `hyphen` inside a word, a hyphen drawn; `explicit` after a word's own hyphen; `dash` after
   * an em dash; `cut` inside a run too long to be a word (cutLongRun), no hyphen drawn.
   */
  kind: 'space' | 'hyphen' | 'explicit' | 'dash' | 'cut';
  /** For a cut: where its run starts and ends, so that it is used only when the run is wider than the line. */
  run?: { start: number; end: number };
}

/** The line ends in a hyphen, drawn or the word's own: what the hyphen limits count. */
export function endsInHyphen(opportunity: Opportunity): boolean {
  return opportunity.kind === 'hyphen' || opportunity.kind === 'explicit';
}

const SOFT_HYPHEN = '\u00ad';
/** Shortest word hyphenated, and the letters a hyphen leaves on each side (TeX's lefthyphenmin and righthyphenmin). */
const MIN_WORD = 6;
const MIN_BEFORE = 2;
const MIN_AFTER = 3;
/** Words that go on with a number to its unit: 8.1 billion yuan, 250,000 square metres. */
const SCALE = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'square', 'cubic']);
/** Figures, web and mail addresses: never broken inside. */
const UNSPLITTABLE = /\p{Nd}|[/@\\]|\.\p{L}/u;

const syllableCache = new Map<string, number[]>();

/** The syllable ends inside a lowercase word of `MIN_WORD` letters or more, by the en-US patterns. */
function syllableBreaks(word: string): number[] {
  const cached = syllableCache.get(word);
  if (cached) return cached;
  const offsets: number[] = [];
  let at = 0;
  for (const syllable of hyphen.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN).slice(0, -1)) {
    at += syllable.length;
    if (at >= MIN_BEFORE && word.length - at >= MIN_AFTER) offsets.push(at);
  }
  syllableCache.set(word, offsets);
  return offsets;
}

/**
 * Breaks inside one space-free token, as offsets in it. Names (any capital letter: the termbase's names, places,
 * acronyms), figures and addresses are never broken; lowercase words of six letters or more are hyphenated; a
 * compound breaks after its own hyphen, and any word after an em dash. A run too long to be a word is cut anywhere.
 */
function breaksInside(token: string): Opportunity[] {
  const result: Opportunity[] = [];
  const at = (offset: number, kind: Opportunity['kind']) => result.push({ at: offset, next: offset, kind });
  const pieces = cutLongRun(token);
  if (pieces.length > 1) {
    let offset = 0;
    for (const piece of pieces.slice(0, -1)) result.push({ at: (offset += piece.length), next: offset, kind: 'cut', run: { start: 0, end: token.length } });
    return result;
  }
  if (UNSPLITTABLE.test(token)) return [];
  for (const dash of token.matchAll(/—(?=\p{L})/gu)) at(dash.index + 1, 'dash');
  if (/\p{Lu}/u.test(token)) return result;
  for (const own of token.matchAll(/(?<=\p{L}{2})-(?=\p{L}{3})/gu)) at(own.index + 1, 'explicit');
  for (const word of token.matchAll(/\p{L}+/gu)) {
    if (word[0].length >= MIN_WORD) for (const offset of syllableBreaks(word[0])) at(word.index + offset, 'hyphen');
  }
  return result.sort((a, b) => a.at - b.at);
}

/** Words recur: their breaks are found once (the patterns take most of the time). */
const tokenCache = new Map<string, Opportunity[]>();

/** breaksInside for the token at `start` of the text. */
function tokenBreaks(token: string, start: number): Opportunity[] {
  let breaks = tokenCache.get(token);
  if (!breaks) tokenCache.set(token, (breaks = breaksInside(token)));
  return breaks.map((opportunity) => ({
    ...opportunity,
    at: start + opportunity.at,
    next: start + opportunity.next,
    run: opportunity.run && { start: start + opportunity.run.start, end: start + opportunity.run.end },
  }));
}

/**
 * The text with a no-break space wherever a line must not break between words: between a number and its unit
 * (`3.5 million yuan`: after a number, the lowercase word that follows stays, and a scale word such as `million` or
 * `square` keeps the next one), before a closing mark and after an opening one.
 */
export function tiedSpaces(text: string): string {
  const tokens = [...text.matchAll(/[^ ]+/g)];
  const chars = text.split('');
  let numberTail = false;
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (!next) return;
    const following = next[0];
    const tied = (/\p{Nd}[%‰]?$/u.test(token[0]) || (numberTail && SCALE.has(token[0]))) && /^\p{Ll}/u.test(following);
    numberTail = tied;
    if (!tied && !LATIN_NO_LINE_START.has(following[0]) && !LATIN_NO_LINE_END.has(token[0].at(-1)!)) return;
    for (let at = token.index + token[0].length; at < next.index; at += 1) chars[at] = '\u00a0';
  });
  return chars.join('');
}

/** Where a paragraph of English, its ties made (tiedSpaces), may break, in order: at every word space, and inside words (tokenBreaks). */
export function englishOpportunities(text: string): Opportunity[] {
  const tokens = [...text.matchAll(/[^ ]+/g)];
  const result: Opportunity[] = [];
  tokens.forEach((token, index) => {
    result.push(...tokenBreaks(token[0], token.index));
    const next = tokens[index + 1];
    if (next) result.push({ at: token.index + token[0].length, next: next.index, kind: 'space' });
  });
  return result;
}
