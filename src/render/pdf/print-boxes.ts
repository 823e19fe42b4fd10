import { cmyk, type PDFDocument, type PDFPage, rgb } from '#pdf-lib';

/** Crop marks stand this far outside the bleed, in points, so the cut never shows them; and are this long. */
const MARK_OFFSET = 3;
const MARK_LENGTH = 12;
/** Hairline crop marks in registration colour (every ink), as a print shop expects. */
const MARK = { thickness: 0.25, color: cmyk(1, 1, 1, 1) };
/** Height of the cover's colour band, in points, from the trimmed top edge down (12 mm). */
export const COVER_BAND = 34;

export interface PrintBoxOptions {
  /** Bleed on every side, in points; 0 sets only the TrimBox. */
  bleed: number;
  /** The colour of the cover's band (#rrggbb), drawn only with a bleed for it to run into. */
  accent: string;
}

function colourOf(hex: string) {
  const value = Number.parseInt(hex.slice(1), 16);
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
}

/** Two short lines at each corner of the trim, in the slug outside the bleed. */
function drawCropMarks(page: PDFPage, trim: { x: number; y: number; width: number; height: number }, bleed: number) {
  const near = bleed + MARK_OFFSET;
  const far = near + MARK_LENGTH;
  for (const x of [trim.x, trim.x + trim.width]) {
    for (const y of [trim.y, trim.y + trim.height]) {
      const outX = x === trim.x ? -1 : 1;
      const outY = y === trim.y ? -1 : 1;
      page.drawLine({ start: { x: x + outX * near, y }, end: { x: x + outX * far, y }, ...MARK });
      page.drawLine({ start: { x, y: y + outY * near }, end: { x, y: y + outY * far }, ...MARK });
    }
  }
}

/** How far the MediaBox reaches beyond the trimmed page on every side: the bleed and the crop marks outside it. */
export function slugOf(bleed: number): number {
  return bleed > 0 ? bleed + MARK_OFFSET + MARK_LENGTH : 0;
}

/**
 * The boxes a print shop reads: a TrimBox equal to each page as laid out (mirrored pages included) and, with a
 * bleed, a BleedBox that much larger, crop marks outside it on a MediaBox grown to hold them, and the cover's colour
 * band running over the trimmed top edge and sides into the bleed.
 */
export function setPrintBoxes(document: PDFDocument, options: PrintBoxOptions): void {
  const { bleed } = options;
  document.getPages().forEach((page, index) => {
    const trim = page.getMediaBox();
    page.setTrimBox(trim.x, trim.y, trim.width, trim.height);
    if (bleed <= 0) return;
    const slug = slugOf(bleed);
    page.setBleedBox(trim.x - bleed, trim.y - bleed, trim.width + 2 * bleed, trim.height + 2 * bleed);
    page.setMediaBox(trim.x - slug, trim.y - slug, trim.width + 2 * slug, trim.height + 2 * slug);
    if (index === 0) {
      const top = trim.y + trim.height;
      page.drawRectangle({ x: trim.x - bleed, y: top - COVER_BAND, width: trim.width + 2 * bleed, height: COVER_BAND + bleed, color: colourOf(options.accent) });
    }
    drawCropMarks(page, trim, bleed);
  });
}
