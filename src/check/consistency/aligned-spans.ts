import type { Corpus, EnglishWord } from './corpus.ts';
import type { Finding } from './findings.ts';
import { type Occurrence, chineseUnits } from './units.ts';

/** An English word counts as translating a Chinese word of its sentence from this score on (chance pairs score below 0.05 on the seed). */
const MIN_LINK = 0.1;
/** Renderings that differ must each have a word this well aligned with the term… */
const MIN_DIFFERENCE = 0.15;
/** …and one of them a word aligned as strongly as a true link usually is (0.3 to 0.8 on the seed). */
const STRONG_DIFFERENCE = 0.3;
/** Words of one rendering may be this far apart (“Centre for Handling Public and Business Requests”). */
const MAX_GAP = 4;
/** Terms used more often than this are left to findSplitRenderings, whose statistics need each rendering twice. */
const MAX_OCCURRENCES = 4;
/** Han characters: shorter units are mostly general words (经济, 能力), which a translator may vary. */
const MIN_TERM_LENGTH = 3;
/** jieba parts of speech: a term ends in a noun (n…) or an abbreviation (j); one starting with a verb, preposition, particle, conjunction, adverb or pronoun is a fragment of a clause (提高城区, 为企业). */
const TERM_END = /^(n|j)/;
const FRAGMENT_START = /^(v|p|u|c|d|r)/;
const CLAUSE_BREAK = /[,.;:()“”]/;

/** For each English word of a sentence: the index of the Chinese word it translates best, if it scores MIN_LINK (worked out for the sentences asked about only). */
function linkWords(corpus: Corpus): (sentence: number) => Array<{ zh: number; score: number }> {
  const known = new Map<number, Array<{ zh: number; score: number }>>();
  return (number) => {
    if (!known.has(number)) {
      const sentence = corpus.sentences[number];
      known.set(
        number,
        sentence.en.map((word) => {
          let best = { zh: -1, score: 0 };
          sentence.zh.forEach((token, zh) => {
            const score = corpus.aligner.score(token.text, word.lower);
            if (score > best.score) best = { zh, score };
          });
          return best.score >= MIN_LINK ? best : { zh: -1, score: best.score };
        }),
      );
    }
    return known.get(number)!;
  };
}

/** The Chinese word an English word translates best anywhere in the report (asked of a few words only, so looked up when asked). */
function usualSources(corpus: Corpus): (english: string) => string {
  const sentencesOf = new Map<string, number[]>();
  corpus.sentences.forEach((sentence, number) => {
    for (const word of new Set(sentence.en.map((candidate) => candidate.lower))) sentencesOf.set(word, [...(sentencesOf.get(word) ?? []), number]);
  });
  const known = new Map<string, string>();
  return (english) => {
    if (!known.has(english)) {
      let best = { zh: '', score: -1 };
      for (const number of sentencesOf.get(english) ?? []) {
        for (const token of corpus.sentences[number].zh) {
          const score = corpus.aligner.score(token.text, english);
          if (score > best.score) best = { zh: token.text, score };
        }
      }
      known.set(english, best.zh);
    }
    return known.get(english)!;
  };
}

interface Rendering {
  occurrence: Occurrence;
  /** The English words from the first to the last aligned with the term. */
  words: EnglishWord[];
  /** Those aligned with the term, with their scores. */
  aligned: Array<EnglishWord & { score: number }>;
}

/**
 * Two renderings of one Chinese term, each rare: the term (three characters or more, ending in a noun, in at most
 * four sentences) has in two blocks runs of English words aligned with it, and each run holds a word that the other
 * block's sentence lacks and that translates the term best anywhere in the report (“more than 100 million” and
 * “100 million or more”; “Public and Business Requests” and “Enterprise Appeals”). The report's commonest words (in
 * a fifth of the sentences or more) and numbers do not count as a difference.
 */
export function findRareRenderings(corpus: Corpus): Finding[] {
  const links = linkWords(corpus);
  const usual = usualSources(corpus);
  const sentenceCount = new Map<string, number>();
  for (const sentence of corpus.sentences) for (const stem of new Set(sentence.en.map((word) => word.stem))) sentenceCount.set(stem, (sentenceCount.get(stem) ?? 0) + 1);
  const isFunctionWord = (word: EnglishWord): boolean => sentenceCount.get(word.stem)! >= corpus.sentences.length / 5;
  // A hyphenated word's parts count as present: “high-quality” holds “high”.
  const present = corpus.sentences.map((sentence) => new Set(sentence.en.flatMap((word) => [word.stem, ...word.lower.split('-')])));

  const renderingOf = (unit: string, occurrence: Occurrence): Rendering | undefined => {
    const sentence = corpus.sentences[occurrence.sentence];
    const start = sentence.zh.findIndex((token) => token.index === occurrence.index);
    let end = start;
    for (let text = ''; text.length < unit.length; end += 1) text += sentence.zh[end].text;
    const tokens = sentence.zh.slice(start, end);
    if (!TERM_END.test(tokens.at(-1)!.tag ?? '') || FRAGMENT_START.test(tokens[0].tag ?? '')) return undefined;
    const linked = links(occurrence.sentence).map((link) => link.zh >= start && link.zh < end);
    const runs: Array<{ from: number; to: number; count: number }> = [];
    linked.forEach((isLinked, i) => {
      if (!isLinked) return;
      const last = runs.at(-1);
      const gap = last && sentence.enText.slice(sentence.en[last.to].index + sentence.en[last.to].text.length, sentence.en[i].index);
      if (last && i - last.to <= MAX_GAP && !CLAUSE_BREAK.test(gap!)) Object.assign(last, { to: i, count: last.count + 1 });
      else runs.push({ from: i, to: i, count: 1 });
    });
    if (runs.length === 0) return undefined;
    const { from, to } = runs.reduce((a, b) => (b.count > a.count ? b : a));
    const aligned = sentence.en.flatMap((word, i) => (i >= from && i <= to && linked[i] ? [{ ...word, score: links(occurrence.sentence)[i].score }] : []));
    return { occurrence, words: sentence.en.slice(from, to + 1), aligned };
  };

  const findings: Finding[] = [];
  const reported = new Set<string>();
  // Longest terms first, so that a shorter term inside one already reported adds nothing.
  const units = [...chineseUnits(corpus)].filter(([unit, occurrences]) => (unit.match(/\p{Script=Han}/gu) ?? []).length >= MIN_TERM_LENGTH && occurrences.length <= MAX_OCCURRENCES).sort(([a], [b]) => b.length - a.length);
  for (const [unit, occurrences] of units) {
    const renderings = occurrences.map((occurrence) => renderingOf(unit, occurrence)).filter((rendering) => rendering !== undefined);
    const ownWord = (word: EnglishWord): boolean => {
      const source = usual(word.lower);
      return source.length >= 2 && unit.includes(source);
    };
    for (const [i, a] of renderings.entries()) {
      for (const b of renderings.slice(i + 1)) {
        if (corpus.sentences[a.occurrence.sentence].pair === corpus.sentences[b.occurrence.sentence].pair) continue;
        const key = `${a.occurrence.sentence}|${b.occurrence.sentence}`;
        if (reported.has(key)) continue;
        const differing = (own: Rendering, other: Rendering) => own.aligned.filter((word) => !present[other.occurrence.sentence].has(word.stem) && !/^\d/.test(word.stem) && !isFunctionWord(word));
        const onlyA = differing(a, b);
        const onlyB = differing(b, a);
        if (onlyA.length === 0 || onlyB.length === 0) continue;
        const top = (words: Array<{ score: number }>): number => Math.max(...words.map((word) => word.score));
        if (Math.min(top(onlyA), top(onlyB)) < MIN_DIFFERENCE || Math.max(top(onlyA), top(onlyB)) < STRONG_DIFFERENCE) continue;
        if (!onlyA.some(ownWord) || !onlyB.some(ownWord)) continue;
        reported.add(key);
        const phrase = (rendering: Rendering): string => {
          const sentence = corpus.sentences[rendering.occurrence.sentence];
          return sentence.enText.slice(rendering.words[0].index, rendering.words.at(-1)!.index + rendering.words.at(-1)!.text.length);
        };
        findings.push({
          at: { sentence: b.occurrence.sentence, index: b.words[0].index },
          other: { sentence: a.occurrence.sentence, index: a.words[0].index },
          reason: (other) => `“${unit}” is rendered “${phrase(b)}” here but “${phrase(a)}” at ${other}: use one rendering and add it to the termbase`,
        });
      }
    }
  }
  return findings;
}
