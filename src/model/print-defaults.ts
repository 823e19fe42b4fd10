import type { PrintSettings } from './types.ts';

export const POINTS_PER_MM = 72 / 25.4;
/** Trimmed page sizes in millimetres; 16K is the Chinese 16开 (185 × 260 mm). */
export const PAPER_SIZES: Record<string, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  '16K': { width: 185, height: 260 },
  B5: { width: 176, height: 250 },
  A5: { width: 148, height: 210 },
};
/** A4 in points as the editions have always been set (210 × 297 mm, rounded). */
export const A4_POINTS = { width: 595.28, height: 841.89 };
/** The A4 margins in points; on other paper they scale with the page width. */
export const A4_MARGINS = { top: 72, bottom: 68, inner: 70, outer: 52 };

/** The print settings without a settings file: the three editions on A4, no bleed, no booklet, the theme's colours (templates/theme.yaml, applied by the renderer). */
export function defaultPrintSettings(): PrintSettings {
  return {
    paper: { name: 'A4', ...A4_POINTS },
    margins: { ...A4_MARGINS },
    editions: ['bilingual', 'zh', 'en'],
    bleed: 0,
    booklet: false,
    colours: {},
    publisher: {},
  };
}
