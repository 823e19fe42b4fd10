import { StyleSheet } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import { createContext, useContext } from 'react';
import type { Lang } from '../../model/types.ts';
import type { Theme } from '../../theme/load-theme.ts';
import { columnsFor } from './columns.ts';
import { families } from './fonts.ts';

export const headingFamily: Record<Lang, string[]> = { zh: families.headingZh, en: families.headingEn };

/** A closing mark set half-width in a face without `chws` (see halfWidthRuns). */
export const halfWidth: Style = { fontFeatureSettings: ['halt'] };

/** The print edition's styles from one build's theme (templates/theme.yaml). */
export function pdfStyles(theme: Theme) {
  const { print, colour } = theme;
  const enBody = print.body - 1;
  /** Text styles per language: Chinese with contextual half-width punctuation (clreq punctuation compression). */
  const text: Record<Lang, Style & { fontSize: number; fontFamily: string[] }> = {
    zh: { fontFamily: families.bodyZh, fontSize: print.body, lineHeight: print.lineHeight, fontFeatureSettings: ['chws'] },
    en: { fontFamily: families.bodyEn, fontSize: enBody, lineHeight: 1.45 },
  };
  /** The top of the running head line from the page's top edge, of the folio line from its bottom edge, in points, and their sizes. */
  const frame = { headTop: 28, headSize: print.small - 0.5, folioFromBottom: 46, folioSize: print.small };
  const styles = StyleSheet.create({
    page: { color: colour.ink, fontFamily: families.bodyZh, fontSize: print.body },
    /** The rule under the running head. */
    header: { position: 'absolute', top: frame.headTop, height: 18, borderBottomWidth: 0.5, borderBottomColor: colour.rule },
    /** A canvas over the whole page, for the running heads (the folios are stamped after assembly: folios.ts). */
    frame: { position: 'absolute', top: 0, left: 0, right: 0, bottom: 0 },
    row: { flexDirection: 'row', justifyContent: 'space-between' },
    paragraph: { marginBottom: 4, textAlign: 'justify' },
    salutation: { marginBottom: 4, textAlign: 'left' },
    runIn: { fontWeight: 700 },
    link: { color: colour.accentDark, textDecoration: 'none' },
    h1: { fontSize: print.h1, lineHeight: 1.4, fontWeight: 700, color: colour.accent, textAlign: 'left' },
    h1Block: { marginTop: 18, marginBottom: 12 },
    h2: { fontSize: print.h2, lineHeight: 1.45, fontWeight: 700, textAlign: 'left' },
    h2Block: { marginTop: 10, marginBottom: 6 },
    h3: { fontSize: print.body + 0.5, lineHeight: 1.6, fontWeight: 700, textAlign: 'left' },
    h3Block: { marginTop: 6, marginBottom: 3 },
    halfWidth,
    marker: { position: 'absolute', top: 0, left: 0, fontSize: 1, width: 1, height: 1 },
  });
  return {
    colour,
    print,
    text,
    /** Body text of `lang` in an edition: English is set a size smaller only beside the Chinese. */
    bodyText: (lang: Lang, columns: number): Style => (lang === 'en' && columns === 1 ? { ...text.en, fontSize: print.body, lineHeight: 1.5 } : text[lang]),
    /** A heading's minPresenceAhead: two Chinese body lines (paragraphs have orphans={2}); more leaves holes of several lines at page feet. */
    keepWithNext: Math.ceil(2 * print.body * print.lineHeight) + 4,
    headingFamily,
    frame,
    ...columnsFor(print.body),
    styles,
    /** A heading's text and block style by depth. */
    headings: {
      1: { text: styles.h1, block: styles.h1Block },
      2: { text: styles.h2, block: styles.h2Block },
      3: { text: styles.h3, block: styles.h3Block },
    },
  };
}

export type PdfStyles = ReturnType<typeof pdfStyles>;

const PdfStylesContext = createContext<PdfStyles | undefined>(undefined);

/** Gives every part of the document the styles of the build's theme, so none is fixed when a module loads. */
export const PdfStylesProvider = PdfStylesContext.Provider;

/** The styles of the build's theme, inside a PdfStylesProvider. */
export function usePdfStyles(): PdfStyles {
  const styles = useContext(PdfStylesContext);
  if (!styles) throw new Error('usePdfStyles outside a PdfStylesProvider');
  return styles;
}
