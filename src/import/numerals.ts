const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number; NaN for anything else. */
export function chineseNumber(numeral: string): number {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(numeral);
  if (!match || numeral === '') return Number.NaN;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? DIGITS[tens] : Number.NaN;
  return (tens ? DIGITS[tens] : 1) * 10 + (units ? DIGITS[units] : 0);
}
