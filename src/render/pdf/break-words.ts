import hyphen from 'hyphen/en-us';

/** clreq: marks that may not start a line (closing brackets, quotes, pause and stop marks). */
const NO_LINE_START = new Set('，。、；：？！）》」』”’〉】〕〗…—%‰·・～'.split(''));
/** clreq: marks that may not end a line (opening brackets and quotes). */
const NO_LINE_END = new Set('（《「『“‘〈【〔〖'.split(''));
/** Pieces never split: Latin words and numbers, and the doubled dash and ellipsis. */
const UNBREAKABLE = /[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}.,:%'’/+\-·]*|——|……|./gsu;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;
const SOFT_HYPHEN = '\u00ad';

function breakAllowed(before: string, after: string): boolean {
  return !NO_LINE_END.has(before.at(-1) ?? '') && !NO_LINE_START.has(after[0]);
}

/** A Chinese word: a break point (an empty piece, so no hyphen is drawn) wherever clreq allows one. */
function breakChinese(word: string): string[] {
  const atoms = word.match(UNBREAKABLE) ?? [];
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
  // Keep the last two pieces together, so a paragraph never ends on a line of one character.
  if (pieces.length >= 3) pieces.splice(-3, 3, pieces.at(-3)! + pieces.at(-1)!);
  return pieces;
}

const cache = new Map<string, string[]>();

/** react-pdf's hyphenation callback: it receives space-separated words of either language, again on every relayout. */
export function breakWord(word: string): string[] {
  let pieces = cache.get(word);
  if (!pieces) cache.set(word, (pieces = splitWord(word)));
  return pieces;
}

function splitWord(word: string): string[] {
  if (CJK.test(word)) return breakChinese(word);
  // Acronyms and short words stay whole.
  if (!/\p{Ll}{2}/u.test(word) || word.length < 6) return [word];
  return hyphen.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
}

/** Headings break Chinese as body text does but never hyphenate an English word. */
export function breakHeadingWord(word: string): string[] {
  return CJK.test(word) ? breakChinese(word) : [word];
}
