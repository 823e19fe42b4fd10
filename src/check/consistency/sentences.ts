/** Sentence alignment of a Chinese block and its English partner: lengths and shared numbers, after Gale and Church (1993). */

/** A sentence (or clause) of a block: its text and where it starts in the block's plain text. */
export interface Sentence {
  text: string;
  index: number;
}

/** Sentences of one language aligned with sentences of the other (1–1, 1–2, 2–1, …, or one side empty). */
export interface SentencePair {
  zh: Sentence[];
  en: Sentence[];
}

/** Clause ends that both languages mark: the translator may split or join at any of them. */
const BREAKS: Record<'zh' | 'en', RegExp> = { zh: /[；;]/u, en: /;/u };

const SEGMENTERS = { zh: new Intl.Segmenter('zh', { granularity: 'sentence' }), en: new Intl.Segmenter('en', { granularity: 'sentence' }) };

/** Sentences of `text` (Intl.Segmenter), split further at semicolons, which translators often turn into full stops. */
export function splitSentences(text: string, lang: 'zh' | 'en'): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of SEGMENTERS[lang].segment(text)) {
    let start = 0;
    for (let i = 0; i < segment.length; i += 1) {
      if (!BREAKS[lang].test(segment[i])) continue;
      sentences.push({ text: segment.slice(start, i + 1), index: index + start });
      start = i + 1;
    }
    if (segment.slice(start).trim()) sentences.push({ text: segment.slice(start), index: index + start });
  }
  return sentences.filter((sentence) => sentence.text.trim() !== '');
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

function numbersOf(text: string): string[] {
  return Array.from(text.matchAll(NUMBER), (match) => match[0].replace(/,/g, ''));
}

/** The bead shapes tried, with their cost: a 1–1 bead is the usual case, an empty side is rare. */
const BEADS: Array<[number, number, number]> = [
  [1, 1, 0],
  [1, 2, 1],
  [2, 1, 1],
  [1, 3, 2.5],
  [3, 1, 2.5],
  [2, 2, 2],
  [1, 0, 4],
  [0, 1, 4],
];

/**
 * Aligns the sentences of a block pair by dynamic programming: a bead costs the squared log-ratio of its
 * lengths to the block's own ratio, less a bonus for each number both sides share.
 */
export function alignSentences(zhText: string, enText: string): SentencePair[] {
  const zh = splitSentences(zhText, 'zh');
  const en = splitSentences(enText, 'en');
  const zhLengths = zh.map((sentence) => sentence.text.trim().length);
  const enLengths = en.map((sentence) => sentence.text.trim().length);
  const zhNumbers = zh.map((sentence) => numbersOf(sentence.text));
  const enNumbers = en.map((sentence) => numbersOf(sentence.text));
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
  const ratio = (sum(enLengths) + 1) / (sum(zhLengths) + 1);
  const cost = (i: number, a: number, j: number, b: number): number => {
    const expected = sum(zhLengths.slice(i, i + a)) * ratio;
    const mismatch = Math.log((sum(enLengths.slice(j, j + b)) + ratio) / (expected + ratio)) ** 2;
    const zhSet = new Set(zhNumbers.slice(i, i + a).flat());
    const shared = enNumbers.slice(j, j + b).flat().filter((number) => zhSet.has(number)).length;
    return mismatch * 4 - shared;
  };
  const best: number[][] = Array.from({ length: zh.length + 1 }, () => Array<number>(en.length + 1).fill(Infinity));
  const back: Array<Array<[number, number] | undefined>> = Array.from({ length: zh.length + 1 }, () => Array(en.length + 1).fill(undefined));
  best[0][0] = 0;
  for (let i = 0; i <= zh.length; i += 1) {
    for (let j = 0; j <= en.length; j += 1) {
      if (best[i][j] === Infinity) continue;
      for (const [a, b, penalty] of BEADS) {
        if (i + a > zh.length || j + b > en.length) continue;
        const total = best[i][j] + penalty + cost(i, a, j, b);
        if (total < best[i + a][j + b]) {
          best[i + a][j + b] = total;
          back[i + a][j + b] = [a, b];
        }
      }
    }
  }
  const pairs: SentencePair[] = [];
  for (let i = zh.length, j = en.length; i > 0 || j > 0; ) {
    const [a, b] = back[i][j]!;
    pairs.unshift({ zh: zh.slice(i - a, i), en: en.slice(j - b, j) });
    i -= a;
    j -= b;
  }
  return pairs;
}
