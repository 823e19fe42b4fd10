import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A word of a sentence and where it starts in its block's plain text. */
export interface Token {
  text: string;
  index: number;
}

let jieba: Jieba | undefined;

/** jieba's own dictionary (not a list of ours); loaded on first use, about 0.3 s. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const WORD_ZH = /[\p{Script=Han}\p{L}\p{N}]/u;
const WORD_EN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The Chinese words of `text` (punctuation dropped), with their offsets from `start`. */
export function chineseTokens(text: string, start: number): Token[] {
  const tokens: Token[] = [];
  let offset = start;
  for (const piece of segmenter().cut(text, false)) {
    if (WORD_ZH.test(piece)) tokens.push({ text: piece, index: offset });
    offset += piece.length;
  }
  return tokens;
}

/** The English words of `text`, as written, with their offsets from `start`. */
export function englishTokens(text: string, start: number): Token[] {
  return Array.from(text.matchAll(WORD_EN), (match) => ({ text: match[0], index: start + match.index }));
}
