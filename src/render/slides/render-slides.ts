import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openConfinedPage } from '../../browser/browser.ts';
import { type FaceName, writeSubsetFonts } from '../html/fonts.ts';
import { fonts } from '../../theme/theme.ts';
import { replaceFolder, writeAtomic } from '../../common/write-atomic.ts';
import { type Output, type RenderContext, type Renderer, templatesOf } from '../renderer.ts';
import { copyRevealAssets } from './copy-reveal.ts';
import { deckSpecFor } from './deck-spec.ts';
import { buildSlides, countSlides, deckSubject, type SlideView } from './deck-view.ts';
import { measureTermFit, overlongTerms, termProbesHtml } from './measure-terms.ts';
import { slideSize } from './slide-size.ts';
import { printDeck } from './print-deck.ts';
import { overflowingGrids } from './measure-grids.ts';
import { showDeck } from './show-deck.ts';
import { deckOutline } from './deck-outline.ts';

/** deck.css sets Chinese in Noto Sans SC and English in Source Serif 4, upright only. */
const DECK_FACES: FaceName[] = ['sansZh', 'sansZhBold', 'serifEn', 'serifEnBold'];

export interface SlidesOptions {
  /** Also print `slides-notes.pdf`: each slide followed by a page of its speaker notes. */
  notesPages?: boolean;
}

/** Writes `slides/` (index.html, reveal.js, subset fonts), prints it to `slides.pdf`, and with notes pages to `slides-notes.pdf`. */
export async function renderDeck(context: RenderContext, options: SlidesOptions = {}): Promise<Output[]> {
  const { report, outDir } = context;
  const deckFolder = path.join(outDir, 'slides');
  const spec = deckSpecFor(report);
  const slide = slideSize(spec);
  const templates = templatesOf(context);
  const { labels, theme } = templates;
  const deckHtml = (slides: SlideView[]): string => templates.render('slides', { title: report.meta.zh.title || deckSubject(report, labels).zh, slides, bilingual: report.languages.includes('en'), slide });
  let slides = await buildSlides(report, { spec, fontFamily: fonts.sansZh.family, labels, theme });
  const probes = termProbesHtml(report.glossary?.terms ?? [], templates);
  const browser = await context.browser();
  const modes = options.notesPages ? (['none', 'separate-page'] as const) : (['none'] as const);
  const printed: Array<{ notes: (typeof modes)[number]; pdf: Uint8Array; pages: number }> = [];
  await replaceFolder(deckFolder, async (folder) => {
    // One tab, opened while the fonts are subset, measures the deck in one load, checks the rebuilt one and prints it:
    // the seed's deck took four tabs and loads before, and now 0.79× the wall time and 0.80× the CPU (`build --only
    // slides --force`, in turn, median of five pairs, load average 9, 2026-11-30).
    const opening = openConfinedPage(browser, folder, { javaScript: true });
    // Awaited below, or in `finally` when writing the deck failed first: a tab that failed to open meanwhile is no unhandled rejection.
    opening.catch(() => undefined);
    try {
      await copyRevealAssets(folder);
      const estimated = deckHtml(slides);
      await writeFile(path.join(folder, 'index.html'), estimated);
      await mkdir(path.join(folder, 'fonts'));
      await writeFile(path.join(folder, 'fonts.css'), await writeSubsetFonts(path.join(folder, 'fonts'), estimated + probes, { urlPrefix: 'fonts/', faces: DECK_FACES }));
      const page = await opening;
      // The glossary slides are packed again by what Chromium measures on the deck just written; a group's grid of
      // figures takes two rows where they fit, one where Chromium finds they do not. The grids first: the term fit
      // leaves its probes in the deck.
      await showDeck(page, { deckFolder: folder, slide });
      const oneRowGrids = await overflowingGrids(page);
      const termFit = await measureTermFit({ page, probes });
      for (const name of termFit ? overlongTerms(report.glossary?.terms ?? [], termFit) : []) context.note(`glossary term “${name}”: half of its explanation is taller than a slide and runs into the slide's foot; shorten it or use the 16:9 deck`);
      if (termFit || oneRowGrids.size > 0) {
        slides = await buildSlides(report, { spec, fontFamily: fonts.sansZh.family, termFit, oneRowGrids, labels, theme });
        await writeFile(path.join(folder, 'index.html'), deckHtml(slides));
      }
      if (oneRowGrids.size > 0) {
        await showDeck(page, { deckFolder: folder, slide });
        for (const group of await overflowingGrids(page)) context.note(`deck group “${group}”: its grid of headline figures is taller than a slide even in one row and runs into the slide's foot; shorten the figures' labels`);
      }
      const outline = deckOutline(slides, { continued: { zh: labels.text('continued', 'zh'), en: labels.text('continued', 'en') } });
      for (const notes of modes) printed.push({ notes, ...(await printDeck({ page, deckFolder: folder, notes, slide, outline })) });
    } finally {
      await (await opening.catch(() => undefined))?.close();
    }
  });
  const outputs = await Promise.all(
    printed.map(async ({ notes, pdf, pages }) => {
      const pdfPath = path.join(outDir, notes === 'separate-page' ? 'slides-notes.pdf' : 'slides.pdf');
      await writeAtomic(pdfPath, pdf);
      return { path: pdfPath, pages };
    }),
  );
  return [{ path: path.join(deckFolder, 'index.html'), pages: countSlides(slides) }, ...outputs];
}

export const slidesRenderer: Renderer = { name: 'slides', render: (context) => renderDeck(context, { notesPages: context.settings?.deckNotes === true }) };
