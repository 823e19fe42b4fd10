import type { Report } from '../../model/types.ts';
import type { Edition, PageMargins } from './edition.ts';
import type { TermLink } from './term-links.ts';

/**
 * Page numbers by anchor id (section ids, `glossary`, and `total`), filled while react-pdf paginates. react-pdf
 * calls every `render` prop once more after the last page is placed, in page order, so the contents and running
 * heads read the final numbers: one layout pass, no second run.
 */
export type PageNumbers = Map<string, number>;

/** What every part of the document gets: the model, the edition, the page numbers as they are found, and the term links. */
export interface LayoutProps {
  report: Report;
  edition: Edition;
  margins: PageMargins;
  pages: PageNumbers;
  links: TermLink[];
}
