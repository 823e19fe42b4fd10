/**
 * clreq punctuation for Chinese text: half-width marks touching Chinese become full-width.
 * Numbers, ranges and Latin terms (18.18, 6.5%-7%, R&D, 5G, AI+) are left alone.
 */
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Han characters, CJK punctuation, full-width forms and the curly quotes and dashes Chinese text uses. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]/u;

export function isChinese(char: string | undefined): boolean {
  return char !== undefined && CHINESE.test(char);
}

function touchesChinese(chars: string[], index: number): boolean {
  return isChinese(chars[index - 1]) || isChinese(chars[index + 1]);
}

export function normaliseZh(text: string): string {
  const chars = Array.from(text);
  const open: number[] = [];
  const pairs = new Map<number, number>();
  chars.forEach((char, index) => {
    if (char === '(') open.push(index);
    if (char === ')' && open.length > 0) pairs.set(open.pop()!, index);
  });
  const convert = new Set<number>();
  for (const [start, end] of pairs) {
    const inside = chars.slice(start + 1, end);
    if (touchesChinese(chars, start) || touchesChinese(chars, end) || inside.some(isChinese)) {
      convert.add(start).add(end);
    }
  }
  const paired = new Set([...pairs.keys(), ...pairs.values()]);
  return chars
    .map((char, index) => {
      const full = FULL_WIDTH[char];
      if (full === undefined) return char;
      if (paired.has(index)) return convert.has(index) ? full : char;
      return touchesChinese(chars, index) ? full : char;
    })
    .join('');
}
