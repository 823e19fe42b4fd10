import { stemmer } from 'stemmer';
import type { TextPair } from '../context.ts';
import { alignSentences } from './sentences.ts';
import { type Token, chineseTokens, englishTokens } from './tokens.ts';
import { type WordAligner, trainAligner } from './word-alignment.ts';

/** An English word with its comparable forms. */
export interface EnglishWord extends Token {
  lower: string;
  stem: string;
}

/** One aligned sentence pair of a block pair, words aligned. */
export interface AlignedSentence {
  pair: TextPair;
  /** The block's plain texts, which the token indexes point into. */
  zhText: string;
  enText: string;
  zh: Token[];
  en: EnglishWord[];
}

export interface Corpus {
  sentences: AlignedSentence[];
  aligner: WordAligner;
}

/** Splits every paired text into aligned sentences and trains the word aligner on them. */
export function buildCorpus(pairs: TextPair[]): Corpus {
  const sentences: AlignedSentence[] = [];
  for (const pair of pairs) {
    if (!pair.en) continue;
    for (const bead of alignSentences(pair.zh.text, pair.en.text)) {
      if (bead.zh.length === 0 || bead.en.length === 0) continue;
      const zh = bead.zh.flatMap((sentence) => chineseTokens(sentence.text, sentence.index));
      const en = bead.en.flatMap((sentence) => englishTokens(sentence.text, sentence.index));
      sentences.push({
        pair,
        zhText: pair.zh.text,
        enText: pair.en.text,
        zh,
        en: en.map((token) => ({ ...token, lower: token.text.toLowerCase(), stem: stemmer(token.text.toLowerCase().replace(/[’']s$/, '')) })),
      });
    }
  }
  const aligner = trainAligner(sentences.map(({ zh, en }) => ({ zh: zh.map((token) => token.text), en: en.map((word) => word.lower) })));
  return { sentences, aligner };
}
