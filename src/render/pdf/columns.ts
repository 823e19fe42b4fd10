import type { Lang } from '../../model/types.ts';
import { theme } from '../../theme/theme.ts';
import type { Edition, PageMargins } from './edition.ts';

/** A4 in points, the page size of every edition. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
/** Share of the text block the Chinese column takes at most beside the English one. */
const ZH_SHARE = 0.43;
/** Space between the Chinese and the English column. */
const GUTTER = 15;

/** The widest whole number of Chinese characters that fits: full lines are then set solid, with no stretch between characters. */
function wholeCharacters(width: number): number {
  return Math.floor(width / theme.print.body) * theme.print.body;
}

/**
 * The width of each language's column in points: side by side in the bilingual edition, the whole text block
 * otherwise; a Chinese column is always a whole number of characters wide (clreq: the line length is a multiple of
 * the character size).
 */
export function columnWidths(edition: Edition, margins: PageMargins): Record<Lang, number> {
  const block = PAGE_WIDTH - margins.inner - margins.outer;
  if (edition.langs.length === 1) return { zh: wholeCharacters(block), en: block };
  const zh = wholeCharacters(block * ZH_SHARE);
  return { zh, en: block - zh - GUTTER };
}

/** Columns of a row, as a style. */
export function columnStyle(edition: Edition, margins: PageMargins, lang: Lang) {
  return { width: columnWidths(edition, margins)[lang] };
}
