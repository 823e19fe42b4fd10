import { Font } from '@react-pdf/renderer';
import { fonts } from '../../theme/theme.ts';
import { breakWord } from './break-words.ts';
import { reuseEmbeddedFonts } from './reuse-fonts.ts';

/** Family stacks: the CJK font first for Chinese (full-width quotes and dashes), the Latin serif first for English. */
export const families = {
  bodyZh: [fonts.serifZh.family, fonts.serifEn.family],
  headingZh: [fonts.sansZh.family, fonts.serifEn.family],
  bodyEn: [fonts.serifEn.family, fonts.serifZh.family],
  headingEn: [fonts.serifEn.family, fonts.sansZh.family],
};

let registered = false;

/** Registers the theme's fonts and the line-breaking callback with react-pdf, once per process. */
export function registerFonts(): void {
  if (registered) return;
  registered = true;
  reuseEmbeddedFonts();
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
