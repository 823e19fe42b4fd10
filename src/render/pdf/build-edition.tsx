import { renderToBuffer } from '@react-pdf/renderer';
import type { Report } from '../../model/types.ts';
import { type Labels, loadLabels } from '../../theme/labels.ts';
import { sourceDateEpoch } from '../source-date.ts';
import type { Edition, PageMargins } from './edition.ts';
import { loadFaces } from './fonts.ts';
import { arrangePages } from './page-tree.ts';
import { Paging } from './paging.ts';
import { ReportDocument, type DocumentInfo } from './report-document.tsx';
import { findTermLinks } from './term-links.ts';

/** SOURCE_DATE_EPOCH wins, then the report's date; without either, the Unix epoch: never the clock, so builds repeat byte for byte. */
export function documentDate(report: Report, env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = sourceDateEpoch(env);
  if (pinned) return pinned;
  const date = report.meta.zh.date ?? report.meta.en?.date;
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : new Date(0);
}

function documentInfo(report: Report, edition: Edition): DocumentInfo {
  const pick = (key: 'title' | 'publisher' | 'occasion') =>
    edition.langs
      .map((lang) => report.meta[lang]?.[key])
      .filter(Boolean)
      .join(' / ') || undefined;
  const keywords = edition.langs.flatMap((lang) => (report.glossary?.terms ?? []).map((term) => term.text[lang]?.term).filter(Boolean));
  return {
    title: pick('title'),
    author: pick('publisher'),
    subject: pick('occasion'),
    keywords: keywords.length > 0 ? keywords.join(', ') : undefined,
    date: documentDate(report),
  };
}

export interface BuiltEdition {
  data: Buffer;
  pages: number;
}

/** One layout pass, no `render` prop in the body (see Paging); the contents, laid out and drawn last, then moves after the cover. */
export async function buildEdition(options: { report: Report; edition: Edition; margins: PageMargins; labels?: Labels }): Promise<BuiltEdition> {
  const { report, edition, margins } = options;
  const labels = options.labels ?? loadLabels();
  const links = edition.langs.flatMap((lang) => findTermLinks(report, lang));
  const paging = new Paging();
  const faces = await loadFaces();
  const data = await renderToBuffer(
    <ReportDocument report={report} edition={edition} margins={margins} paging={paging} faces={faces} links={links} labels={labels} info={documentInfo(report, edition)} />,
  );
  const arranged = await arrangePages(data, { contentsPages: paging.contentsPages, mirrorShift: margins.inner - margins.outer });
  return { data: arranged, pages: paging.total };
}
