import { findEnNumbers, sameValue, type NumberMention } from '../model/quantity.ts';
import type { TermbaseEntry } from '../source/termbase.ts';
import type { SourceParagraph } from './source-paragraphs.ts';

/** The English words of a figure, where they stand in their paragraph's text. */
export interface EnglishValue {
  index: number;
  display: string;
}

const PERCENT_AFTER = /^\s*(?:%|per\s*cent|percent|percentage points?)/iu;
const RANGE_TAIL = /(?:[–—-]|\bto)\s*$/u;
const QUALIFIER_BEFORE = /(?:more than|over|nearly|almost|about|around|below|under|above|at least|up to|less than|no less than|no more than)\s+$/iu;
const AFTER_VALUE = /^(?:\s*(?:%|per\s*cent|percent))?(?:\s*[–—-]\s*\d+(?:\.\d+)?(?:\s*(?:%|per\s*cent|percent))?)?(?:\s+(?:yuan|US dollars|dollars|percentage points?))?/iu;

/** English numbers of a paragraph that can state a Chinese value: a percentage for a percentage, not the upper end of a range. */
function statingNumbers(text: string, offsets: number[], percent: boolean): NumberMention[] {
  return findEnNumbers(text).filter((mention) => {
    const isPercent = PERCENT_AFTER.test(text.slice(mention.index + mention.length));
    const markable = offsets[mention.index] >= 0 && offsets[mention.index + mention.length - 1] >= 0;
    return markable && isPercent === percent && !RANGE_TAIL.test(text.slice(0, mention.index));
  });
}

export type PartnerResult = { found: EnglishValue } | { found: undefined; reason: string };

/**
 * The English partner of the `nth` Chinese value of `value` in a paragraph: the English number of the same value
 * after scaling (18.18亿元 = 1.818 billion yuan, 1.1万 = 11,000). When the Chinese paragraph states the value
 * as often as the English one, the nth goes with the nth; otherwise only a single English match is taken.
 */
export function findEnglishPartner(paragraph: SourceParagraph, wanted: { value: number; percent: boolean; nth: number; count: number }): PartnerResult {
  const { text } = paragraph;
  const matches = statingNumbers(text, paragraph.offsets, wanted.percent).filter((mention) => sameValue(mention.value, wanted.value));
  const chosen = matches.length === wanted.count ? matches[wanted.nth] : matches.length === 1 ? matches[0] : undefined;
  if (!chosen) {
    return { found: undefined, reason: matches.length === 0 ? 'no English number of this value' : `${matches.length} English numbers of this value` };
  }
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(0, chosen.index));
  const start = qualifier ? qualifier.index : chosen.index;
  const afterNumber = chosen.index + chosen.length;
  const end = afterNumber + (AFTER_VALUE.exec(text.slice(afterNumber))?.[0].length ?? 0);
  const contiguous = paragraph.offsets.slice(start, end).every((offset, at) => offset === paragraph.offsets[start] + at);
  if (!contiguous) return { found: undefined, reason: 'the English number stands across Markdown markup' };
  return { found: { index: start, display: text.slice(start, end) } };
}

const LEADING =
  /^(?:and|while|with|which|including|of which|in addition|meanwhile|in|we|will|plan to|strive to|aim to|the|a|an|its|our|keep|kept|ensure|ensured|create|created|achieve|achieved|provide|provided|add|added|build|built|complete|completed|issue|issued|raise|raised|invest|invested|facilitating|facilitated|make|made|grant|granted|pay|paid|attract|attracted|implement|implemented|see|saw)\s+/iu;
const TRAILING =
  /\s+(?:reached|was|were|is|are|be|been|stood|at|totalled|totaled|amounted|to|rose|grew|increased|decreased|fell|dropped|declined|up|down|by|of|hit|exceeded|kept|remained|controlled|within|below|under|for|in|on|with|worth|a total|an increase|an average|average|annual|annually|cumulatively|reaching|totalling|amounting)$/iu;
const CLAUSE = /[,;:.()]|\s(?:and|while|whereas)\s/gu;
const BOUNDARY = /[,;:.()]|\s(?:and|while|whereas|to|for|by|through|with)\s/u;
const LABEL_WORDS = 8;

function stripped(clause: string): string[] {
  let text = clause.trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(TRAILING, '').replace(LEADING, '').trim();
  }
  return text.split(/\s+/u).filter(Boolean);
}

export interface LabelOptions {
  text: string;
  index: number;
  display: string;
  zhLabel: string;
  termbase: TermbaseEntry[];
}

/**
 * The English label of a figure: its termbase rendering, or the noun phrase around its value in the English
 * sentence — before it (General public budget revenue reached …), or after it (growth of 3% in …, 6,000 volunteers).
 * Empty when the sentence names nothing (…, up 10%).
 */
export function englishLabel(options: LabelOptions): string {
  const entry = options.termbase.find((term) => term.zh === options.zhLabel);
  if (entry) return entry.en;
  const before = options.text.slice(0, options.index);
  const boundaries = [...before.matchAll(CLAUSE)];
  const last = boundaries[boundaries.length - 1];
  const beforeWords = stripped(before.slice(last ? last.index + last[0].length : 0));
  const afterText = options.text.slice(options.index + options.display.length);
  const afterEnd = afterText.search(BOUNDARY);
  const afterWords = stripped(afterText.slice(0, afterEnd < 0 ? undefined : afterEnd)).slice(0, 6);
  let words = beforeWords;
  if (beforeWords.length === 1 && /^(?:growth|increase|rise|decrease|decline)$/iu.test(beforeWords[0]) && /^in$/iu.test(afterText.trim().split(/\s+/u)[0] ?? '')) {
    words = [beforeWords[0], 'in', ...afterWords];
  } else if (beforeWords.length < 2) {
    words = afterWords;
  }
  const label = words.slice(-LABEL_WORDS).join(' ').replaceAll('"', '”');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
