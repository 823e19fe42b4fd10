import { Font } from '@react-pdf/renderer';
import type * as fontkit from 'fontkit';
import { fonts } from '../../theme/theme.ts';
import { breakWord } from './break-words.ts';
import { glyphsByContext, writeGlyphIds } from './glyph-ids.ts';
import { reuseEmbeddedFonts } from './reuse-fonts.ts';
import { storeShapes } from './stored-shapes.ts';

/** Family stacks: the CJK font first for Chinese (full-width quotes and dashes), the Latin serif first for English. */
export const families = {
  bodyZh: [fonts.serifZh.family, fonts.serifEn.family],
  headingZh: [fonts.sansZh.family, fonts.serifEn.family],
  bodyEn: [fonts.serifEn.family, fonts.serifZh.family],
  headingEn: [fonts.serifEn.family, fonts.sansZh.family],
};

let registered = false;

/** Registers the theme's fonts and the line-breaking callback with react-pdf, and wraps pdfkit's fonts, once per process. */
export function registerFonts(): void {
  if (registered) return;
  registered = true;
  reuseEmbeddedFonts();
  writeGlyphIds();
  for (const face of [fonts.serifZh, fonts.sansZh]) {
    Font.register({ family: face.family, fonts: [{ src: face.regular, fontWeight: 400 }, { src: face.bold, fontWeight: 700 }] });
  }
  Font.register({
    family: fonts.serifEn.family,
    fonts: [
      { src: fonts.serifEn.regular, fontWeight: 400 },
      { src: fonts.serifEn.bold, fontWeight: 700 },
      { src: fonts.serifEn.italic, fontWeight: 400, fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback(breakWord);
}

/**
 * Each family's regular and bold face, as react-pdf loads them, by family name: text measured or drawn outside
 * react-pdf's layout (see Paging, chinese-lines) uses the same font objects, so widths agree and pdfkit embeds one subset.
 * `byName`: every registered face, italic included, by PostScript name: the faces an assembled edition embeds (merge-fonts.ts).
 */
export interface Faces {
  regular: Record<string, fontkit.Font>;
  bold: Record<string, fontkit.Font>;
  byName: Map<string, fontkit.Font>;
}

export async function loadFaces(): Promise<Faces> {
  const faces: Faces = { regular: {}, bold: {}, byName: new Map() };
  const styles = [
    ...[fonts.serifZh.family, fonts.sansZh.family, fonts.serifEn.family].flatMap((fontFamily) => [400, 700].map((fontWeight) => ({ fontFamily, fontWeight, fontStyle: 'normal' as const }))),
    { fontFamily: fonts.serifEn.family, fontWeight: 400, fontStyle: 'italic' as const },
  ];
  for (const style of styles) {
    await Font.load(style);
    const font = Font.getFont(style).data as unknown as fontkit.Font;
    glyphsByContext(font);
    storeShapes(font);
    faces.byName.set(font.postscriptName, font);
    if (style.fontStyle === 'normal') faces[style.fontWeight === 700 ? 'bold' : 'regular'][style.fontFamily] = font;
  }
  return faces;
}
