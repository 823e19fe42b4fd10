import PDFDocument from 'pdfkit';

type FontMethod = (this: unknown, src: unknown, family?: unknown, size?: unknown) => unknown;

const keys = new WeakMap<object, string>();
let named = 0;
let installed = false;

/**
 * react-pdf draws every run with `doc.font(fontkitFont, size)`. Given an object and no family name, pdfkit has no
 * cache key: it opens a new embedded font for each run and compares its name table, serialised as JSON, with the
 * fonts it already has (about 6 % of a bilingual build). Naming each fontkit font once gives pdfkit its cache key;
 * the embedded fonts, and so the PDF, stay the same.
 */
export function reuseEmbeddedFonts(): void {
  if (installed) return;
  installed = true;
  const prototype = PDFDocument.prototype as unknown as { font: FontMethod };
  const open = prototype.font;
  prototype.font = function (src, family, size) {
    if (typeof src !== 'object' || src === null || typeof family === 'string') return open.call(this, src, family, size);
    let key = keys.get(src);
    if (!key) keys.set(src, (key = `report-press-font-${(named += 1)}`));
    return open.call(this, src, key, typeof family === 'number' ? family : size);
  };
}
