import type { PDFDocument } from '#pdf-lib';

/**
 * Mirrored margins for duplex printing. react-pdf lays every page of a wrapping <Page> out with one padding,
 * so the pages are set with the inner margin on the left and each even page's MediaBox is then moved by
 * inner − outer: its content (links and outline destinations included, as they share the page's user space)
 * appears shifted to the left.
 */
export function mirrorEvenPages(document: PDFDocument, shift: number): void {
  if (shift === 0) return;
  document.getPages().forEach((page, index) => {
    if (index % 2 === 0) return;
    const box = page.getMediaBox();
    page.setMediaBox(box.x + shift, box.y, box.width, box.height);
  });
}
