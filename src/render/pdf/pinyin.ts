/**
 * Whether a word reads as Hanyu Pinyin written without tones (Zhongshan, Qingniwa, Taoyuan, Jinping): place and
 * person names of the genre, which a translation spells in Pinyin and print never hyphenates. Any run of syllables
 * made of an initial and a final counts; an English word that happens to parse (Banana) is merely never hyphenated.
 */
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|ü)';
/** A syllable without an initial begins with a, o or e (i, u and ü are written yi, wu and yu). */
const BARE = '(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)';
const SYLLABLE = `(?:${INITIAL}${FINAL}|${BARE})`;
const PINYIN = new RegExp(`^(?:${SYLLABLE}'?)+$`, 'iu');

export function readsAsPinyin(word: string): boolean {
  return PINYIN.test(word);
}
