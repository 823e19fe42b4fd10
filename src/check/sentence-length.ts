import { warn } from '../model/messages.ts';
import { type CheckRule, allTextPairs } from './context.ts';
import { locateInBlock } from './locate.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** An English sentence longer than `maxWords` is hard to read aloud and to follow: split it. */
export function checkSentenceLength(maxWords: number): CheckRule {
  return ({ report, files }) => {
    const file = files.en;
    if (!file) return;
    for (const { en } of allTextPairs(report)) {
      if (!en) continue;
      for (const { segment, index } of SENTENCES.segment(en.text)) {
        const words = segment.match(WORD)?.length ?? 0;
        if (words <= maxWords) continue;
        const start = index + (segment.length - segment.trimStart().length);
        warn(file, `this sentence is ${words} words long (more than ${maxWords}): split it`, locateInBlock(file, en.position, en.text, start), 'translation-sentence-length');
      }
    }
  };
}
