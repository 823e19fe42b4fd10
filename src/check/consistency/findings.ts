import type { Corpus } from './corpus.ts';
import { type Occurrence, chineseUnits, englishNames, englishStems, quotedPhrases } from './units.ts';

/** An inconsistency: reported at `at` (English), naming `other`, the place it disagrees with. */
export interface Finding {
  at: Occurrence;
  other: Occurrence;
  reason: (other: string) => string;
}

/** A stem counts as a rendering of a unit when it is this many times more frequent in the unit's sentences than elsewhere. */
const MIN_LIFT = 5;
/** …and a dedicated one when at least half its sentences hold the unit. */
const DEDICATED = 0.5;
/** Word alignment that confirms a rendering: on the seed, true links score 0.3 to 0.8, chance pairs below 0.05. */
const MIN_ALIGNMENT = 0.1;
/** Two renderings must between them cover this share of the unit's sentences. */
const COVERAGE = 0.8;
/** Units of two characters are mostly general words (经济, 能力), which a translator may vary; terms are longer. */
const MIN_TERM_LENGTH = 3;

function hanLength(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

function sentencesOf(occurrences: Occurrence[]): Set<number> {
  return new Set(occurrences.map((occurrence) => occurrence.sentence));
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  return new Set([...a].filter((x) => b.has(x)));
}

function quote(text: string): string {
  return `“${text}”`;
}

/**
 * A Chinese unit rendered two ways: two English stems, each far more frequent in the unit's sentences than
 * elsewhere and used mostly there, aligned with the unit's words rather than with the rest of the sentence,
 * never together in one of its sentences, and between them covering its sentences.
 */
export function findSplitRenderings(corpus: Corpus): Finding[] {
  const units = chineseUnits(corpus);
  const stems = englishStems(corpus);
  const total = corpus.sentences.length;
  const unitSets = new Map([...units].map(([text, occurrences]) => [text, sentencesOf(occurrences)]));
  const stemSets = new Map([...stems].map(([stem, occurrences]) => [stem, sentencesOf(occurrences)]));
  // Only the stems of a unit's own sentences can render it.
  const stemsIn = new Map<number, string[]>();
  for (const [stem, stemSet] of stemSets) for (const sentence of stemSet) stemsIn.set(sentence, [...(stemsIn.get(sentence) ?? []), stem]);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const [unit, unitSet] of unitSets) {
    if (hanLength(unit) < MIN_TERM_LENGTH) continue;
    const candidates = [...new Set([...unitSet].flatMap((sentence) => stemsIn.get(sentence) ?? []))]
      .map((stem) => ({ stem, stemSet: stemSets.get(stem)!, shared: intersect(unitSet, stemSets.get(stem)!) }))
      .filter(({ stemSet, shared }) => shared.size >= 2 && shared.size / stemSet.size >= DEDICATED && shared.size / unitSet.size / (stemSet.size / total) >= MIN_LIFT)
      .filter(({ stem, shared }) => alignedShare(corpus, { unit, stem, sentences: shared }) >= DEDICATED);
    for (const main of candidates) {
      for (const second of candidates) {
        if (second === main || intersect(main.shared, second.shared).size > 0) continue;
        if (main.shared.size + second.shared.size < COVERAGE * unitSet.size) continue;
        const [major, minor] = main.shared.size >= second.shared.size ? [main, second] : [second, main];
        const key = [major.stem, minor.stem].sort().join('|');
        if (reported.has(key)) continue;
        reported.add(key);
        const first = stems.get(major.stem)!.find((occurrence) => major.shared.has(occurrence.sentence))!;
        for (const occurrence of stems.get(minor.stem)!.filter((candidate) => minor.shared.has(candidate.sentence))) {
          const word = wordAt(corpus, occurrence);
          const majorWord = wordAt(corpus, first);
          findings.push({
            at: occurrence,
            other: first,
            reason: (other) => `${quote(unit)} is rendered ${quote(word)} here but ${quote(majorWord)} at ${other} (${major.shared.size}×): use one rendering and add it to the termbase`,
          });
        }
      }
    }
  }
  return findings;
}

/** In how many of the sentences the stem's word aligns best with a word of the unit (rather than with another word of the sentence). */
function alignedShare(corpus: Corpus, options: { unit: string; stem: string; sentences: Set<number> }): number {
  let aligned = 0;
  for (const number of options.sentences) {
    const sentence = corpus.sentences[number];
    const word = sentence.en.find((candidate) => candidate.stem === options.stem);
    if (!word) continue;
    const best = sentence.zh.reduce((a, b) => (corpus.aligner.score(b.text, word.lower) > corpus.aligner.score(a.text, word.lower) ? b : a));
    if (options.unit.includes(best.text) && corpus.aligner.score(best.text, word.lower) >= MIN_ALIGNMENT) aligned += 1;
  }
  return aligned / options.sentences.size;
}

function wordAt(corpus: Corpus, occurrence: Occurrence): string {
  const sentence = corpus.sentences[occurrence.sentence];
  return sentence.en.find((word) => word.index === occurrence.index)?.text ?? '';
}

/**
 * One name written two ways: two English names with the same capitalised words in another order (People’s
 * Government of Zhongshan District), or two names that share a word found only in the sentences of one
 * Chinese unit of three characters or more, each with a word found in no other name (Oriental Venice,
 * Oriental Water Town).
 * A name inside a longer one is another thing (Liansuo Street, Block E of Liansuo Street).
 */
export function findVariantNames(corpus: Corpus): Finding[] {
  const names = englishNames(corpus);
  const units = [...chineseUnits(corpus)].map(([text, occurrences]) => ({ text, sentences: sentencesOf(occurrences) }));
  const wordSentences = new Map<string, Set<number>>();
  for (const name of names) for (const word of name.words) wordSentences.set(word, (wordSentences.get(word) ?? new Set()).add(name.sentence));
  const anchoredIn = (word: string): string | undefined => {
    const sentences = wordSentences.get(word)!;
    if (sentences.size < 2) return undefined;
    return units.find((unit) => hanLength(unit.text) >= MIN_TERM_LENGTH && unit.sentences.size === sentences.size && [...sentences].every((sentence) => unit.sentences.has(sentence)))?.text;
  };
  const onlyHere = (word: string): boolean => wordSentences.get(word)!.size === 1;
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const name of names) {
    for (const earlier of names) {
      if (earlier.sentence >= name.sentence) break;
      const [a, b] = [earlier.text.toLowerCase(), name.text.toLowerCase()];
      if (a.includes(b) || b.includes(a) || reported.has(`${a}|${b}`)) continue;
      const sameWords = [...earlier.words].sort().join(' ') === [...name.words].sort().join(' ');
      const distinctive = (own: string[], other: string[]): boolean => own.some((word) => !other.includes(word) && onlyHere(word));
      // English names end in their head noun: two names sharing only it are two things of one kind (Hongyan Alliance, Commercial Building Alliance).
      const shared = name.words.filter((word) => earlier.words.includes(word) && !(word === name.words.at(-1) && word === earlier.words.at(-1)));
      const anchor = distinctive(name.words, earlier.words) && distinctive(earlier.words, name.words) ? shared.map(anchoredIn).find(Boolean) : undefined;
      if (!sameWords && !anchor) continue;
      reported.add(`${a}|${b}`);
      findings.push({
        at: { sentence: name.sentence, index: name.index },
        other: { sentence: earlier.sentence, index: earlier.index },
        reason: (other) => `${anchor ? quote(anchor) : 'the same name'} is rendered ${quote(name.text)} here but ${quote(earlier.text)} at ${other}: use one rendering and add it to the termbase`,
      });
    }
  }
  return findings;
}

/** Each English quoted phrase with its Chinese quoted phrase: in order when both sides quote as often, else the one its words align with. */
function linkQuotes(corpus: Corpus): Array<{ zh: string; en: string; at: Occurrence }> {
  const links: Array<{ zh: string; en: string; at: Occurrence }> = [];
  corpus.sentences.forEach((sentence, number) => {
    const zhQuotes = quotedPhrases(sentence, 'zh');
    const enQuotes = quotedPhrases(sentence, 'en');
    if (zhQuotes.length === 0) return;
    enQuotes.forEach((enQuote, position) => {
      const at = { sentence: number, index: enQuote.index };
      if (zhQuotes.length === enQuotes.length) return links.push({ zh: zhQuotes[position].text, en: enQuote.text, at });
      const enWords = sentence.en.filter((word) => word.index >= enQuote.index && word.index < enQuote.index + enQuote.text.length);
      const scored = zhQuotes.map((zhQuote) => {
        const zhWords = sentence.zh.filter((token) => token.index >= zhQuote.index && token.index < zhQuote.index + zhQuote.text.length);
        const score = enWords.reduce((sum, word) => sum + Math.max(0, ...zhWords.map((token) => corpus.aligner.score(token.text, word.lower))), 0);
        return { zhQuote, score };
      });
      const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
      if (best.score / Math.max(1, enWords.length) >= MIN_ALIGNMENT) links.push({ zh: best.zhQuote.text, en: enQuote.text, at });
    });
  });
  return links;
}

/** Chinese phrases compare without punctuation: 青泥洼-天津街 and 青泥洼—天津街 are one name. */
function comparableZh(text: string): string {
  return text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

/** A quoted English phrase used for two Chinese quoted phrases, neither part of the other: readers take them for one thing. */
export function findSharedRenderings(corpus: Corpus): Finding[] {
  const findings: Finding[] = [];
  const firstFor = new Map<string, { zh: string; at: Occurrence }[]>();
  for (const link of linkQuotes(corpus)) {
    const key = link.en.toLowerCase();
    const seen = firstFor.get(key) ?? [];
    const zh = comparableZh(link.zh);
    const clash = seen.find((earlier) => !comparableZh(earlier.zh).includes(zh) && !zh.includes(comparableZh(earlier.zh)));
    if (clash) {
      findings.push({
        at: link.at,
        other: clash.at,
        reason: (other) => `${quote(link.en)} renders ${quote(link.zh)} here but ${quote(clash.zh)} at ${other}: give each its own rendering`,
      });
      continue;
    }
    if (!seen.some((earlier) => comparableZh(earlier.zh) === zh)) seen.push({ zh: link.zh, at: link.at });
    firstFor.set(key, seen);
  }
  return findings;
}
