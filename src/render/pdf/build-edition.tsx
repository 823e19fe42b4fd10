import { createHash } from 'node:crypto';
import { Document, renderToBuffer } from '@react-pdf/renderer';
import { PDFName, type PDFDocument } from '#pdf-lib';
import type { Report } from '../../model/types.ts';
import { type Labels, loadLabels } from '../../theme/labels.ts';
import { loadTheme, type Theme } from '../../theme/load-theme.ts';
import { defaultPrintSettings } from '../../model/print-defaults.ts';
import { sourceDateEpoch } from '../../common/source-date.ts';
import { assembleParts } from './assemble-parts.ts';
import type { Edition } from './edition.ts';
import { bodyParts, contentsPart, coverPart, type EditionPart } from './edition-parts.tsx';
import { folioGlyphs, setFolios, stampFolios } from './folios.ts';
import { loadFaces } from './fonts.ts';
import { computeLines, LineStoreProvider } from './line-store.ts';
import { mirrorEvenPages } from './page-tree.ts';
import { Paging } from './paging.ts';
import { setPrintBoxes, slugOf } from './print-boxes.ts';
import { collectAreas, type PartArea, placeAreas, type SourceArea } from './source-map.ts';
import type { StoredLines } from './stored-lines.ts';
import { withStoredShapes } from './stored-shapes.ts';
import { headingFamily, pdfStyles, PdfStylesProvider } from './styles.ts';
import { findTermLinks } from './term-links.ts';
import { CatchLayoutErrors, LayoutProblems, LayoutProblemsProvider } from './layout-problems.tsx';

interface DocumentInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  /** CreationDate and ModDate. */
  date: Date;
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
    // SOURCE_DATE_EPOCH pins it, so two builds repeat byte for byte; without it, the time of the build, as in Chromium's PDFs.
    date: sourceDateEpoch() ?? new Date(),
  };
}

function setDocumentInfo(document: PDFDocument, info: DocumentInfo, language: string): void {
  if (info.title) document.setTitle(info.title);
  if (info.author) document.setAuthor(info.author);
  if (info.subject) document.setSubject(info.subject);
  if (info.keywords) document.setKeywords([info.keywords]);
  document.setCreator('report-press');
  document.setProducer('report-press');
  document.setCreationDate(info.date);
  document.setModificationDate(info.date);
  document.setLanguage(language);
  document.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

const PART_DATE = new Date(0);

/**
 * A part laid out: its PDF (readable only once assembled: see glyph-ids.ts), its pages, where its blocks stand, and
 * the pages its headings are on, all counted from the part's first page: nothing of it depends on where it starts.
 */
export interface LaidOutPart {
  /** The part's id (see EditionPart). */
  id: string;
  data: Uint8Array;
  pages: number;
  areas: PartArea[];
  headings: Array<[string, number]>;
  /** The keys of the stored line settings its paragraphs used (stored-lines.ts). */
  lines: string[];
}

/** Laid-out parts kept between builds, by a key of all they were laid out from. */
export interface PartCache {
  read(key: string): Promise<LaidOutPart | undefined>;
  write(key: string, part: LaidOutPart): Promise<void>;
}

export interface BuiltEdition {
  data: Buffer;
  pages: number;
  /** Where each block stands on the finished pages (the sidecar of source-map.ts). */
  areas: SourceArea[];
}

export interface BuildEditionOptions {
  report: Report;
  edition: Edition;
  labels?: Labels;
  theme?: Theme;
  /**
   * Parts laid out before, and what else (code, templates, fonts) their key must hold: without it every part is laid
   * out. `lines`: the paragraphs' line settings, opened for that environment, for the parts laid out.
   */
  cache?: { parts: PartCache; lines?: StoredLines; environment: string };
}

/**
 * An edition, part by part: each part opens a page, so it is laid out as a PDF of its own, its pages counted from 1,
 * and kept, by a key of its content and the edition's shared settings, while neither changes. An edit in one part
 * lays out that part alone again, whether its page count changed or not. The cover, the body's parts and the contents
 * (laid out last, once the headings' pages are known, for the page count it had last: see below) are then
 * assembled with pdf-lib, fonts embedded once; then the folios are stamped (they depend on where each part starts),
 * and last come the mirrored margins and the print shop's boxes. Paper, margins, bleed and colours come from the
 * model's print settings, colours and sizes not set there from the build's theme.
 */
export async function buildEdition(options: BuildEditionOptions): Promise<BuiltEdition> {
  const { report, edition } = options;
  const labels = options.labels ?? loadLabels();
  const theme = options.theme ?? loadTheme();
  const print = report.print ?? defaultPrintSettings();
  const accent = print.colours.accent ?? theme.colour.accent;
  const { margins, paper } = print;
  const links = edition.langs.flatMap((lang) => findTermLinks(report, lang));
  const faces = await loadFaces();
  const styles = pdfStyles(theme);
  const order = { evenShift: margins.inner - margins.outer, slug: slugOf(print.bleed) };
  const props = { report, edition, margins, paper, accent, faces, links, labels };
  // The front matter (running heads, cover) and the names kept whole (hyphenation) reach every part.
  const shared = JSON.stringify([options.cache?.environment, edition.name, print, accent, links, report.meta, report.names ?? []]);

  const keyOf = (part: EditionPart) => createHash('sha256').update(JSON.stringify([shared, part.id, part.content])).digest('hex');
  const layOut = async (part: EditionPart, numbers?: Map<string, number>): Promise<LaidOutPart> => {
    const key = keyOf(part);
    const cached = await options.cache?.parts.read(key);
    if (cached) {
      options.cache?.lines?.keep(cached.lines);
      return cached;
    }
    const lines = options.cache?.lines?.part();
    const paging = new Paging(numbers);
    const problems = new LayoutProblems();
    let layout: { children?: unknown[] } = {};
    // A part's own metadata is never copied: dated at the epoch, the stored part repeats byte for byte (tests/pipeline/incremental-equals-cold.test.ts).
    const data = await withStoredShapes(lines, () =>
      renderToBuffer(
        <PdfStylesProvider value={styles}>
          <LineStoreProvider value={lines ?? computeLines}>
            <LayoutProblemsProvider value={problems}>
              <Document creationDate={PART_DATE} onRender={(rendered) => (layout = (rendered as { _INTERNAL__LAYOUT__DATA_: { children?: unknown[] } })._INTERNAL__LAYOUT__DATA_)}>
                <CatchLayoutErrors problems={problems}>{part.pages(paging)}</CatchLayoutErrors>
              </Document>
            </LayoutProblemsProvider>
          </LineStoreProvider>
        </PdfStylesProvider>,
      ),
    ).catch((error: unknown) => {
      // A component's own error, not what react-pdf made of the part it left empty.
      problems.throwIfAny();
      throw error;
    });
    problems.throwIfAny();
    const laid = { id: part.id, data, pages: layout.children?.length ?? 0, areas: collectAreas(layout as Parameters<typeof collectAreas>[0]), headings: [...paging.sections], lines: lines?.keys() ?? [] };
    await options.cache?.parts.write(key, laid);
    return laid;
  };

  const cover = await layOut(coverPart(props));
  const laidBody: LaidOutPart[] = [];
  for (const part of bodyParts(props)) laidBody.push(await layOut(part));
  // Where each body part starts, and the edition's page of each heading, behind a contents of `contentsPages` pages.
  const placed = (contentsPages: number) => {
    let first = 1 + cover.pages + contentsPages;
    const body = laidBody.map((part) => ({ part, firstPage: (first += part.pages) - part.pages }));
    return { body, next: first, numbers: new Map(body.flatMap(({ part, firstPage }) => part.headings.map(([id, page]) => [id, firstPage + page - 1] as const))) };
  };
  const contentsWith = async (contentsPages: number) => {
    const { numbers } = placed(contentsPages);
    return layOut(contentsPart(props, numbers), numbers);
  };
  // The contents' numbers stand in boxes of their own, so its page count does not depend on them: laid out with the
  // numbers of the count it had when last laid out from the same entries (else one page), it is laid out again only
  // when that count was wrong. A first layout without numbers, for the count, took 0.17 s of a cold build of the seed.
  const counted = { ...contentsPart(props, new Map()), id: 'contents-pages' };
  const known = await options.cache?.parts.read(keyOf(counted));
  const guess = known?.pages ?? 1;
  let contents = await contentsWith(guess);
  if (contents.pages !== guess) {
    const pages = contents.pages;
    contents = await contentsWith(pages);
    if (contents.pages !== pages) throw new Error(`the contents' page count changed with its page numbers: ${pages} pages, then ${contents.pages}`);
  }
  // Only its page count is read: the numbered contents stands for the contents without numbers.
  if (!known) await options.cache?.parts.write(keyOf(counted), { ...contents, id: counted.id });
  const { body, next } = placed(contents.pages);

  const parts = [{ part: cover, firstPage: 1 }, { part: contents, firstPage: 1 + cover.pages }, ...body];
  // Every page after the cover has its folio, in the English heading face, as the running heads' colour.
  const folioStyle = { font: faces.regular[headingFamily.en[0]], size: styles.frame.folioSize, colour: styles.colour.muted, fromBottom: styles.frame.folioFromBottom, left: margins.inner, right: paper.width - margins.outer };
  const folios = setFolios(
    Array.from({ length: next - 1 - cover.pages }, (_, index) => 1 + cover.pages + index),
    folioStyle,
  );
  const face = folioStyle.font.postscriptName;
  const { document, fonts } = await assembleParts(
    parts.map(({ part }) => part.data),
    { faces: faces.byName, stamped: new Map([[face, folioGlyphs(folios)]]) },
  );
  stampFolios(document, folios, { font: fonts.get(face)!, style: folioStyle });
  mirrorEvenPages(document, order.evenShift);
  setDocumentInfo(document, documentInfo(report, edition), edition.language);
  setPrintBoxes(document, { bleed: print.bleed, accent });
  const data = Buffer.from(await document.save());
  return { data, pages: next - 1, areas: parts.flatMap(({ part, firstPage }) => placeAreas(part.areas, { ...order, firstPage })) };
}
