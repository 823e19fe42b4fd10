import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument } from '#pdf-lib';

/**
 * The page (0-based) each of `names` opens, read from the named destinations Chromium writes for the targets of the
 * page's links (the catalog's /Dests), which are then removed: they were only asked for to learn where Chromium put
 * an element. Throws when a name is missing, as when Chromium wrote them elsewhere: a guessed page would be wrong.
 */
export function takeNamedPages(document: PDFDocument, names: string[]): number[] {
  const { catalog, context } = document;
  const key = PDFName.of('Dests');
  const dests = catalog.lookupMaybe(key, PDFDict);
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  const pages = names.map((name) => {
    const target = dests?.lookupMaybe(PDFName.of(name), PDFArray)?.get(0);
    const page = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (page === undefined) throw new Error(`the PDF has no named destination “${name}” on one of its ${pageIndex.size} pages`);
    return page;
  });
  const stored = catalog.get(key);
  if (stored instanceof PDFRef) context.delete(stored);
  catalog.delete(key);
  return pages;
}
