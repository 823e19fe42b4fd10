import path from 'node:path';
import { defaultPrintSettings } from '../../model/print-defaults.ts';
import { writeAtomic } from '../../common/write-atomic.ts';
import { type Output, type RenderContext, type Renderer, templatesOf } from '../renderer.ts';
import { buildEdition } from './build-edition.tsx';
import { editions } from './edition.ts';
import { registerFonts } from './fonts.ts';
import { imposeBooklet } from './impose-booklet.ts';
import type { SourceMap } from './source-map.ts';

/**
 * The typeset print PDF: the editions the print settings name (the bilingual edition and both monolingual ones by
 * default), or report.zh.pdf alone without an English source.
 */
export function createPdfRenderer(): Renderer {
  return {
    name: 'pdf',
    async render(context: RenderContext): Promise<Output[]> {
      const { report } = context;
      const print = report.print ?? defaultPrintSettings();
      const hasEnglish = report.languages.includes('en');
      const named = editions.filter((edition) => print.editions.includes(edition.name));
      const selected = named.filter((edition) => hasEnglish || edition.name === 'zh');
      if (!hasEnglish && selected.length < named.length) context.note('no English source: built report.zh.pdf only, skipped the bilingual report.pdf and report.en.pdf');
      const booklet = print.booklet || context.settings?.booklet === true;
      registerFonts();
      const { labels, theme } = templatesOf(context);
      const outputs: Output[] = [];
      for (const edition of selected) {
        const built = await buildEdition({ report, edition, labels, theme });
        const file = path.join(context.outDir, edition.file);
        await writeAtomic(file, built.data);
        // The proof viewer and `report-press where` read it: page areas to source lines, beside the PDF, not in it.
        const map: SourceMap = { document: edition.file, areas: built.areas };
        await writeAtomic(`${file}.map.json`, `${JSON.stringify(map)}\n`);
        outputs.push({ path: file, pages: built.pages }, { path: `${file}.map.json` });
        if (!booklet) continue;
        const imposed = path.join(context.outDir, edition.file.replace(/\.pdf$/, '.booklet.pdf'));
        await writeAtomic(imposed, Buffer.from(await imposeBooklet(built.data)));
        outputs.push({ path: imposed, pages: Math.ceil(built.pages / 4) * 2 });
      }
      return outputs;
    },
  };
}

export const pdfRenderer = createPdfRenderer();
