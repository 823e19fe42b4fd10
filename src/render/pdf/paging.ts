/**
 * Page numbers without a second layout and without `render` props in the body.
 *
 * react-pdf lays the rest of a <Page> out again at every page break whenever the page holds a `render` prop (a
 * third of the time of a bilingual edition), so the body carries none. Each part of an edition is laid out as a PDF
 * of its own (see build-edition.tsx), counting its pages from 1 as they are drawn, so that it does not depend on the
 * page it will start on: its headings note the page of the part they are drawn on, and the edition's folios are
 * stamped once the parts are assembled (folios.ts). The contents, laid out after the body, starts out knowing the
 * edition's page of every heading.
 */
export class Paging {
  /** The page of the part (from 1) each section heading (and `glossary`) is drawn on. */
  readonly sections = new Map<string, number>();
  /** The page of the part being drawn (from 1): also the number of its pages begun so far. */
  current = 0;

  /** `numbers`: the edition's page of each heading, for the contents to print. */
  constructor(readonly numbers: ReadonlyMap<string, number> = new Map()) {}

  /** Drawing: the heading `id` is drawn on the current page. */
  noteHeading(id: string): void {
    this.sections.set(id, this.current);
  }

  /** Drawing: the part's next page begins. */
  startPage(): void {
    this.current += 1;
  }
}
