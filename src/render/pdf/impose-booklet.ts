import { cmyk, PDFDocument, type PDFPage } from '#pdf-lib';

/** Room around the sheet's trimmed area for crop and fold marks, in points. */
const SLUG = 24;
/** Marks stand this far off the trim, so the cut never shows them, and are this long. */
const MARK_OFFSET = 3;
const MARK_LENGTH = 14;
const MARK = { thickness: 0.25, color: cmyk(1, 1, 1, 1) };

/**
 * The page numbers (0-based, `count` a multiple of four) on each side of each folded sheet, left then right, in
 * saddle-stitch order: the first sheet's front holds the last page and the first, its back the second and the
 * second-to-last, and so on inwards.
 */
export function saddleStitchOrder(count: number): Array<[number, number]> {
  const sides: Array<[number, number]> = [];
  for (let sheet = 0; sheet < count / 4; sheet += 1) {
    sides.push([count - 1 - 2 * sheet, 2 * sheet]);
    sides.push([2 * sheet + 1, count - 2 - 2 * sheet]);
  }
  return sides;
}

function drawMarks(sheet: PDFPage, trim: { x: number; y: number; width: number; height: number }, bleed: number) {
  const near = bleed + MARK_OFFSET;
  const far = near + MARK_LENGTH;
  const { x, y, width, height } = trim;
  for (const cornerX of [x, x + width]) {
    for (const cornerY of [y, y + height]) {
      const outX = cornerX === x ? -1 : 1;
      const outY = cornerY === y ? -1 : 1;
      sheet.drawLine({ start: { x: cornerX + outX * near, y: cornerY }, end: { x: cornerX + outX * far, y: cornerY }, ...MARK });
      sheet.drawLine({ start: { x: cornerX, y: cornerY + outY * near }, end: { x: cornerX, y: cornerY + outY * far }, ...MARK });
    }
  }
  // The fold: a dashed mark above and below the spine.
  const fold = x + width / 2;
  for (const [from, to] of [
    [y - far, y - near],
    [y + height + near, y + height + far],
  ]) {
    sheet.drawLine({ start: { x: fold, y: from }, end: { x: fold, y: to }, ...MARK, dashArray: [2, 2] });
  }
}

/** How far a page's BleedBox reaches beyond its TrimBox (0 without a bleed: pdf-lib reads a missing BleedBox as the page). */
function bleedOf(page: PDFPage): number {
  return Math.max(0, page.getTrimBox().x - page.getBleedBox().x);
}

/**
 * A print edition imposed for saddle stitching: its pages two-up on sheets twice the page's width, in saddle-stitch
 * order, padded with blank pages at the end to a multiple of four, with crop and fold marks outside the sheet's
 * TrimBox. Each page is cut to its TrimBox at the spine and keeps its bleed on the three outer edges, so a colour that
 * runs into the bleed on the page still does on the sheet, whose BleedBox says so. The pages are embedded as Form
 * XObjects (pdf-lib), not laid out again.
 */
export async function imposeBooklet(pdf: Uint8Array): Promise<Uint8Array> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const booklet = await PDFDocument.create({ updateMetadata: false });
  const title = source.getTitle();
  if (title) booklet.setTitle(title);
  booklet.setCreator('report-press');
  booklet.setProducer('report-press');
  booklet.setCreationDate(source.getCreationDate() ?? new Date(0));
  booklet.setModificationDate(source.getCreationDate() ?? new Date(0));
  const pages = source.getPages();
  const bleed = bleedOf(pages[0]);
  const { width, height } = pages[0].getTrimBox();
  // A page on the left half of a sheet keeps its bleed on the left, one on the right half on the right.
  const cut = (page: PDFPage, half: number) => {
    const trim = page.getTrimBox();
    return { left: trim.x - (half === 0 ? bleed : 0), bottom: trim.y - bleed, right: trim.x + trim.width + (half === 1 ? bleed : 0), top: trim.y + trim.height + bleed };
  };
  const count = Math.ceil(pages.length / 4) * 4;
  const order = saddleStitchOrder(count);
  const halfOf = new Map(order.flatMap((side) => side.map((number, half) => [number, half] as const)));
  const embedded = await booklet.embedPages(pages, pages.map((page, number) => cut(page, halfOf.get(number)!)));
  const margin = SLUG + bleed;
  for (const side of order) {
    const sheet = booklet.addPage([2 * width + 2 * margin, height + 2 * margin]);
    sheet.setTrimBox(margin, margin, 2 * width, height);
    if (bleed > 0) sheet.setBleedBox(SLUG, SLUG, 2 * width + 2 * bleed, height + 2 * bleed);
    side.forEach((number, half) => {
      if (number < pages.length) sheet.drawPage(embedded[number], { x: half === 0 ? SLUG : margin + width, y: SLUG });
    });
    drawMarks(sheet, { x: margin, y: margin, width: 2 * width, height }, bleed);
  }
  return booklet.save();
}
