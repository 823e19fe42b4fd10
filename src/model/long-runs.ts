/**
 * A run of more characters than this without a space or a Han character is no word of either language (the longest
 * in the shipped report is 24, `dedicated-responsibility`): the print PDF breaks it anywhere rather than let it run
 * off the column, and `check` warns of it.
 */
export const LONG_RUN = 30;
/** The pieces a long run is cut into: 12 characters of the widest Latin letters at a heading's 16 pt fit any column. */
export const LONG_RUN_PIECE = 12;

const RUN = new RegExp(`[^\\s\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]{${LONG_RUN + 1},}`, 'gu');

/** Where `text` holds a long run: its offset and length. */
export function findLongRuns(text: string): Array<{ index: number; length: number }> {
  return Array.from(text.matchAll(RUN), (match) => ({ index: match.index, length: match[0].length }));
}

/** `word` cut into pieces of LONG_RUN_PIECE characters when it is a long run, else whole. */
export function cutLongRun(word: string): string[] {
  if ([...word].length <= LONG_RUN) return [word];
  return Array.from(word.matchAll(new RegExp(`.{1,${LONG_RUN_PIECE}}`, 'gsu')), (match) => match[0]);
}
