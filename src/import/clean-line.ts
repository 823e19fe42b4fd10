/** Web-page navigation and footer lines that are not report text. */
const JUNK = [
  /^(上一篇|下一篇)([:：].*)?$/,
  /^【?(打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享到?)】?$/,
  /^(【(打印|关闭|收藏|字体.*|返回顶部)】\s*)+$/,
  /^【?字[体号][:：]?\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?】?$/,
  /^(扫一扫|分享到)[:：]?.{0,20}$/,
  /^(当前位置|您的位置|你的位置|您现在的位置)[:：]/,
  /^首页\s*[>＞»›]/,
];

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[\\s\\u00a0]+(?=[${CJK}])`, 'gu');

/** Trims indents (full-width spaces included) and collapses runs of spaces; keeps every other character. */
export function trimLine(text: string): string {
  return text.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/g, '').replace(/[ \t\u00a0\u3000]{2,}/g, ' ');
}

/** Body text: a space between two Chinese characters is a stray one from the web page. */
export function dropStraySpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}

export function isJunk(text: string): boolean {
  return JUNK.some((pattern) => pattern.test(text));
}

/** Column (1-based) of the first character left after trimming the indent. */
export function indentColumn(raw: string): number {
  return raw.length - raw.replace(/^[\s\u3000\u00a0\ufeff]+/, '').length + 1;
}
