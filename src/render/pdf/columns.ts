import type { Lang } from '../../model/types.ts';
import type { Edition, PageMargins } from './edition.ts';

/** The trimmed page in points (report-press.yaml's `paper`). */
export interface Paper {
  width: number;
  height: number;
}

/** Where a page's text goes: the paper and its margins. */
export interface PageArea {
  paper: Paper;
  margins: PageMargins;
}
/** Share of the text block the Chinese column takes at most beside the English one. */
const ZH_SHARE = 0.43;
/** Space between the Chinese and the English column. */
const GUTTER = 15;

/** The column widths of an edition whose Chinese body is set at `characterSize` points. */
export function columnsFor(characterSize: number) {
  /** The widest whole number of Chinese characters that fits: full lines are then set solid, with no stretch between characters. */
  const wholeCharacters = (width: number): number => Math.floor(width / characterSize) * characterSize;
  /**
   * The width of each language's column in points: side by side in the bilingual edition, the whole text block
   * otherwise; a Chinese column is always a whole number of characters wide (clreq: the line length is a multiple of
   * the character size).
   */
  const columnWidths = (edition: Edition, page: PageArea): Record<Lang, number> => {
    const block = page.paper.width - page.margins.inner - page.margins.outer;
    if (edition.langs.length === 1) return { zh: wholeCharacters(block), en: block };
    const zh = wholeCharacters(block * ZH_SHARE);
    return { zh, en: block - zh - GUTTER };
  };
  /** Columns of a row, as a style. */
  const columnStyle = (edition: Edition, page: PageArea, lang: Lang) => ({ width: columnWidths(edition, page)[lang] });
  return { columnWidths, columnStyle };
}
