import type * as fontkit from 'fontkit';
import {
  beginText,
  endText,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  type PDFDocument,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
} from '#pdf-lib';
import type { GlyphUse } from './merge-fonts.ts';

/** How a folio is set: the face and size, its colour (#rrggbb), and where it stands on the page as laid out. */
export interface FolioStyle {
  font: fontkit.Font;
  size: number;
  colour: string;
  /** The top of the folio line from the page's bottom edge, in points. */
  fromBottom: number;
  /** Where an even page's folio starts and an odd page's ends, from the left edge of the page as laid out (before mirrorEvenPages). */
  left: number;
  right: number;
}

/** A folio set: the page it goes on (1-based), its glyphs with the adjustment after each, and where its baseline starts. */
export interface Folio {
  page: number;
  glyphs: Array<{ id: number; codePoints: number[]; adjust: number }>;
  x: number;
  y: number;
}

/** As pdfkit writes its numbers, so a stamped folio stands where react-pdf drew one. */
const number = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The folios of `pages`, each set as react-pdf set text on a canvas (page-frame.tsx's drawText): shaped by fontkit,
 * right-aligned at the outer margin on odd pages and left-aligned at it on even ones (the inner margin before the
 * even pages are mirrored), the top of the line `fromBottom` above the page's foot.
 */
export function setFolios(pages: number[], style: FolioStyle): Folio[] {
  const { font, size } = style;
  const scale = 1000 / font.unitsPerEm;
  return pages.map((page) => {
    const run = font.layout(String(page));
    const glyphs = run.glyphs.map((glyph, index) => {
      const position = run.positions[index];
      // Digits of a Latin face are never placed off their advance; were one, the folio would be drawn wrong.
      if (position.xOffset || position.yOffset) throw new Error(`the folio ${page} needs glyph offsets in ${font.postscriptName}, which stamping does not set`);
      return { id: glyph.id, codePoints: glyph.codePoints, adjust: (position.xAdvance - glyph.advanceWidth) * scale };
    });
    const width = (run.advanceWidth / font.unitsPerEm) * size;
    const x = page % 2 === 1 ? style.right - width : style.left;
    return { page, glyphs, x: number(x), y: number(style.fromBottom - (font.ascent / font.unitsPerEm) * size) };
  });
}

/** The glyphs the folios draw, for the edition's merged subset of their face and its ToUnicode map. */
export function folioGlyphs(folios: Folio[]): GlyphUse {
  return new Map(folios.flatMap((folio) => folio.glyphs.map((glyph) => [glyph.id, glyph.codePoints] as const)));
}

const hex4 = (value: number) => value.toString(16).padStart(4, '0');

/** The name the folio's face has in each stamped page's font resources. */
const FOLIO_FONT = 'Folio';

/**
 * Stamps the folios on the assembled edition with `font`, the face's merged Type0 font: its character ids are glyph
 * ids (glyph-ids.ts), so a folio is written as the glyph ids of its digits, with pdfkit's adjustments for kerning.
 */
export function stampFolios(document: PDFDocument, folios: Folio[], options: { font: PDFRef; style: FolioStyle }): void {
  const { size, colour } = options.style;
  const value = Number.parseInt(colour.slice(1), 16);
  const [red, green, blue] = [16, 8, 0].map((shift) => ((value >> shift) & 255) / 255);
  const pages = document.getPages();
  for (const folio of folios) {
    const page = pages[folio.page - 1];
    page.node.normalizedEntries().Font.set(PDFName.of(FOLIO_FONT), options.font);
    const shown = document.context.obj([]);
    let run = '';
    for (const glyph of folio.glyphs) {
      run += hex4(glyph.id);
      if (glyph.adjust === 0) continue;
      shown.push(PDFHexString.of(run));
      shown.push(document.context.obj(number(-glyph.adjust)));
      run = '';
    }
    if (run !== '') shown.push(PDFHexString.of(run));
    page.pushOperators(
      pushGraphicsState(),
      setFillingRgbColor(red, green, blue),
      beginText(),
      setTextMatrix(1, 0, 0, 1, folio.x, folio.y),
      setFontAndSize(FOLIO_FONT, size),
      PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [shown]),
      endText(),
      popGraphicsState(),
    );
  }
}
