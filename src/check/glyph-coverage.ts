import * as fontkit from 'fontkit';
import { fail } from '../model/messages.ts';
import { printFontFiles } from '../theme/theme.ts';
import type { CheckRule } from './context.ts';
import { locateInBlock, locateInFile } from './locate.ts';
import { type PrintedText, collectTexts } from './printed-texts.ts';

const opened = new Map<string, fontkit.Font>();

function openFont(file: string): fontkit.Font {
  let font = opened.get(file);
  if (!font) opened.set(file, (font = fontkit.openSync(file) as fontkit.Font));
  return font;
}

function stackFor(item: PrintedText): fontkit.Font[] {
  const key = item.role === 'heading' ? (item.lang === 'zh' ? 'headingZh' : 'headingEn') : item.lang === 'zh' ? 'bodyZh' : 'bodyEn';
  return printFontFiles[key].map(openFont);
}

/** Characters that are layout, not glyphs: nothing is drawn for them. */
const INVISIBLE = /[\s\u00ad\u200b-\u200d\ufeff]/u;

function describe(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} "${char}"`;
}

/**
 * No tofu: a character that no font of its stack can draw is an error at its position, before anything is built
 * (react-pdf would drop it silently, Chromium would fall back to a system font).
 */
export const checkGlyphCoverage: CheckRule = ({ report, files, labels }) => {
  const reported = new Set<string>();
  for (const lang of report.languages) {
    for (const item of collectTexts(report, lang, labels)) {
      const file = item.inDeck ? files.deck : files[lang];
      if (!file) continue;
      const fonts = stackFor(item);
      let index = 0;
      for (const char of item.text) {
        const codePoint = char.codePointAt(0)!;
        if (!INVISIBLE.test(char) && !fonts.some((font) => font.hasGlyphForCodePoint(codePoint))) {
          const place = item.inDeck ? locateInFile(file, char) : item.position ? locateInBlock(file, item.position, item.text, index) : { line: 1, column: 1 };
          const where = item.position || item.inDeck ? '' : ` in ${item.origin}`;
          const key = `${file.path}:${place.line}:${place.column}:${char}`;
          if (!reported.has(key)) fail(file, `no font has a glyph for ${describe(char)}${where}: replace the character or add a font to src/theme/theme.ts`, place, 'glyph-coverage');
          reported.add(key);
        }
        index += char.length;
      }
    }
  }
};
