import type { Report } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';
import type { Edition, PageMargins } from './edition.ts';
import type { Paper } from './columns.ts';
import type { Faces } from './fonts.ts';
import type { Paging } from './paging.ts';
import type { TermLink } from './term-links.ts';

/** What every part of the document gets: the model, the edition, the page numbering, the faces drawn with, the term links and the build's labels. */
export interface LayoutProps {
  report: Report;
  edition: Edition;
  margins: PageMargins;
  paper: Paper;
  /** The accent colour of the print settings: the parts' and the contents' titles. */
  accent: string;
  paging: Paging;
  faces: Faces;
  links: TermLink[];
  labels: Labels;
}
