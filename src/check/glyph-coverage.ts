import type * as fontkit from 'fontkit';
import type { VFile } from 'vfile';
import { fail } from '../model/messages.ts';
import { printFontFiles } from '../theme/theme.ts';
import type { CheckRule } from './context.ts';
import { locateInBlock, locateInFile } from './locate.ts';
import { type PrintedText, collectTexts } from './printed-texts.ts';

type StackName = keyof typeof printFontFiles;

// The fonts are package files, not the user's: their character maps are read once per process (about 0.3 s for the
// five files, most of it reading 15 MB Noto fonts), then a lookup is a set membership.
const characterMaps = new Map<string, Set<number>>();

// fontkit is loaded only for a character the last check's answers do not hold: a check after an edit that brought
// no new character does without it (about 0.2 s of a fresh process's check, 2026-11-30).
async function characterMap(file: string): Promise<Set<number>> {
  let map = characterMaps.get(file);
  if (!map) {
    const { openSync } = await import('fontkit');
    characterMaps.set(file, (map = new Set((openSync(file) as fontkit.Font).characterSet)));
  }
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

interface PlacedText {
  item: PrintedText;
  file: VFile;
}

/** Adds to `known` (characters each stack draws) every character of `texts` that a font of its stack has, looking only those up that it lacks. */
async function learnCharacters(texts: PlacedText[], known: Map<StackName, Set<string>>): Promise<void> {
  const unknown = new Map<StackName, Set<string>>();
  for (const { item } of texts) {
    const stack = stackFor(item);
    for (const char of item.text) if (!INVISIBLE.test(char) && !known.get(stack)!.has(char)) unknown.set(stack, (unknown.get(stack) ?? new Set()).add(char));
  }
  for (const [stack, chars] of unknown) {
    for (const char of chars) {
      for (const file of printFontFiles[stack]) {
        if ((await characterMap(file)).has(char.codePointAt(0)!)) {
          known.get(stack)!.add(char);
          break;
        }
      }
    }
  }
}

/**
 * No tofu: a character that no font of its stack can draw is an error at its position, before anything is built
 * (react-pdf would drop it silently, Chromium would fall back to a system font).
 */
export const checkGlyphCoverage: CheckRule = async ({ report, files, labels, glyphs }) => {
  const texts = report.languages.flatMap((lang) =>
    collectTexts(report, lang, labels).flatMap((item): PlacedText[] => {
      const file = item.inDeck ? files.deck : files[lang];
      return file ? [{ item, file }] : [];
    }),
  );
  const known = new Map(Object.keys(printFontFiles).map((stack) => [stack as StackName, new Set(glyphs?.previous[stack] ?? '')]));
  await learnCharacters(texts, known);
  const reported = new Set<string>();
  const drawn = new Map<StackName, Set<string>>();
  for (const { item, file } of texts) {
    const stack = stackFor(item);
    let next = 0;
    for (const char of item.text) {
      const index = next;
      next += char.length;
      if (INVISIBLE.test(char)) continue;
      if (known.get(stack)!.has(char)) {
        drawn.set(stack, (drawn.get(stack) ?? new Set()).add(char));
        continue;
      }
      const place = item.inDeck ? locateInFile(file, char) : item.position ? locateInBlock(file, item.position, item.text, index) : { line: 1, column: 1 };
      const where = item.position || item.inDeck ? '' : ` in ${item.origin}`;
      const key = `${file.path}:${place.line}:${place.column}:${char}`;
      if (!reported.has(key)) fail(file, `no font has a glyph for ${describe(char)}${where}: replace the character or add a font to src/theme/theme.ts`, place, 'glyph-coverage');
      reported.add(key);
    }
  }
  if (glyphs) for (const [stack, chars] of drawn) glyphs.next[stack] = [...chars].sort().join('');
};
