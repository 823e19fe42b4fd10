import * as fontkit from 'fontkit';
import { fail } from '../model/messages.ts';
import { printFontFiles } from '../theme/theme.ts';
import type { CheckRule } from './context.ts';
import { locateInBlock, locateInFile } from './locate.ts';
import { type PrintedText, collectTexts } from './printed-texts.ts';

type StackName = keyof typeof printFontFiles;

// The fonts are package files, not the user's: their character maps are read once per process (about 0.3 s for the
// five files, most of it reading 15 MB Noto fonts), then a lookup is a set membership.
const characterMaps = new Map<string, Set<number>>();

function characterMap(file: string): Set<number> {
  let map = characterMaps.get(file);
  if (!map) characterMaps.set(file, (map = new Set((fontkit.openSync(file) as fontkit.Font).characterSet)));
  return map;
}

function stackFor(item: PrintedText): StackName {
  return item.role === 'heading' ? (item.lang === 'zh' ? 'headingZh' : 'headingEn') : item.lang === 'zh' ? 'bodyZh' : 'bodyEn';
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
export const checkGlyphCoverage: CheckRule = ({ report, files, labels, glyphs }) => {
  const reported = new Set<string>();
  const known = new Map<StackName, Set<string>>();
  const drawn = new Map<StackName, Set<string>>();
  const draws = (stack: StackName, char: string): boolean => {
    if (!known.has(stack)) known.set(stack, new Set(glyphs?.previous[stack] ?? ''));
    if (!drawn.has(stack)) drawn.set(stack, new Set());
    const yes = known.get(stack)!.has(char) || printFontFiles[stack].some((file) => characterMap(file).has(char.codePointAt(0)!));
    if (yes) drawn.get(stack)!.add(char);
    return yes;
  };
  for (const lang of report.languages) {
    for (const item of collectTexts(report, lang, labels)) {
      const file = item.inDeck ? files.deck : files[lang];
      if (!file) continue;
      const stack = stackFor(item);
      let index = 0;
      for (const char of item.text) {
        if (!INVISIBLE.test(char) && !draws(stack, char)) {
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
  if (glyphs) for (const [stack, chars] of drawn) glyphs.next[stack] = [...chars].sort().join('');
};
