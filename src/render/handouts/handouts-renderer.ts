import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '#pdf-lib';
import type { Page } from 'puppeteer-core';
import { openConfinedPage } from '../../browser/browser.ts';
import { writeAtomic } from '../../common/write-atomic.ts';
import { makeTempFolder } from '../../lifetime/temp-folder.ts';
import { writeSubsetFonts } from '../html/fonts.ts';
import type { Templates } from '../html/templates.ts';
import { type Output, type RenderContext, type Renderer, templatesOf } from '../renderer.ts';
import { type CardView, cardsFor, chunk } from './layout.ts';
import { openCardProbe } from './measure-cards.ts';
import { openLargeProbe } from './measure-large.ts';
import { packLargePages } from './pack-large.ts';
import { printPdf } from './print-pdf.ts';
import { cardMm, cardSheetPage, largePage, sheetPage } from './sizes.ts';
import { collectText, type TermView, toHeaderView, toTermView } from '../html/term-view.ts';
import { glossaryTitle } from '../glossary-title.ts';

/** The handouts, each from `templates/<template>.hbs` into `<outDir>/<name>.pdf`; a bilingual report also gets a Chinese-only large print. */
const EDITIONS = [
  { name: 'handouts', template: 'handouts', chineseOnly: false },
  { name: 'handouts-cards', template: 'handouts-cards', chineseOnly: false },
  { name: 'handouts-large', template: 'handouts-large', chineseOnly: false },
  // Most residents at a community centre read Chinese only: the same large print without the English.
  { name: 'handouts-large.zh', template: 'handouts-large', chineseOnly: true },
] as const;

type Edition = (typeof EDITIONS)[number];

const LABEL_KEYS = ['handout-title', 'handout-cards', 'handout-large', 'continued', 'print-actual-size'];

export interface HandoutsOptions extends RenderContext {
  /** Keep the HTML and fonts here instead of a temporary folder that is removed afterwards. */
  buildDir?: string;
  /** Sees the URL of every request the handouts' tab makes, measuring and printing. */
  onRequest?: (url: string) => void;
}

function buildView(context: RenderContext, templates: Templates, options: { chineseOnly: boolean }) {
  const terms = (context.report.glossary?.terms ?? []).map(toTermView).map((term) => (options.chineseOnly ? { ...term, en: undefined } : term));
  const header = { ...toHeaderView(context.report), ...(options.chineseOnly ? { bilingual: false } : {}) };
  const { glossary } = context.report;
  /** The glossary's own title, as the print editions and the deck print it; the edition labels wrap it. */
  const title = glossary ? glossaryTitle(glossary, templates.labels) : { zh: templates.labels.text('glossary', 'zh'), en: templates.labels.text('glossary', 'en') };
  return {
    glossaryTitle: title,
    header,
    /** What a card says of where it comes from: the report's title, issuer and date, those the source gives. */
    cardFooter: [header.titleZh, header.publisher, header.date].filter((part) => part !== ''),
    terms,
    cardMm,
    pages: { sheet: sheetPage, large: largePage, cards: cardSheetPage },
    labelText: LABEL_KEYS.flatMap((key) => [templates.labels.text(key, 'zh', { glossary: title.zh }), templates.labels.text(key, 'en', { glossary: title.en })]),
  };
}

type View = ReturnType<typeof buildView>;

interface EditionOptions {
  edition: Edition;
  view: View;
  templates: Templates;
  folder: string;
  page: Page;
  note: (message: string) => void;
}

/**
 * Writes `<edition>.html` into the build folder. The cards and the large print are first set in a draft that
 * Chromium measures (one card; one page), then laid out by what fits. Returns the pages the large print was laid out on.
 */
async function writeEdition(options: EditionOptions): Promise<number | undefined> {
  const { edition, view, templates, folder, page } = options;
  const name = `${edition.name}.html`;
  const write = (layout: { cardSheets: CardView[][]; largePages: TermView[][] }): Promise<void> => writeFile(path.join(folder, name), templates.render(edition.template, { ...view, ...layout }));
  if (edition.template === 'handouts-cards') {
    await write({ cardSheets: [[{ term: view.terms[0], size: 12, overflows: false }]], largePages: [] });
    const markup = (term: TermView): string => templates.render('handouts-card-probe', term);
    const cards = await cardsFor(view.terms, await openCardProbe({ page, folder, file: name, markup }));
    for (const { term } of cards.filter((card) => card.overflows)) options.note(`card of glossary term “${term.zh.term}”: a word of its explanation is longer than a card at 12 pt and runs past the card`);
    await write({ cardSheets: chunk(cards, 4), largePages: [] });
  } else if (edition.template === 'handouts-large') {
    await write({ cardSheets: [], largePages: [view.terms.slice(0, 1)] });
    const markup = (pieces: TermView[], index: number): string => templates.render('handouts-large-probe', { ...view, first: index === 0, terms: pieces });
    const probe = await openLargeProbe({ page, folder, file: name, size: largePage, markup });
    const largePages = await packLargePages(view.terms, { probe, note: options.note });
    await write({ cardSheets: [], largePages });
    return largePages.length;
  } else await write({ cardSheets: [], largePages: [] });
  return undefined;
}

/** Builds the sheet, the cut-out cards and the large-print edition of the glossary, or notes why not. */
export async function renderHandouts(options: HandoutsOptions): Promise<Output[]> {
  if (!options.report.glossary || options.report.glossary.terms.length === 0) {
    options.note('handouts skipped: the report has no glossary (名词解释) terms');
    return [];
  }
  const templates = templatesOf(options);
  const view = buildView(options, templates, { chineseOnly: false });
  const bilingual = options.report.languages.includes('en');
  const editions = EDITIONS.filter((edition) => bilingual || !edition.chineseOnly);
  const temporary = options.buildDir ? undefined : await makeTempFolder('handouts');
  const folder = options.buildDir ?? temporary!.path;
  try {
    // Chromium starts while the fonts are subset: in a cold build of all outputs it came up only after them, 1.3 s later.
    const [fontCss, browser] = await Promise.all([writeSubsetFonts(folder, collectText(view.header, view.terms, view.labelText)), options.browser()]);
    // One tab measures and prints every edition: a tab opened for each probe and print cost about 0.15 s apiece (7 of them).
    const page = await openConfinedPage(browser, folder, { javaScript: false });
    if (options.onRequest) page.on('request', (request) => options.onRequest?.(request.url()));
    try {
      const outputs: Output[] = [];
      for (const edition of editions) {
        const editionView = { ...(edition.chineseOnly ? buildView(options, templates, edition) : view), fontCss };
        const laidOut = await writeEdition({ edition, view: editionView, templates, folder, page, note: options.note });
        const pdf = await printPdf({ page, folder, file: `${edition.name}.html` });
        const printed = laidOut === undefined ? undefined : (await PDFDocument.load(pdf)).getPageCount();
        // Chromium broke a page the measurement said would fit: a term moved whole to a page of its own.
        if (printed !== laidOut) options.note(`${edition.name}.pdf: printed on ${printed} pages where ${laidOut} were laid out; a page's text ran past its foot`);
        const target = path.join(options.outDir, `${edition.name}.pdf`);
        await writeAtomic(target, pdf);
        outputs.push({ path: target });
      }
      return outputs;
    } finally {
      await page.close();
    }
  } finally {
    await temporary?.remove();
  }
}

export const handoutsRenderer: Renderer = { name: 'handouts', render: (context) => renderHandouts(context) };
