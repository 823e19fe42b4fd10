import { createRequire } from 'node:module';
import { UserError } from '../errors.ts';

const require = createRequire(import.meta.url);

function fontFile(specifier: string): string {
  try {
    return require.resolve(specifier);
  } catch {
    const packageName = specifier.split('/').slice(0, 2).join('/');
    throw new UserError(`font package ${packageName} is missing: run \`npm ci\` (or \`make\`, which installs it)`);
  }
}

/** The fonts every output uses; all installed by `npm ci` as packages, none from the system. */
export const fonts = {
  serifZh: { family: 'Noto Serif SC', regular: fontFile('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'), bold: fontFile('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf') },
  sansZh: { family: 'Noto Sans SC', regular: fontFile('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'), bold: fontFile('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf') },
  serifEn: {
    family: 'Source Serif 4',
    regular: fontFile('@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf'),
    bold: fontFile('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf'),
    italic: fontFile('@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf'),
  },
} as const;

/** The font files the print PDF sets each kind of text in, CJK first for Chinese: what the glyph coverage check tests. */
export const printFontFiles = {
  bodyZh: [fonts.serifZh.regular, fonts.serifZh.bold, fonts.serifEn.regular],
  headingZh: [fonts.sansZh.bold, fonts.serifEn.bold],
  bodyEn: [fonts.serifEn.regular, fonts.serifEn.bold, fonts.serifZh.regular],
  headingEn: [fonts.serifEn.bold, fonts.sansZh.bold],
};
