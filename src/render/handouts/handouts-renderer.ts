import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../../common/write-atomic.ts';
import { makeTempFolder } from '../../lifetime/temp-folder.ts';
import { writeSubsetFonts } from '../html/fonts.ts';
import type { Templates } from '../html/templates.ts';
import { type Output, type RenderContext, type Renderer, templatesOf } from '../renderer.ts';
import { cardMm, cardsFor, chunk, pairLargePages } from './layout.ts';
import { printPdf } from './print-pdf.ts';
import { collectText, toHeaderView, toTermView } from '../html/term-view.ts';

/** The handouts, each from `templates/<template>.hbs` into `<outDir>/<name>.pdf`; a bilingual report also gets a Chinese-only large print. */
const EDITIONS = [
  { name: 'handouts', template: 'handouts', chineseOnly: false },
  { name: 'handouts-cards', template: 'handouts-cards', chineseOnly: false },
  { name: 'handouts-large', template: 'handouts-large', chineseOnly: false },
  // Most residents at a community centre read Chinese only: the same large print without the English.
  { name: 'handouts-large.zh', template: 'handouts-large', chineseOnly: true },
] as const;

const LABEL_KEYS = ['handout-title', 'handout-cards', 'handout-large', 'continued', 'print-actual-size'];

export interface HandoutsOptions extends RenderContext {
  /** Keep the HTML and fonts here instead of a temporary folder that is removed afterwards. */
  buildDir?: string;
  /** Sees the URL of every request the pages make while printing. */
  onRequest?: (url: string) => void;
}

function buildView(context: RenderContext, templates: Templates, options: { chineseOnly: boolean }) {
  const terms = (context.report.glossary?.terms ?? []).map(toTermView).map((term) => (options.chineseOnly ? { ...term, en: undefined } : term));
  const header = { ...toHeaderView(context.report), ...(options.chineseOnly ? { bilingual: false } : {}) };
  const { largePrint } = templates.theme;
  const headerHeight = largePrint.term * 1.3 * ((header.titleZh ? 1 : 0) + (header.titleEn ? 1 : 0) + 1) + largePrint.body * 4;
  return {
    header,
    terms,
    cardSheets: chunk(cardsFor(terms), 4),
    cardMm,
    largePages: pairLargePages(terms, { headerHeight, largePrint }),
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
  const view = buildView(options, templates, { chineseOnly: false });
  const bilingual = options.report.languages.includes('en');
  const editions = EDITIONS.filter((edition) => bilingual || !edition.chineseOnly);
  for (const { term, size } of view.cardSheets.flat().filter((placed) => placed.size < 12)) {
    options.note(`card of glossary term “${term.zh.term}”: its ${term.part === 'en' ? 'English' : 'Chinese'} explanation is longer than a card at 12 pt and is set at ${size} pt`);
  }
  const temporary = options.buildDir ? undefined : await makeTempFolder('handouts');
  const folder = options.buildDir ?? temporary!.path;
  try {
    const fontCss = await writeSubsetFonts(folder, collectText(view.header, view.terms, view.labelText));
    await Promise.all(editions.map((edition) => writeFile(path.join(folder, `${edition.name}.html`), templates.render(edition.template, { ...(edition.chineseOnly ? buildView(options, templates, edition) : view), fontCss }))));
    const browser = await options.browser();
    const outputs: Output[] = [];
    for (const { name } of editions) {
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
