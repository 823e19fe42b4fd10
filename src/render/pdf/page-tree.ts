import { PDFDocument } from 'pdf-lib';

/** How the pages react-pdf laid out are arranged for print. */
export interface PageArrangement {
  /** The last `contentsPages` pages (the contents, laid out last: see Paging) move to just after the cover. */
  contentsPages: number;
  /** Inner − outer margin, in points, by which each even page's MediaBox moves for duplex printing. */
  mirrorShift: number;
}

/**
 * Moves the last `count` pages to just after the first. Links and outline entries point at page objects, not at
 * positions, so they follow their pages.
 */
function moveLastPagesAfterFirst(document: PDFDocument, count: number): void {
  const pages = document.getPages();
  const moving = pages.slice(pages.length - count);
  for (let index = pages.length - 1; index >= pages.length - count; index -= 1) document.removePage(index);
  moving.forEach((page, offset) => document.insertPage(1 + offset, page));
}

/**
 * Mirrored margins for duplex printing. react-pdf lays every page of a wrapping <Page> out with one padding,
 * so the pages are set with the inner margin on the left and each even page's MediaBox is then moved by
 * inner − outer: its content (links and outline destinations included, as they share the page's user space)
 * appears shifted to the left.
 */
function mirrorEvenPages(document: PDFDocument, shift: number): void {
  document.getPages().forEach((page, index) => {
    if (index % 2 === 0) return;
    const box = page.getMediaBox();
    page.setMediaBox(box.x + shift, box.y, box.width, box.height);
  });
}

/** Applies the arrangement through pdf-lib, which parses the page tree whatever the writer compressed. */
export async function arrangePages(pdf: Uint8Array, arrangement: PageArrangement): Promise<Buffer> {
  if (arrangement.contentsPages === 0 && arrangement.mirrorShift === 0) return Buffer.from(pdf);
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  if (arrangement.contentsPages > 0) moveLastPagesAfterFirst(document, arrangement.contentsPages);
  if (arrangement.mirrorShift !== 0) mirrorEvenPages(document, arrangement.mirrorShift);
  return Buffer.from(await document.save({ useObjectStreams: false }));
}
