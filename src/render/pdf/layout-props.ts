import type { Report } from '../../model/types.ts';
import type { Edition, PageMargins } from './edition.ts';
import type { TermLink } from './term-links.ts';

/** Page numbers by anchor id (section ids, `contents`, `glossary`): empty in the first pass. */
export type PageNumbers = Map<string, number>;

/** What every part of the document gets: the model, the edition, the first pass's page numbers and a recorder for this pass. */
export interface LayoutProps {
  report: Report;
  edition: Edition;
  margins: PageMargins;
  pages: PageNumbers;
  record: (id: string, page: number) => void;
  links: TermLink[];
}
