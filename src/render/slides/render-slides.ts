import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type FaceName, writeSubsetFonts } from '../html/fonts.ts';
import { fonts } from '../../theme/theme.ts';
import { replaceFolder, writeAtomic } from '../../build/write-atomic.ts';
import { type Output, type RenderContext, type Renderer, templatesOf } from '../renderer.ts';
import { copyRevealAssets } from './copy-reveal.ts';
import { deckSpecFor } from './deck-spec.ts';
import { buildSlides, countSlides, deckSubject } from './deck-view.ts';
import { printDeck } from './print-deck.ts';

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
  const templates = templatesOf(context);
  const slides = await buildSlides(report, { spec: deckSpecFor(report), fontFamily: fonts.sansZh.family, labels: templates.labels });
  const html = templates.render('slides', { title: report.meta.zh.title || deckSubject(report, templates.labels).zh, slides, bilingual: report.languages.includes('en') });
  await replaceFolder(deckFolder, async (folder) => {
    await copyRevealAssets(folder);
    await writeFile(path.join(folder, 'index.html'), html);
    await mkdir(path.join(folder, 'fonts'));
    await writeFile(path.join(folder, 'fonts.css'), await writeSubsetFonts(path.join(folder, 'fonts'), html, { urlPrefix: 'fonts/', faces: DECK_FACES }));
  });
  const browser = await context.browser();
  const modes = options.notesPages ? (['none', 'separate-page'] as const) : (['none'] as const);
  const printed = await Promise.all(
    modes.map(async (notes) => {
      const pdfPath = path.join(outDir, notes === 'separate-page' ? 'slides-notes.pdf' : 'slides.pdf');
      const { pdf, pages } = await printDeck({ browser, deckFolder, notes });
      await writeAtomic(pdfPath, pdf);
      return { path: pdfPath, pages };
    }),
  );
  return [{ path: path.join(deckFolder, 'index.html'), pages: countSlides(slides) }, ...printed];
}

export const slidesRenderer: Renderer = { name: 'slides', render: (context) => renderDeck(context, { notesPages: context.settings?.deckNotes === true }) };
