import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { VFile } from 'vfile';
import { locateInBlock } from '../../check/locate.ts';
import { UserError } from '../../errors.ts';
import type { Lang, Report } from '../../model/types.ts';
import { collectTexts, type PrintedText } from './collect-texts.ts';
import { stackFiles } from './fonts.ts';

const opened = new Map<string, fontkit.Font>();

function openFont(file: string): fontkit.Font {
  let font = opened.get(file);
  if (!font) opened.set(file, (font = fontkit.openSync(file)));
  return font;
}

function stackFor(item: PrintedText): fontkit.Font[] {
  const key = item.role === 'heading' ? (item.lang === 'zh' ? 'headingZh' : 'headingEn') : item.lang === 'zh' ? 'bodyZh' : 'bodyEn';
  return stackFiles[key].map(openFont);
}

/** Characters that are layout, not glyphs: react-pdf draws nothing for them. */
const INVISIBLE = /[\s\u00ad\u200b-\u200d\ufeff]/u;

function describe(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} "${char}"`;
}

function place(item: PrintedText, index: number): string {
  if (!item.position) return item.origin;
  const { file, line, column } = item.position;
  try {
    const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') });
    const point = locateInBlock(vfile, item.position, item.text, index);
    return `${file}:${point.line}:${point.column}`;
  } catch {
    return `${file}:${line}:${column}`;
  }
}

/** The first character of the editions' text that no font of its stack can draw, as a UserError; react-pdf would drop it silently. */
export function checkCoverage(report: Report, langs: Lang[]): void {
  for (const lang of langs) {
    for (const item of collectTexts(report, lang)) {
      const fonts = stackFor(item);
      let index = 0;
      for (const char of item.text) {
        const codePoint = char.codePointAt(0)!;
        if (!INVISIBLE.test(char) && !fonts.some((font) => font.hasGlyphForCodePoint(codePoint))) {
          throw new UserError(`${place(item, index)}: no font of the print PDF has a glyph for ${describe(char)}; replace the character or add a font to src/theme/theme.ts`);
        }
        index += char.length;
      }
    }
  }
}
