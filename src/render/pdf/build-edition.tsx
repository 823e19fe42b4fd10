import { renderToBuffer } from '@react-pdf/renderer';
import { PDFDocument } from 'pdf-lib';
import type { Report } from '../../model/types.ts';
import { type Labels, loadLabels } from '../../theme/labels.ts';
import { loadTheme, type Theme } from '../../theme/load-theme.ts';
import { defaultPrintSettings } from '../../model/print-defaults.ts';
import { sourceDateEpoch } from '../source-date.ts';
import type { Edition } from './edition.ts';
import { loadFaces } from './fonts.ts';
import { mirrorEvenPages, moveLastPagesAfterFirst } from './page-tree.ts';
import { Paging } from './paging.ts';
import { setPrintBoxes, slugOf } from './print-boxes.ts';
import { ReportDocument, type DocumentInfo } from './report-document.tsx';
import { collectAreas, type SourceArea } from './source-map.ts';
import { pdfStyles, PdfStylesProvider } from './styles.ts';
import { findTermLinks } from './term-links.ts';

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
    // SOURCE_DATE_EPOCH pins it, so two builds repeat byte for byte; without it, the time of the build, as in Chromium's PDFs.
    date: sourceDateEpoch() ?? new Date(),
  };
}

export interface BuiltEdition {
  data: Buffer;
  pages: number;
  /** Where each block stands on the finished pages (the sidecar of source-map.ts). */
  areas: SourceArea[];
}

/**
 * One layout pass, no `render` prop in the body (see Paging); the contents, laid out and drawn last, then moves after
 * the cover; last, the print shop's boxes. Paper, margins, bleed and colours come from the model's print settings,
 * colours and sizes not set there from the build's theme.
 */
export async function buildEdition(options: { report: Report; edition: Edition; labels?: Labels; theme?: Theme }): Promise<BuiltEdition> {
  const { report, edition } = options;
  const labels = options.labels ?? loadLabels();
  const theme = options.theme ?? loadTheme();
  const print = report.print ?? defaultPrintSettings();
  const accent = print.colours.accent ?? theme.colour.accent;
  const { margins, paper } = print;
  const links = edition.langs.flatMap((lang) => findTermLinks(report, lang));
  const paging = new Paging();
  const faces = await loadFaces();
  const info = documentInfo(report, edition);
  let layout: object = {};
  const data = await renderToBuffer(
    <PdfStylesProvider value={pdfStyles(theme)}>
      <ReportDocument report={report} edition={edition} margins={margins} paper={paper} accent={accent} paging={paging} faces={faces} links={links} labels={labels} info={info} onLayout={(laidOut) => (layout = laidOut)} />
    </PdfStylesProvider>,
  );
  const evenShift = margins.inner - margins.outer;
  const areas = collectAreas(layout, { contentsPages: paging.contentsPages, evenShift, slug: slugOf(print.bleed) });
  const document = await PDFDocument.load(data, { updateMetadata: false });
  moveLastPagesAfterFirst(document, paging.contentsPages);
  mirrorEvenPages(document, evenShift);
  // react-pdf 4.9 writes its modificationDate as /ModificationDate, a key no reader knows (pdfinfo showed no ModDate).
  document.setModificationDate(info.date);
  setPrintBoxes(document, { bleed: print.bleed, accent });
  return { data: Buffer.from(await document.save()), pages: paging.total, areas };
}
