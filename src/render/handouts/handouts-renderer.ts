import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeAtomic } from '../../build/write-atomic.ts';
import { label } from '../../theme/labels.ts';
import { theme } from '../../theme/theme.ts';
import { renderTemplate } from '../html/templates.ts';
import { writeSubsetFonts } from '../html/fonts.ts';
import type { Output, RenderContext, Renderer } from '../renderer.ts';
import { cardMm, cardsFor, chunk, pairLargePages } from './layout.ts';
import { printPdf } from './print-pdf.ts';
import { collectText, toHeaderView, toTermView } from '../html/term-view.ts';

/** The three handouts, each from `templates/<name>.hbs` into `<outDir>/<name>.pdf`. */
const EDITIONS = ['handouts', 'handouts-cards', 'handouts-large'] as const;

const LABEL_KEYS = ['handout-title', 'handout-cards', 'handout-large', 'continued', 'print-actual-size'];

export interface HandoutsOptions extends RenderContext {
  /** Keep the HTML and fonts here instead of a temporary folder that is removed afterwards. */
  buildDir?: string;
  /** Sees the URL of every request the pages make while printing. */
  onRequest?: (url: string) => void;
}

function buildView(context: RenderContext) {
  const terms = (context.report.glossary?.terms ?? []).map(toTermView);
  const header = toHeaderView(context.report);
  const headerHeight = theme.largePrint.term * 1.3 * ((header.titleZh ? 1 : 0) + (header.titleEn ? 1 : 0) + 1) + theme.largePrint.body * 4;
  return {
    header,
    terms,
    cardSheets: chunk(cardsFor(terms), 4),
    cardMm,
    largePages: pairLargePages(terms, headerHeight),
    labelText: LABEL_KEYS.flatMap((key) => [label(key, 'zh'), label(key, 'en')]),
  };
}

/** Builds the sheet, the cut-out cards and the large-print edition of the glossary, or notes why not. */
export async function renderHandouts(options: HandoutsOptions): Promise<Output[]> {
  if (!options.report.glossary || options.report.glossary.terms.length === 0) {
    options.note('handouts skipped: the report has no glossary (名词解释) terms');
    return [];
  }
  const view = buildView(options);
  for (const { term, size } of view.cardSheets.flat().filter((placed) => placed.size < 12)) {
    options.note(`card of glossary term “${term.zh.term}”: its ${term.part === 'en' ? 'English' : 'Chinese'} explanation is longer than a card at 12 pt and is set at ${size} pt`);
  }
  const folder = options.buildDir ?? (await mkdtemp(path.join(os.tmpdir(), 'report-press-handouts-')));
  try {
    const fontCss = await writeSubsetFonts(folder, collectText(view.header, view.terms, view.labelText));
    await Promise.all(EDITIONS.map((name) => writeFile(path.join(folder, `${name}.html`), renderTemplate(name, { ...view, fontCss }))));
    const browser = await options.browser();
    const outputs: Output[] = [];
    for (const name of EDITIONS) {
      const pdf = await printPdf({ browser, folder, file: `${name}.html`, onRequest: options.onRequest });
      const target = path.join(options.outDir, `${name}.pdf`);
      await writeAtomic(target, pdf);
      outputs.push({ path: target });
    }
    return outputs;
  } finally {
    if (!options.buildDir) await rm(folder, { recursive: true, force: true });
  }
}

export const handoutsRenderer: Renderer = { name: 'handouts', render: (context) => renderHandouts(context) };
