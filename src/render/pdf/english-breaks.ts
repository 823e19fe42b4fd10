import hyphen from 'hyphen/en-us/index.js';
import { cutLongRun } from '../../model/long-runs.ts';
import { LATIN_NO_LINE_END, LATIN_NO_LINE_START } from './break-words.ts';
import { readsAsPinyin } from './pinyin.ts';

/**
 * A place where a line of English may end: `at` is where the line's text ends, `next` where the next line's starts
 * (after the word space, or at once inside a word).
 */
export interface Opportunity {
  at: number;
  next: number;
  /**
   * `space` between words; `hyphen` inside a word, a hyphen drawn; `explicit` after a word's own hyphen; `figure`
   * after a compound's own hyphen before its figure (COVID-|19), and `address` inside a web or mail address, no
   * hyphen drawn: last resorts; `dash` after an em dash; `cut` inside a run too long to be a word (cutLongRun), no
   * hyphen drawn.
   */
  kind: 'space' | 'hyphen' | 'explicit' | 'figure' | 'address' | 'dash' | 'cut';
  /** For a cut: where its run starts and ends, so that it is used only when the run is wider than the line. */
  run?: { start: number; end: number };
}

/** The line ends in a hyphen, drawn or the word's own: what the hyphen limits count. */
export function endsInHyphen(opportunity: Opportunity): boolean {
  return opportunity.kind === 'hyphen' || opportunity.kind === 'explicit' || opportunity.kind === 'figure';
}

const SOFT_HYPHEN = '\u00ad';
const NBSP = '\u00a0';
/** Shortest word hyphenated, and the letters a hyphen leaves on each side (TeX's lefthyphenmin and righthyphenmin). */
const MIN_WORD = 6;
const MIN_BEFORE = 2;
const MIN_AFTER = 3;
/** Words that go on with a number to its unit: 8.1 billion yuan, 250,000 square metres. */
const SCALE = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'square', 'cubic']);
/** Abbreviations (e.g., Co.) and paths: never broken inside; web and mail addresses (ADDRESS) only at ADDRESS_BREAK. */
const UNSPLITTABLE = /[/@\\]|\.\p{L}/u;
const ADDRESS = /:\/\/|^www\.|@/u;
/**
 * Where an address may end a line, as the Chicago Manual breaks one, without a hyphen: after `//`, before a single
 * slash, after a dot between labels (a line never begins with a dot: LATIN_NO_LINE_START).
 */
const ADDRESS_BREAK = /(?<=\/\/)(?=[^/])|(?<=[^/:])(?=\/[^/])|(?<=\p{L}\.)(?=\p{L})/gu;
/** A compound's own hyphen after a word and before a figure (COVID-19, Line-5): the only break in a word with figures. */
const BEFORE_FIGURE = /(?<=\p{L}{2})-(?=\p{Nd})/gu;

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

/** A capitalised word hyphenated like any other: one capital, first, and not a Pinyin name (Zhongshan, Taoyuan). */
function hyphenatableCapital(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !readsAsPinyin(word);
}

/**
 * Breaks inside one word (no space of either kind), as offsets in it. Figures, addresses, acronyms and Pinyin names
 * are never hyphenated (a word with a figure breaks only after its own hyphen before the figure, so that the figure
 * keeps the unit after it: COVID-|19 epidemic, never 5-|year; an address only at ADDRESS_BREAK); other words of six
 * letters or more are hyphenated (a capitalised one too: the seed's 27-em column left lines of `Municipal Government`
 * at 2.45 times a word space without); a compound breaks after its own hyphen, and any word after an em dash. A run
 * too long to be a word is cut anywhere.
 */
function breaksInWord(token: string): Opportunity[] {
  const result: Opportunity[] = [];
  const at = (offset: number, kind: Opportunity['kind']) => result.push({ at: offset, next: offset, kind });
  const pieces = cutLongRun(token);
  let offset = 0;
  for (const piece of pieces.slice(0, -1)) result.push({ at: (offset += piece.length), next: offset, kind: 'cut', run: { start: 0, end: token.length } });
  if (ADDRESS.test(token)) {
    for (const place of token.matchAll(ADDRESS_BREAK)) at(place.index, 'address');
    return result.sort((a, b) => a.at - b.at);
  }
  if (pieces.length > 1) return result;
  if (UNSPLITTABLE.test(token)) return [];
  if (/\p{Nd}/u.test(token)) {
    for (const own of token.matchAll(BEFORE_FIGURE)) at(own.index + 1, 'figure');
    return result;
  }
  for (const dash of token.matchAll(/—(?=\p{L})/gu)) at(dash.index + 1, 'dash');
  const words = [...token.matchAll(/\p{L}+/gu)];
  if (words.some((word) => /\p{Lu}/u.test(word[0]) && !hyphenatableCapital(word[0]))) return result;
  for (const own of token.matchAll(/(?<=\p{L}{2})-(?=\p{L}{3})/gu)) at(own.index + 1, 'explicit');
  for (const word of words) {
    if (word[0].length >= MIN_WORD) for (const offset of syllableBreaks(word[0].toLowerCase())) at(word.index + offset, 'hyphen');
  }
  return result.sort((a, b) => a.at - b.at);
}

/**
 * Breaks inside one space-free token: in each of its words, a number tied to its unit by a no-break space
 * included (`27,000 households` may end a line as `27,000 house-`: the figure stays whole and on the unit's line).
 */
function breaksInside(token: string): Opportunity[] {
  const result: Opportunity[] = [];
  let offset = 0;
  for (const word of token.split(NBSP)) {
    result.push(...breaksInWord(word).map((opportunity) => shifted(opportunity, offset)));
    offset += word.length + 1;
  }
  return result;
}

function shifted(opportunity: Opportunity, by: number): Opportunity {
  return { ...opportunity, at: by + opportunity.at, next: by + opportunity.next, run: opportunity.run && { start: by + opportunity.run.start, end: by + opportunity.run.end } };
}

/** Words recur: their breaks are found once (the patterns take most of the time). */
const tokenCache = new Map<string, Opportunity[]>();

/** breaksInside for the token at `start` of the text. */
function tokenBreaks(token: string, start: number): Opportunity[] {
  let breaks = tokenCache.get(token);
  if (!breaks) tokenCache.set(token, (breaks = breaksInside(token)));
  return breaks.map((opportunity) => shifted(opportunity, start));
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

/**
 * Offsets of `text` inside the proper names of `names` (the termbase's capitalised renderings: Zhongshan District,
 * Fengqiao Experience), where no word is hyphenated.
 */
function insideNames(text: string, names: string[]): Set<number> {
  const plain = text.replaceAll(NBSP, ' ');
  const inside = new Set<number>();
  for (const name of names) {
    if (!/\p{Lu}/u.test(name)) continue;
    for (let at = plain.indexOf(name); at >= 0; at = plain.indexOf(name, at + 1)) {
      for (let offset = at + 1; offset < at + name.length; offset += 1) inside.add(offset);
    }
  }
  return inside;
}

/**
 * Where a paragraph of English, its ties made (tiedSpaces), may break, in order: at every word space, and inside
 * words (tokenBreaks) but never inside one of `names`, save the last resort after a name's own hyphen before its
 * figure (the termbase's COVID-19: no hyphen is added, the name is read whole).
 */
export function englishOpportunities(text: string, names: string[]): Opportunity[] {
  const tokens = [...text.matchAll(/[^ ]+/g)];
  const named = insideNames(text, names);
  const result: Opportunity[] = [];
  tokens.forEach((token, index) => {
    result.push(...tokenBreaks(token[0], token.index).filter((opportunity) => !endsInHyphen(opportunity) || opportunity.kind === 'figure' || !named.has(opportunity.at)));
    const next = tokens[index + 1];
    if (next) result.push({ at: token.index + token[0].length, next: next.index, kind: 'space' });
  });
  return result;
}
