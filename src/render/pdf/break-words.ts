import hyphen from 'hyphen/en-us/index.js';
import { cutLongRun } from '../../model/long-runs.ts';

/** Latin marks that may not start a line: stops, closing brackets and quotes. */
export const LATIN_NO_LINE_START = new Set(',.;:!?)]”’');
/** Latin marks that may not end a line: opening brackets and quotes. */
export const LATIN_NO_LINE_END = new Set('“‘([');
/** clreq: marks that may not start a line (closing brackets, quotes, pause and stop marks), Latin ones among Chinese included. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〉】〕〗…—%‰·・～', ...LATIN_NO_LINE_START]);
/** clreq: marks that may not end a line (opening brackets and quotes), Latin ones among Chinese included. */
const NO_LINE_END = new Set([...'（《「『“‘〈【〔〖', ...LATIN_NO_LINE_END]);
/** Pieces never split: Latin words and numbers, and the doubled dash and ellipsis. */
const UNBREAKABLE = /[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}.,:%'’/+\-·]*|——|……|./gsu;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;
const SOFT_HYPHEN = '\u00ad';

function breakAllowed(before: string, after: string): boolean {
  return !NO_LINE_END.has(before.at(-1) ?? '') && !NO_LINE_START.has(after[0]);
}

/** Words of Chinese text, by the dictionary of the runtime's ICU (Node ships it): 时期 and 企稳 stay whole. */
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Atoms of a text: a Latin or number run longer than LONG_RUN is cut into pieces, each an atom (check warns of it). */
function atomsOf(text: string): string[] {
  return (text.match(UNBREAKABLE) ?? []).flatMap(cutLongRun);
}

/** A Chinese word: a break point (an empty piece, so no hyphen is drawn) wherever clreq allows one. */
function breakChinese(word: string, atoms: string[] = atomsOf(word)): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const atom of atoms) {
    if (current !== '' && breakAllowed(current, atom)) {
      pieces.push(current, '');
      current = '';
    }
    current += atom;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

const cache = new Map<string, string[]>();

/** react-pdf's hyphenation callback: it receives space-separated words of either language, again on every relayout. */
export function breakWord(word: string): string[] {
  let pieces = cache.get(word);
  if (!pieces) cache.set(word, (pieces = splitWord(word)));
  return pieces;
}

/** Pieces of a long run joined by empty pieces: breaks without a hyphen drawn. */
function breakAnywhere(word: string): string[] {
  return cutLongRun(word).flatMap((piece, index) => (index === 0 ? [piece] : ['', piece]));
}

function splitWord(word: string): string[] {
  if (CJK.test(word)) return breakChinese(word);
  const pieces = breakAnywhere(word);
  if (pieces.length > 1) return pieces;
  // Acronyms and short words stay whole.
  if (!/\p{Ll}{2}/u.test(word) || word.length < 6) return [word];
  return hyphen.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
}

/** Table cells break Chinese where clreq allows and never hyphenate an English word: a column is as wide as its longest word. */
export function breakCellWord(word: string): string[] {
  return CJK.test(word) ? breakChinese(word) : [word];
}

/**
 * Headings break Chinese only between words (a title read as 时/期 or 涌/现 across lines reads badly, and a heading
 * has space to spare), within clreq's rules, and never hyphenate an English word.
 */
export function breakHeadingWord(word: string): string[] {
  if (!CJK.test(word)) return breakAnywhere(word);
  return breakChinese(word, [...words.segment(word)].map((segment) => segment.segment).flatMap(cutLongRun));
}

/** Marks that end a clause of a title: a break after one reads as a pause, not a cut. */
const CLAUSE_END = /(?<=[，；：])/u;

/**
 * The break callback of a heading set `capacity` em wide: when every clause fits on a line, a Chinese title breaks
 * only after its clauses (（一）精准施策战疫情，/交出大考高分答卷), else between words.
 */
export function headingBreaker(capacity: number): (word: string) => string[] {
  return (word) => {
    if (!CJK.test(word)) return breakAnywhere(word);
    const clauses = word.split(CLAUSE_END);
    if (clauses.length < 2 || clauses.some((clause) => [...clause].length > capacity)) return breakHeadingWord(word);
    return breakChinese(word, clauses);
  };
}

/**
 * Offsets in a Chinese paragraph `text` where clreq allows a line to end: between atoms (a Han character or mark,
 * a Latin word or number, —— or ……) where neither an opening mark would end the line nor a closing one start the
 * next; never before the last atom, so the last line is never one character.
 */
export function lineBreakOpportunities(text: string): number[] {
  const atoms = atomsOf(text);
  const offsets: number[] = [];
  let at = 0;
  atoms.forEach((atom, index) => {
    if (index > 0 && index < atoms.length - 1 && breakAllowed(atoms[index - 1], atom)) offsets.push(at);
    at += atom.length;
  });
  return offsets;
}

/**
 * The callback for one Chinese paragraph `text`, breaking only at `breaks` (offsets chosen by chooseLineBreaks):
 * a piece ends at each, and an empty piece after it is the break, so no hyphen is drawn. react-pdf calls it with
 * the paragraph's runs in order (a bold head, a term link, a change of script), once per layout of the paragraph:
 * a cursor finds where each run stands, and goes back to the start when a new layout begins.
 */
export function chosenBreaker(text: string, breaks: Set<number>): (word: string) => string[] {
  let cursor = 0;
  return (word) => {
    if (!text.startsWith(word, cursor)) cursor = text.startsWith(word) ? 0 : text.indexOf(word);
    if (cursor < 0) return [word];
    const start = cursor;
    cursor += word.length;
    const pieces: string[] = [];
    let from = start;
    for (let at = start + 1; at <= cursor; at += 1) {
      if (!breaks.has(at)) continue;
      pieces.push(text.slice(from, at), '');
      from = at;
    }
    if (from < cursor) pieces.push(text.slice(from, cursor));
    return pieces;
  };
}
