import type { CodePiece, Piece } from './slots.ts';

/** Each opening quote mark and its closing one: Chinese and English double quotes, straight quotes, book-title marks. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '"': '"', '《': '》' };

const CLOSERS = new Set(Object.values(QUOTE_PAIRS));

type Token = { type: 'char'; value: string } | CodePiece;

type Open = { kind: 'code' } | { kind: 'quote'; mark: string; at: number };

/**
 * The index of the token an opening quote at `at` closes, for every quote pair that stands within one code level
 * (a quote never crosses a run-in head or a figure mark). A mark with no partner stays text: the sources hold a few
 * (“最多跑一次，最好“一次都不跑” opens twice and closes once).
 */
function pairQuotes(tokens: Token[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: Open[] = [];
  /** The innermost open quote of this code level whose closing mark is `closer`, as an index into the stack. */
  const openFor = (closer: string): number => {
    for (let index = stack.length - 1; index >= 0; index -= 1) {
      const entry = stack[index];
      if (entry.kind === 'code') return -1;
      if (QUOTE_PAIRS[entry.mark] === closer) return index;
    }
    return -1;
  };
  tokens.forEach((token, at) => {
    if (token.type !== 'char') {
      if (token.type === 'start') stack.push({ kind: 'code' });
      else while (stack.length > 0 && stack.pop()!.kind !== 'code');
      return;
    }
    const { value } = token;
    const open = CLOSERS.has(value) ? openFor(value) : -1;
    if (open >= 0) {
      const entry = stack[open];
      if (entry.kind === 'quote') pairs.set(entry.at, at);
      stack.length = open;
    } else if (value in QUOTE_PAIRS) {
      stack.push({ kind: 'quote', mark: value, at });
    }
  });
  return pairs;
}

/** Pieces with every paired quote mark made an inline code (`q1`, `q2` … in reading order); the text is unchanged. */
export function codeQuotes(pieces: Piece[]): Piece[] {
  const tokens: Token[] = pieces.flatMap((piece): Token[] => (piece.type === 'text' ? Array.from(piece.value, (value) => ({ type: 'char' as const, value })) : [piece]));
  const pairs = pairQuotes(tokens);
  const closing = new Map<number, string>();
  const result: Piece[] = [];
  let quotes = 0;
  tokens.forEach((token, at) => {
    if (token.type !== 'char') return void result.push(token);
    const close = pairs.get(at);
    if (close !== undefined) {
      const code = `q${(quotes += 1)}`;
      closing.set(close, code);
      return void result.push({ type: 'start', code, kind: 'quote', markup: token.value });
    }
    const code = closing.get(at);
    if (code) return void result.push({ type: 'end', code, kind: 'quote', markup: token.value });
    const last = result[result.length - 1];
    if (last?.type === 'text') last.value += token.value;
    else result.push({ type: 'text', value: token.value });
  });
  return result;
}

/** The marks of each quote code of `pieces`, by id. */
function quoteMarks(pieces: Piece[]): Map<string, string> {
  const marks = new Map<string, string>();
  for (const piece of pieces) if (piece.type !== 'text' && piece.kind === 'quote') marks.set(piece.code, (marks.get(piece.code) ?? '') + piece.markup);
  return marks;
}

/**
 * The target's quote codes matched to the source's: the k-th pair of the target keeps the id of the k-th pair of the
 * source (`q3`) when both are written with the same marks; any other is a code of the target's own (`eq3`: English
 * quotes a slogan the Chinese does not, and writes 《…》 as “…”), which XLIFF lets a target add.
 */
export function matchQuotes(source: Piece[], target: Piece[]): Piece[] {
  const sourceMarks = quoteMarks(source);
  const targetMarks = quoteMarks(target);
  return target.map((piece) => {
    if (piece.type === 'text' || piece.kind !== 'quote' || sourceMarks.get(piece.code) === targetMarks.get(piece.code)) return piece;
    return { ...piece, code: `e${piece.code}` };
  });
}
