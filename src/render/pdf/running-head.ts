import type * as fontkit from 'fontkit';
import type { Lang } from '../../model/types.ts';

const ELLIPSIS = '…';
/** Words a shortened English title never ends on: it would read as cut mid-phrase ("… for the…"). */
const DANGLING = /^(a|an|and|at|by|during|for|from|in|of|on|or|the|to|with|[,;:–—-])$/i;
/** What a shortened Chinese title never ends on: a pause mark or an opening bracket or quote. */
const ZH_DANGLING = /[、，；：（《「『“‘]$/u;

/** The advance of `value` set in `font` at `fontSize` (with OpenType `features`), in points. */
export function textWidth(font: fontkit.Font, value: string, fontSize: number, features?: string[]): number {
  return (font.layout(value, features).advanceWidth / font.unitsPerEm) * fontSize;
}

/** The longest run of whole words (English) or characters (Chinese) that fits with an ellipsis, never ending on a dangling word. */
function shorten(value: string, lang: Lang, fits: (candidate: string) => boolean): string {
  const units = lang === 'zh' ? [...value] : value.split(' ');
  const join = (count: number) => units.slice(0, count).join(lang === 'zh' ? '' : ' ');
  let count = units.length - 1;
  while (count > 1 && !fits(join(count) + ELLIPSIS)) count -= 1;
  const dangling = (unit: string) => (lang === 'zh' ? ZH_DANGLING.test(unit) : DANGLING.test(unit));
  while (count > 1 && dangling(units[count - 1])) count -= 1;
  return join(count).replace(/[\s,;:]+$/u, '') + ELLIPSIS;
}

const fitted = new Map<string, string>();

/**
 * A running head that fits `width` points in `font` at `fontSize`: the title itself, or its beginning cut at a word
 * and marked with an ellipsis. Remembered: every page of a part asks for the same head.
 */
export function fitRunningHead(value: string, options: { lang: Lang; font: fontkit.Font; width: number; fontSize: number }): string {
  const { lang, font, width, fontSize } = options;
  const key = `${font.postscriptName} ${width} ${fontSize} ${value}`;
  let head = fitted.get(key);
  if (head === undefined) {
    // A point to spare, so that the head never reaches the edge of its column.
    const fits = (candidate: string) => textWidth(font, candidate, fontSize) <= width - 1;
    fitted.set(key, (head = fits(value) ? value : shorten(value, lang, fits)));
  }
  return head;
}
