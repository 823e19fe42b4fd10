const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0]+(?=[${CJK}])`, 'gu');
/** Zero-width space, non-joiner, joiner, word joiner and byte-order mark: web pages leave them inside words. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

/** Trims indents (full-width spaces included) and collapses runs of spaces; a run holding a tab (a table's cell break) becomes one tab. */
export function trimLine(text: string): string {
  return text
    .replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '')
    .replace(/[ \u00a0\u3000]*\t[\s\u3000\u00a0]*/g, '\t')
    .replace(/[ \u00a0\u3000]{2,}/g, ' ');
}

/** The invisible format characters of a line, removed; `removed` names them (`U+200D`), empty when there were none. */
export function stripInvisible(text: string): { text: string; removed: string } {
  const found = text.match(INVISIBLE) ?? [];
  const removed = found.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return { text: found.length === 0 ? text : text.replace(INVISIBLE, ''), removed };
}

/** Body text: a space between two Chinese characters is a stray one from the web page. */
export function dropStraySpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}

/** Column (1-based) of the first character left after trimming the indent. */
export function indentColumn(raw: string): number {
  return raw.length - raw.replace(/^[\s\u3000\u00a0\ufeff\u200b-\u200d]+/, '').length + 1;
}
