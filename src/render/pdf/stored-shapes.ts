import type * as fontkit from 'fontkit';
import type { LineStore } from './line-store.ts';

type Layout = (string: string | fontkit.Glyph[], features?: unknown, script?: string, language?: string, direction?: string) => fontkit.GlyphRun;

/** A glyph run as stored: each glyph's id, code points and xAdvance, and its yAdvance, xOffset, yOffset flattened when any is not 0 (a third of the size). */
interface StoredRun {
  ids: number[];
  codePoints: number[][];
  advances: number[];
  offsets?: number[];
}

/** The store of the part being laid out: react-pdf shapes its text there. */
let active: LineStore | undefined;
const unstored = new WeakMap<fontkit.Font, Layout>();

function storedRun(run: fontkit.GlyphRun): StoredRun {
  return {
    ids: run.glyphs.map((glyph) => glyph.id),
    codePoints: run.glyphs.map((glyph) => glyph.codePoints),
    advances: run.positions.map((position) => position.xAdvance),
    ...(run.positions.some((position) => position.yAdvance !== 0 || position.xOffset !== 0 || position.yOffset !== 0) && {
      offsets: run.positions.flatMap((position) => [position.yAdvance, position.xOffset, position.yOffset]),
    }),
  };
}

/** A run as fontkit gives it, as far as react-pdf and pdfkit read it (glyphs, positions, advanceWidth), every object new: pdfkit scales positions in place. */
function glyphRun(font: fontkit.Font, stored: StoredRun): fontkit.GlyphRun {
  const glyphs = stored.ids.map((id, index) => font.getGlyph(id, [...stored.codePoints[index]]));
  const { advances, offsets } = stored;
  const positions = advances.map((xAdvance, index) => (offsets ? { xAdvance, yAdvance: offsets[3 * index], xOffset: offsets[3 * index + 1], yOffset: offsets[3 * index + 2] } : { xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  return {
    glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((width, position) => width + position.xAdvance, 0);
    },
  } as unknown as fontkit.GlyphRun;
}

/**
 * The face's shaping, while a part is laid out (withStoredShapes), is taken from the part's store or kept there, by
 * the face, the text and the features: react-pdf shapes each run of text again at every layout of its paragraph,
 * and was, after the paragraphs' lines were stored, the largest cost of laying out an edited part again (1.2 s of
 * a 7.1 s profile of a one-paragraph edit of the seed, 2,355 calls for 1,347 different runs; 0.14 s with the store).
 */
export function storeShapes(font: fontkit.Font): void {
  if (unstored.has(font)) return;
  const target = font as unknown as { layout: Layout };
  const layout = target.layout.bind(font);
  unstored.set(font, layout);
  target.layout = (string, given, script, language, direction) => {
    // fontkit adds its default features to an object it is given: react-pdf's, shared by every run of a style, would
    // then be keyed one way before the style's first run and another after.
    const features = Array.isArray(given) ? [...(given as unknown[])] : typeof given === 'object' && given !== null ? { ...given } : given;
    const store = active;
    if (!store || typeof string !== 'string') return layout(string, features, script, language, direction);
    const stored = store.settle(['shape', font.postscriptName, string, features ?? null, script ?? null, language ?? null, direction ?? null], () =>
      storedRun(layout(string, features, script, language, direction)),
    );
    return glyphRun(font, stored);
  };
}

/** Lays a part out (`layOut`) with its text shaped from `store`. */
export async function withStoredShapes<T>(store: LineStore | undefined, layOut: () => Promise<T>): Promise<T> {
  active = store;
  try {
    return await layOut();
  } finally {
    active = undefined;
  }
}

/**
 * Shaping for measures taken beside react-pdf's layout (english-lines.ts, chinese-lines.ts), never stored: they run
 * only for paragraphs whose lines are not stored, and keep their own caches, so what a part stored would depend on
 * what the process measured before.
 */
export function shapeUnstored(font: fontkit.Font, text: string, features?: unknown): fontkit.GlyphRun {
  return (unstored.get(font) ?? (font.layout.bind(font) as Layout))(text, features);
}
