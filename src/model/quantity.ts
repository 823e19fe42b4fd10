/**
 * Numbers as written in the two languages, resolved to plain values so that
 * 18.18亿元 and 1.818 billion yuan compare equal, and 1200余万元 and "more than 12 million yuan" too.
 */
export interface NumberMention {
  /** The digits as printed, e.g. 18.18 or 1,400. */
  digits: string;
  value: number;
  /** Start of the digits in the text. */
  index: number;
  /** Length of the whole mention, digits plus scale and approximation words. */
  length: number;
  approximate?: 'more-than' | 'nearly';
  /** Set for a Chinese month number (10月): an English month name also satisfies it. */
  month?: number;
}

const ZH_SCALE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };
const EN_SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };

const ZH_NUMBER = /(超过|超|近|约)?(\d+(?:\.\d+)?)(余|多)?(万亿|亿|万|千)?(余|多)?(月)?/g;
const EN_NUMBER = /(more than|over|nearly|almost|about)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(trillion|billion|million|thousand))?/gi;

function approximation(word: string | undefined): NumberMention['approximate'] {
  if (word === undefined) return undefined;
  return /^(近|约|nearly|almost|about)$/i.test(word) ? 'nearly' : 'more-than';
}

export function findZhNumbers(text: string): NumberMention[] {
  return Array.from(text.matchAll(ZH_NUMBER), (match) => {
    const [whole, before, digits, after1, scale, after2, month] = match;
    const value = Number(digits) * (scale ? ZH_SCALE[scale] : 1);
    const monthNumber = month && !scale && Number(digits) >= 1 && Number(digits) <= 12 ? Number(digits) : undefined;
    const lengthWithoutMonth = whole.length - (month ? 1 : 0);
    return {
      digits,
      value,
      index: match.index + (before?.length ?? 0),
      length: lengthWithoutMonth - (before?.length ?? 0),
      approximate: approximation(before ?? after1 ?? after2),
      month: monthNumber,
    };
  });
}

export function findEnNumbers(text: string): NumberMention[] {
  return Array.from(text.matchAll(EN_NUMBER), (match) => {
    const [whole, before, digits, scale] = match;
    const value = Number(digits.replaceAll(',', '')) * (scale ? EN_SCALE[scale.toLowerCase()] : 1);
    const start = match.index + whole.indexOf(digits);
    return { digits, value, index: start, length: match.index + whole.length - start, approximate: approximation(before) };
  });
}

/** One to nine, which English prose spells out (“three new parks”), with their ordinals (“the third”). */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_NUMBER_WORD = new RegExp(`\\b(${[...NUMBER_WORDS, ...ORDINAL_WORDS].join('|')})\\b`, 'gi');

/** English number words one to nine (and first to ninth) as numbers, so that “three” states the Chinese 3. */
export function findEnNumberWords(text: string): NumberMention[] {
  return Array.from(text.matchAll(EN_NUMBER_WORD), (match) => {
    const word = match[0].toLowerCase();
    const value = (NUMBER_WORDS.includes(word) ? NUMBER_WORDS.indexOf(word) : ORDINAL_WORDS.indexOf(word)) + 1;
    return { digits: match[0], value, index: match.index, length: match[0].length };
  });
}

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(a) * 1e-9;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Does the English text state this Chinese number (after scaling, or as a month name)? */
export function englishStates(mention: NumberMention, english: NumberMention[], englishText: string): boolean {
  if (english.some((candidate) => sameValue(candidate.value, mention.value))) return true;
  return mention.month !== undefined && englishText.toLowerCase().includes(MONTHS[mention.month - 1]);
}
