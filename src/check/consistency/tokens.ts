import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A word of a sentence and where it starts in its block's plain text. */
export interface Token {
  text: string;
  index: number;
  /** jieba's part of speech of a Chinese word (n noun, v verb, …); none for English. */
  tag?: string;
}

let jieba: Jieba | undefined;

/** jieba's own dictionary (not a list of ours); loaded on first use, about 0.3 s. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const WORD_ZH = /[\p{Script=Han}\p{L}\p{N}]/u;
const WORD_EN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The Chinese words of `text` (punctuation dropped), with their part of speech and their offsets from `start`. */
export function chineseTokens(text: string, start: number): Token[] {
  const tokens: Token[] = [];
  let offset = start;
  for (const { word, tag } of segmenter().tag(text, false)) {
    if (WORD_ZH.test(word)) tokens.push({ text: word, index: offset, tag });
    offset += word.length;
  }
  return tokens;
}

/** The English words of `text`, as written, with their offsets from `start`. */
export function englishTokens(text: string, start: number): Token[] {
  return Array.from(text.matchAll(WORD_EN), (match) => ({ text: match[0], index: start + match.index }));
}
