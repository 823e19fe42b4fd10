import type { PDFDocument } from 'pdf-lib';

/**
 * Moves the last `count` pages to just after the first: the contents, laid out last (see Paging), back after the
 * cover. Links and outline entries point at page objects, not at positions, so they follow their pages.
 */
export function moveLastPagesAfterFirst(document: PDFDocument, count: number): void {
  const pages = document.getPages();
  for (const [offset, page] of pages.slice(pages.length - count).entries()) {
    document.removePage(pages.length - count + offset);
    document.insertPage(1 + offset, page);
  }
}

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
