import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderTemplate } from '../html/templates.ts';
import { type FaceName, writeSubsetFonts } from '../html/fonts.ts';
import { fonts } from '../../theme/theme.ts';
import { replaceFolder, writeAtomic } from '../../build/write-atomic.ts';
import type { Output, RenderContext, Renderer } from '../renderer.ts';
import { copyRevealAssets } from './copy-reveal.ts';
import { deckSpecFor } from './deck-spec.ts';
import { buildSlides, deckSubject } from './deck-view.ts';
import { printDeck } from './print-deck.ts';

/** deck.css sets Chinese in Noto Sans SC and English in Source Serif 4, upright only. */
const DECK_FACES: FaceName[] = ['sansZh', 'sansZhBold', 'serifEn', 'serifEnBold'];

/** The deck PDF's notes modes, for a CLI option to offer and check: `separate-page` prints each slide's speaker notes on a page after it. */
export const DECK_NOTES = ['none', 'separate-page'] as const;

export type DeckNotes = (typeof DECK_NOTES)[number];

export interface SlidesOptions {
  /** `none` (default) writes `slides.pdf`; `separate-page` writes `slides-notes.pdf` instead. */
  notes?: DeckNotes;
}

/** Writes `slides/` (index.html, reveal.js, subset fonts) and prints it to `slides.pdf` (or `slides-notes.pdf` with notes pages). */
export async function renderDeck(context: RenderContext, options: SlidesOptions = {}): Promise<Output[]> {
  const { report, outDir } = context;
  const notes = options.notes ?? 'none';
  const deckFolder = path.join(outDir, 'slides');
  const slides = await buildSlides(report, { spec: deckSpecFor(report), fontFamily: fonts.sansZh.family });
  const html = renderTemplate('slides', { title: report.meta.zh.title || deckSubject(report).zh, slides, bilingual: report.languages.includes('en') });
  await replaceFolder(deckFolder, async (folder) => {
    await copyRevealAssets(folder);
    await writeFile(path.join(folder, 'index.html'), html);
    await mkdir(path.join(folder, 'fonts'));
    await writeFile(path.join(folder, 'fonts.css'), await writeSubsetFonts(path.join(folder, 'fonts'), html, { urlPrefix: 'fonts/', faces: DECK_FACES }));
  });
  const pdfPath = path.join(outDir, notes === 'separate-page' ? 'slides-notes.pdf' : 'slides.pdf');
  const printed = await printDeck({ browser: await context.browser(), deckFolder, notes });
  await writeAtomic(pdfPath, printed.pdf);
  return [
    { path: path.join(deckFolder, 'index.html'), pages: slides.length },
    { path: pdfPath, pages: printed.pages },
  ];
}

export const slidesRenderer: Renderer = { name: 'slides', render: (context) => renderDeck(context) };
