import hyphen from 'hyphen/en-us';

/** clreq: marks that may not start a line (closing brackets, quotes, pause and stop marks). */
const NO_LINE_START = new Set('，。、；：？！）》」』”’〉】〕〗…—%‰·・～'.split(''));
/** clreq: marks that may not end a line (opening brackets and quotes). */
const NO_LINE_END = new Set('（《「『“‘〈【〔〖'.split(''));
/** Pieces never split: Latin words and numbers, and the doubled dash and ellipsis. */
const UNBREAKABLE = /[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}.,:%'’/+\-·]*|——|……|./gsu;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;
const SOFT_HYPHEN = '\u00ad';

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

function breakAllowed(before: string, after: string): boolean {
  return !NO_LINE_END.has(before.at(-1) ?? '') && !NO_LINE_START.has(after[0]);
}

/** Words of Chinese text, by the dictionary of the runtime's ICU (Node ships it): 时期 and 企稳 stay whole. */
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** A Chinese word: a break point (an empty piece, so no hyphen is drawn) wherever clreq allows one. */
function breakChinese(word: string, options: { keepLastTwo: boolean; atoms?: string[] }): string[] {
  const atoms = options.atoms ?? word.match(UNBREAKABLE) ?? [];
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
  if (options.keepLastTwo && pieces.length >= 3) pieces.splice(-3, 3, pieces.at(-3)! + pieces.at(-1)!);
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
  if (CJK.test(word)) return breakChinese(word, { keepLastTwo: false });
  // Acronyms and short words stay whole.
  if (!/\p{Ll}{2}/u.test(word) || word.length < 6) return [word];
  return hyphen.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
}

/**
 * Headings break Chinese only between words (a title read as 时/期 or 涌/现 across lines reads badly, and a heading
 * has space to spare), within clreq's rules, and never hyphenate an English word.
 */
export function breakHeadingWord(word: string): string[] {
  if (!CJK.test(word)) return [word];
  return breakChinese(word, { keepLastTwo: false, atoms: [...words.segment(word)].map((segment) => segment.segment) });
}

/** Marks that end a clause of a title: a break after one reads as a pause, not a cut. */
const CLAUSE_END = /(?<=[，；：])/u;

/**
 * The break callback of a heading set `capacity` em wide: when every clause fits on a line, a Chinese title breaks
 * only after its clauses (（一）精准施策战疫情，/交出大考高分答卷), else between words.
 */
export function headingBreaker(capacity: number): (word: string) => string[] {
  return (word) => {
    if (!CJK.test(word)) return [word];
    const clauses = word.split(CLAUSE_END);
    if (clauses.length < 2 || clauses.some((clause) => [...clause].length > capacity)) return breakHeadingWord(word);
    return breakChinese(word, { keepLastTwo: false, atoms: clauses });
  };
}

/** Whether a line may break after every occurrence of `word` in `text`: never at its end, after an opening mark, before a closing one or inside a number or Latin word. */
function breakAfterEverywhere(text: string, word: string): boolean {
  let at = text.indexOf(word);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(word, at + 1)) {
    const next = text[at + word.length];
    if (next === undefined || !breakAllowed(word, next)) return false;
    if (LATIN_OR_DIGIT.test(word.at(-1)!) && LATIN_OR_DIGIT.test(next)) return false;
  }
  return true;
}

/**
 * The callback for one Chinese paragraph `text`. react-pdf calls it once per run (a bold head, a term link, a
 * change of script such as Han to Latin), so it keeps the last two characters together only at the paragraph's
 * end, and lets a line break where one run meets the next when clreq allows it (else react-pdf would only break
 * there with a hyphen, and the loose line before it would take the slack).
 */
export function paragraphBreaker(text: string): (word: string) => string[] {
  const cache = new Map<string, string[]>();
  return (word) => {
    let pieces = cache.get(word);
    if (pieces) return pieces;
    pieces = CJK.test(word) ? breakChinese(word, { keepLastTwo: text.endsWith(word) }) : [word];
    if (breakAfterEverywhere(text, word)) pieces = [...pieces, ''];
    cache.set(word, pieces);
    return pieces;
  };
}
