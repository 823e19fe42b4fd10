import PDFDocument from 'pdfkit';
import type * as fontkit from 'fontkit';

/** The key under which a part's font dictionary lists the glyphs it drew: `[[glyphId, ...codePoints], …]` as JSON. */
export const GLYPHS_KEY = 'ReportPressGlyphs';

interface EmbeddedFont {
  font: fontkit.Font;
  subset?: { includeGlyph(id: number): number };
  unicode: Array<number[] | undefined>;
  widths: number[];
  dictionary: { data: object; end(): void };
  embed(): void;
  glyphIds?: true;
}

type FontMethod = (this: { _font?: EmbeddedFont }, ...args: unknown[]) => unknown;

let installed = false;

/**
 * Each part of an edition is laid out as a PDF of its own and the parts are then assembled (assemble-parts.ts).
 * pdfkit gives each PDF its own font subset, numbering the glyphs in the order drawn, so the parts' fonts could not be
 * merged and every part would embed its own (report.pdf 1.66 times its size). Here each text is written with the
 * face's own glyph ids as character ids, and a part's font dictionary only lists the glyphs it drew; the assembled
 * edition then embeds one subset per face (merge-fonts.ts). Part PDFs are therefore not readable on their own.
 */
export function writeGlyphIds(): void {
  if (installed) return;
  installed = true;
  const prototype = PDFDocument.prototype as unknown as { font: FontMethod };
  const open = prototype.font;
  prototype.font = function (...args) {
    const result = open.apply(this, args);
    const embedded = this._font;
    if (embedded?.subset && !embedded.glyphIds) {
      embedded.glyphIds = true;
      embedded.subset = { includeGlyph: (id) => id };
      embedded.unicode = [];
      embedded.widths = [];
      embedded.embed = function (this: EmbeddedFont) {
        // The glyphs drawn, by the indices of the array (sparse, as long as the largest glyph id: a Chinese face's run to
        // 65,000, and flatMap visited every hole of every part's faces, 0.07 s of a cold build of the three editions).
        const glyphs = Object.keys(this.unicode).flatMap((key) => {
          const codePoints = this.unicode[Number(key)];
          return codePoints ? [[Number(key), ...codePoints]] : [];
        });
        this.dictionary.data = { Type: 'Font', Subtype: 'Type0', BaseFont: this.font.postscriptName, [GLYPHS_KEY]: new String(JSON.stringify(glyphs)) };
        this.dictionary.end();
      };
    }
    return result;
  };
}

type GetGlyph = (id: number, codePoints?: number[]) => fontkit.Glyph;
const contextual = new WeakSet<object>();

/**
 * fontkit keeps one glyph object per glyph id, with the code points of its first request: a glyph first met in
 * another part (or the merged font's widths) would carry that part's code points, so what a part records for the
 * text layer would depend on what the process laid out before it. Each request then gets its own code points, the
 * glyph's metrics shared.
 */
export function glyphsByContext(font: fontkit.Font): void {
  if (contextual.has(font)) return;
  contextual.add(font);
  const target = font as unknown as { getGlyph: GetGlyph };
  const getGlyph = target.getGlyph.bind(font);
  target.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || (glyph.codePoints.length === codePoints.length && glyph.codePoints.every((value, index) => value === codePoints[index]))) return glyph;
    return Object.create(glyph, { codePoints: { value: codePoints } }) as fontkit.Glyph;
  };
}
