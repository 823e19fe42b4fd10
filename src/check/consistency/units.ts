import type { AlignedSentence, Corpus, EnglishWord } from './corpus.ts';

/** Where a Chinese unit or an English word stands: sentence number and index in the block's plain text. */
export interface Occurrence {
  sentence: number;
  index: number;
}

const HAN = /\p{Script=Han}/gu;
const LONGEST_UNIT = 3;

/**
 * Chinese units of the report: word n-grams (1 to 3 jieba words, two Han characters at least) found in two
 * sentences or more. Statistics, not a word list: a unit is a candidate term because it recurs.
 */
export function chineseUnits(corpus: Corpus): Map<string, Occurrence[]> {
  const units = new Map<string, Occurrence[]>();
  corpus.sentences.forEach((sentence, number) => {
    const seen = new Set<string>();
    for (let start = 0; start < sentence.zh.length; start += 1) {
      let text = '';
      for (let length = 1; length <= LONGEST_UNIT && start + length <= sentence.zh.length; length += 1) {
        text += sentence.zh[start + length - 1].text;
        if ((text.match(HAN) ?? []).length < 2 || seen.has(text)) continue;
        seen.add(text);
        units.set(text, [...(units.get(text) ?? []), { sentence: number, index: sentence.zh[start].index }]);
      }
    }
  });
  for (const [text, occurrences] of units) if (occurrences.length < 2) units.delete(text);
  return units;
}

/** The sentences each English stem occurs in, content words only: the stems in a fifth of all sentences or more are function words. */
export function englishStems(corpus: Corpus): Map<string, Occurrence[]> {
  const counts = new Map<string, Set<number>>();
  corpus.sentences.forEach((sentence, number) => {
    for (const word of sentence.en) counts.set(word.stem, (counts.get(word.stem) ?? new Set()).add(number));
  });
  const common = corpus.sentences.length / 5;
  const stems = new Map<string, Occurrence[]>();
  corpus.sentences.forEach((sentence, number) => {
    for (const word of sentence.en) {
      if (/^\d/.test(word.stem) || counts.get(word.stem)!.size >= common) continue;
      const list = stems.get(word.stem) ?? [];
      if (list.at(-1)?.sentence !== number) list.push({ sentence: number, index: word.index });
      stems.set(word.stem, list);
    }
  });
  return stems;
}

/** A run of capitalised English words, joined by short lower-case words (of, for, the; not “and”, which joins two names): a name. */
export interface NameSpan {
  sentence: number;
  index: number;
  text: string;
  /** Its capitalised words, lower-cased. */
  words: string[];
}

const CONNECTOR = /^(?!and$)[a-z]{1,3}$/;

function isCapitalised(word: EnglishWord): boolean {
  return /^\p{Lu}/u.test(word.text);
}

/** English names of two capitalised words or more; a sentence's first word counts only when the report never writes it in lower case. */
export function englishNames(corpus: Corpus): NameSpan[] {
  const lowerCase = new Set(corpus.sentences.flatMap((sentence) => sentence.en.filter((word) => !isCapitalised(word)).map((word) => word.lower)));
  const names: NameSpan[] = [];
  corpus.sentences.forEach((sentence: AlignedSentence, number) => {
    const words = sentence.en;
    let i = 0;
    while (i < words.length) {
      const first = words[i];
      const startsSentence = i === 0 || /[.!?;:]\s*$/.test(sentence.enText.slice(words[i - 1].index + words[i - 1].text.length, first.index));
      if (!isCapitalised(first) || (startsSentence && lowerCase.has(first.lower))) {
        i += 1;
        continue;
      }
      let end = i;
      for (let j = i + 1; j < words.length; j += 1) {
        const gap = sentence.enText.slice(words[j - 1].index + words[j - 1].text.length, words[j].index);
        if (/[,.;:()“”"]/.test(gap)) break;
        if (isCapitalised(words[j])) end = j;
        else if (!CONNECTOR.test(words[j].text)) break;
      }
      const capitalised = words.slice(i, end + 1).filter(isCapitalised);
      if (capitalised.length >= 2) {
        const last = words[end];
        names.push({ sentence: number, index: first.index, text: sentence.enText.slice(first.index, last.index + last.text.length), words: capitalised.map((word) => word.lower) });
      }
      i = end + 1;
    }
  });
  return names;
}

const QUOTED: Record<'zh' | 'en', RegExp> = { zh: /[“《]([^”》]+)[”》]/g, en: /“([^”]+)”/g };

/** Quoted phrases (“…”, and 《…》 in Chinese) of a sentence pair's side, with their index in the block text. */
export function quotedPhrases(sentence: AlignedSentence, lang: 'zh' | 'en'): Array<{ text: string; index: number }> {
  const words = lang === 'zh' ? sentence.zh : sentence.en;
  if (words.length === 0) return [];
  const text = lang === 'zh' ? sentence.zhText : sentence.enText;
  const from = words[0].index;
  const to = words.at(-1)!.index + words.at(-1)!.text.length;
  return Array.from(text.matchAll(QUOTED[lang]), (match) => ({ text: match[1], index: match.index + 1 })).filter((quote) => quote.index >= from && quote.index < to);
}
