import { type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from '#pdf-lib';

/** A bookmark: its title, the page it opens (0-based), the bookmarks nested under it. */
export interface OutlineEntry {
  title: string;
  page: number;
  children: OutlineEntry[];
}

/**
 * Gives a PDF the bookmarks `entries`, all open, each fitting its page in the window, and opens the PDF with the
 * bookmarks shown. Chromium's own outline takes every heading's painted text, so a slide with a heading per
 * language gave two bookmarks and a bilingual heading ran its languages together (名词解释Glossary).
 */
export function writeOutline(document: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context, catalog } = document;
  const pages = document.getPages();
  const root = context.nextRef();
  /** Writes one level under `parent`; returns its first and last item and how many bookmarks it shows. */
  const writeLevel = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = 0;
    items.forEach((item, index) => {
      const page = pages[item.page];
      if (!page) throw new Error(`bookmark “${item.title}” points to page ${item.page + 1} of a PDF of ${pages.length}`);
      const entry = context.obj({ Title: PDFHexString.fromText(item.title), Parent: parent, Dest: [page.ref, 'Fit'] });
      if (index > 0) entry.set(PDFName.of('Prev'), refs[index - 1]);
      if (index < items.length - 1) entry.set(PDFName.of('Next'), refs[index + 1]);
      if (item.children.length > 0) {
        const below = writeLevel(item.children, refs[index]);
        entry.set(PDFName.of('First'), below.first);
        entry.set(PDFName.of('Last'), below.last);
        entry.set(PDFName.of('Count'), PDFNumber.of(below.count));
        count += below.count;
      }
      context.assign(refs[index], entry);
      count += 1;
    });
    return { first: refs[0], last: refs[refs.length - 1], count };
  };
  const top = writeLevel(entries, root);
  context.assign(root, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }));
  catalog.set(PDFName.of('Outlines'), root);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
