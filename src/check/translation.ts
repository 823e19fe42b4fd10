import { fail, warn } from '../model/messages.ts';
import { englishStates, findEnNumberWords, findEnNumbers, findZhNumbers } from '../model/quantity.ts';
import { type CheckRule, type TextPair, allTextPairs } from './context.ts';

/** English characters per Chinese character: 4.4 to 7.9 in a complete translation; below this a sentence is most likely lost. */
const MIN_LENGTH_RATIO = 2.5;
const HAN = /\p{Script=Han}+/gu;

function at(position: { file: string; line: number }): string {
  return `${position.file}:${position.line}`;
}

/** Quotes and case do not matter when looking for a termbase rendering. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ');
}

/** Every Arabic number of a Chinese block is stated, scaled (亿, 万) and qualified (余), in its English block: in figures, or one to nine in words. */
export const checkNumbers: CheckRule = ({ report, files }) => {
  for (const { zh, en } of allTextPairs(report)) {
    if (!en || !files.en) continue;
    const english = [...findEnNumbers(en.text), ...findEnNumberWords(en.text)];
    for (const mention of findZhNumbers(zh.text)) {
      if (englishStates(mention, english, en.text)) continue;
      const written = zh.text.slice(mention.index, mention.index + mention.length);
      const value = mention.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
      fail(files.en, `number ${written} (${value}) of ${at(zh.position)} is missing or different here`, en.position, 'translation-number');
    }
  }
};

/** A termbase term in a Chinese block wants its one English rendering in the paired block. */
export const checkTerminology: CheckRule = ({ report, files, termbase }) => {
  const pairs: TextPair[] = allTextPairs(report);
  for (const { zh, en } of pairs) {
    if (!en || !files.en) continue;
    const english = comparable(en.text);
    for (const entry of termbase.terms) {
      if (zh.text.includes(entry.zh) && !english.includes(comparable(entry.en))) {
        warn(files.en, `termbase: “${entry.zh}” (${at(zh.position)}) should be rendered “${entry.en}”`, en.position, 'translation-term');
      }
    }
  }
  for (const term of report.glossary?.terms ?? []) {
    const { zh, en } = term.text;
    const entry = termbase.terms.find((candidate) => candidate.zh === zh.term);
    if (en && files.en && entry && comparable(entry.en) !== comparable(en.term)) {
      warn(files.en, `glossary term should read “${entry.en}” as in the termbase`, en.position, 'translation-term');
    }
  }
};

/** An English block far shorter than its Chinese block has probably lost something. */
export const checkLength: CheckRule = ({ report, files }) => {
  for (const { zh, en } of allTextPairs(report)) {
    if (!en || !files.en) continue;
    const hanCount = (zh.text.match(HAN) ?? []).join('').length;
    if (hanCount < 20) continue;
    if (en.text.length < hanCount * MIN_LENGTH_RATIO) {
      warn(files.en, `this block is ${en.text.length} characters for ${hanCount} Chinese characters at ${at(zh.position)}: is something missing?`, en.position, 'translation-length');
    }
  }
};

/** No Chinese characters in the English source, but for names the termbase allows. */
export const checkUntranslated: CheckRule = ({ files, termbase }) => {
  const file = files.en;
  if (!file) return;
  String(file.value)
    .split('\n')
    .forEach((line, lineIndex) => {
      for (const match of line.matchAll(HAN)) {
        if (termbase.allowInEnglish.includes(match[0])) continue;
        fail(file, `untranslated Chinese “${match[0]}”`, { line: lineIndex + 1, column: match.index + 1 }, 'translation-untranslated');
      }
    });
};
