/**
 * Page numbers without a second layout and without `render` props in the body.
 *
 * react-pdf lays the rest of a <Page> out again at every page break whenever the page holds a `render` prop (a
 * third of the time of a bilingual edition), so the body carries none. Each part of an edition is laid out as a PDF
 * of its own from the page it will start on (see build-edition.tsx): its pages count from there as they are drawn,
 * and its headings note the page they are drawn on. The contents, laid out after the body, starts out knowing the
 * pages of every heading.
 */
export class Paging {
  /** The page each section heading (and `glossary`) is drawn on. */
  readonly sections: Map<string, number>;
  /** Pages drawn so far. */
  pages = 0;
  /** The page being drawn. */
  current = 0;

  constructor(
    readonly firstPage: number,
    sections: Map<string, number> = new Map(),
  ) {
    this.sections = new Map(sections);
  }

  /** Drawing: the heading `id` is drawn on the current page. */
  noteHeading(id: string): void {
    this.sections.set(id, this.current);
  }

  /** Drawing: the part's next page begins. */
  startPage(): number {
    this.current = this.firstPage + this.pages;
    this.pages += 1;
    return this.current;
  }
}
