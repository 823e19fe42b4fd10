import type { Lang } from '../../model/types.ts';
import type { Edition, PageMargins } from './edition.ts';

/** A4 width in points, the page size of every edition. */
const PAGE_WIDTH = 595.28;
/** Share of the text block the Chinese column takes beside the English one. */
const ZH_SHARE = 0.41;
const EN_SHARE = 0.55;

/** The width of each language's column in points: side by side in the bilingual edition, the whole text block otherwise. */
export function columnWidths(edition: Edition, margins: PageMargins): Record<Lang, number> {
  const block = PAGE_WIDTH - margins.inner - margins.outer;
  if (edition.langs.length === 1) return { zh: block, en: block };
  return { zh: block * ZH_SHARE, en: block * EN_SHARE };
}

/** Columns of a row, as a style. */
export function columnStyle(edition: Edition, margins: PageMargins, lang: Lang) {
  return { width: columnWidths(edition, margins)[lang] };
}
