import type { Corpus } from './corpus.ts';
import type { Finding } from './findings.ts';

/** An English word translates a Chinese word of its sentence from this score on (chance pairs score below 0.05 on the seed). */
const MIN_LINK = 0.1;

/**
 * One Chinese word rendered two ways between the same English words: “provincial model pedestrian blocks” and
 * “provincial demonstration pedestrian block”, both for 省级示范步行街区. Two blocks whose English has the same
 * content words around a different one, where one of the two differing words translates a Chinese word both
 * blocks hold and the other translates nothing the other block lacks (else they are two things of one kind:
 * green development, innovative development). Found even when each rendering occurs once, and when one of them
 * also renders another term (“model” for 模式), which word counts cannot tell.
 */
export function findFrameVariants(corpus: Corpus): Finding[] {
  const sentenceCount = new Map<string, number>();
  for (const sentence of corpus.sentences) for (const stem of new Set(sentence.en.map((word) => word.stem))) sentenceCount.set(stem, (sentenceCount.get(stem) ?? 0) + 1);
  // Function words (in a fifth of the sentences or more) and numbers make no frame.
  const isContent = (stem: string): boolean => sentenceCount.get(stem)! < corpus.sentences.length / 5 && !/^\d/.test(stem);
  const chinese = corpus.sentences.map((sentence) => new Set(sentence.zh.map((token) => token.text)));
  const english = corpus.sentences.map((sentence) => new Set(sentence.en.map((word) => word.stem)));
  const source = (sentence: number, word: number): string => {
    const { zh, en } = corpus.sentences[sentence];
    let best = { text: '', score: MIN_LINK };
    for (const token of zh) {
      const score = corpus.aligner.score(token.text, en[word].lower);
      if (score >= best.score) best = { text: token.text, score };
    }
    return best.text;
  };

  const frames = new Map<string, Array<{ sentence: number; word: number }>>();
  corpus.sentences.forEach(({ en }, sentence) => {
    for (let word = 1; word + 1 < en.length; word += 1) {
      if (![en[word - 1], en[word], en[word + 1]].every((candidate) => isContent(candidate.stem))) continue;
      const key = `${en[word - 1].stem} ${en[word + 1].stem}`;
      frames.set(key, [...(frames.get(key) ?? []), { sentence, word }]);
    }
  });

  const findings: Finding[] = [];
  for (const slots of frames.values()) {
    for (const [i, a] of slots.entries()) {
      for (const b of slots.slice(i + 1)) {
        if (corpus.sentences[a.sentence].pair === corpus.sentences[b.sentence].pair) continue;
        const wordA = corpus.sentences[a.sentence].en[a.word];
        const wordB = corpus.sentences[b.sentence].en[b.word];
        if (english[b.sentence].has(wordA.stem) || english[a.sentence].has(wordB.stem)) continue;
        const [sourceA, sourceB] = [source(a.sentence, a.word), source(b.sentence, b.word)];
        const sharedTerm = (term: string, otherTerm: string): boolean =>
          term.length >= 2 && chinese[a.sentence].has(term) && chinese[b.sentence].has(term) && (otherTerm === '' || (chinese[a.sentence].has(otherTerm) && chinese[b.sentence].has(otherTerm)));
        const term = sharedTerm(sourceB, sourceA) ? sourceB : sharedTerm(sourceA, sourceB) ? sourceA : undefined;
        if (!term) continue;
        findings.push({
          at: { sentence: b.sentence, index: wordB.index },
          other: { sentence: a.sentence, index: wordA.index },
          reason: (other) => `“${term}” is rendered “${wordB.text}” here but “${wordA.text}” at ${other}, between the same words: use one rendering and add it to the termbase`,
        });
      }
    }
  }
  return findings;
}
