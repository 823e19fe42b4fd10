import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../../build/write-atomic.ts';
import { makeTempFolder } from '../../lifetime/temp-folder.ts';
import { theme } from '../../theme/theme.ts';
import { writeSubsetFonts } from '../html/fonts.ts';
import type { Templates } from '../html/templates.ts';
import { type Output, type RenderContext, type Renderer, templatesOf } from '../renderer.ts';
import { chunk, fitCardSize, pairLargePages } from './layout.ts';
import { printPdf } from './print-pdf.ts';
import { collectText, toHeaderView, toTermView } from './term-view.ts';

/** The three handouts, each from `templates/<name>.hbs` into `<outDir>/<name>.pdf`. */
const EDITIONS = ['handouts', 'handouts-cards', 'handouts-large'] as const;

const LABEL_KEYS = ['handout-title', 'handout-cards', 'handout-large', 'continued'];

export interface HandoutsOptions extends RenderContext {
  /** Keep the HTML and fonts here instead of a temporary folder that is removed afterwards. */
  buildDir?: string;
  /** Sees the URL of every request the pages make while printing. */
  onRequest?: (url: string) => void;
}

function buildView(context: RenderContext, templates: Templates) {
  const terms = (context.report.glossary?.terms ?? []).map(toTermView);
  const header = toHeaderView(context.report);
  const headerHeight = theme.largePrint.term * 1.3 * ((header.titleZh ? 1 : 0) + (header.titleEn ? 1 : 0) + 1) + theme.largePrint.body * 4;
  return {
    header,
    terms,
    cardSheets: chunk(terms.map((term) => ({ term, size: fitCardSize(term) })), 4),
    largePages: pairLargePages(terms, headerHeight),
    labelText: LABEL_KEYS.flatMap((key) => [templates.labels.text(key, 'zh'), templates.labels.text(key, 'en')]),
  };
}

/** Builds the sheet, the cut-out cards and the large-print edition of the glossary, or notes why not. */
export async function renderHandouts(options: HandoutsOptions): Promise<Output[]> {
  if (!options.report.glossary || options.report.glossary.terms.length === 0) {
    options.note('handouts skipped: the report has no glossary (名词解释) terms');
    return [];
  }
  const templates = templatesOf(options);
  const view = buildView(options, templates);
  const temporary = options.buildDir ? undefined : await makeTempFolder('handouts');
  const folder = options.buildDir ?? temporary!.path;
  try {
    const fontCss = await writeSubsetFonts(folder, collectText(view.header, view.terms, view.labelText));
    await Promise.all(EDITIONS.map((name) => writeFile(path.join(folder, `${name}.html`), templates.render(name, { ...view, fontCss }))));
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
    await temporary?.remove();
  }
}

export const handoutsRenderer: Renderer = { name: 'handouts', render: (context) => renderHandouts(context) };
