/**
 * Page numbers without a second layout and without `render` props in the body.
 *
 * react-pdf lays the rest of a <Page> out again at every page break whenever the page holds a `render` prop (a
 * third of the time of a bilingual edition), so the body carries none. The contents is laid out last instead: its
 * one `render` prop learns how many pages it fills; the body, drawn before it, numbers its pages from that, and its
 * headings note the page they are drawn on, so the contents, drawn last, prints them. `movePagesAfterCover` then
 * puts the contents back after the cover.
 */
export class Paging {
  /** The page each section heading (and `glossary`) is drawn on. */
  readonly sections = new Map<string, number>();
  /** Pages in the document, once laid out. */
  total = 0;
  /** Pages the contents fills, once laid out. */
  contentsPages = 0;
  /** The page being drawn. */
  current = 0;
  private bodyDrawn = 0;
  private contentsDrawn = 0;

  /** Layout: a page of the contents, laid out last, at `pageNumber` of `totalPages`. */
  placeContents(pageNumber: number, totalPages: number | undefined): void {
    if (totalPages === undefined) return;
    this.total = totalPages;
    this.contentsPages = Math.max(this.contentsPages, totalPages - pageNumber + 1);
  }

  /** Drawing: the heading `id` is drawn on the current page. */
  noteHeading(id: string): void {
    this.sections.set(id, this.current);
  }

  /** Drawing: a page of the body (the cover comes first) or of the contents (right after the cover) begins. */
  startPage(part: 'body' | 'contents'): number {
    this.current = part === 'contents' ? 1 + (this.contentsDrawn += 1) : 1 + this.contentsPages + (this.bodyDrawn += 1);
    return this.current;
  }
}
