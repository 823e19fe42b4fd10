import path from 'node:path';
import { writeAtomic } from '../../shared/write-atomic.ts';
import type { Output, RenderContext, Renderer } from '../renderer.ts';
import { buildEdition } from './build-edition.tsx';
import { defaultMargins, editions, type PageMargins } from './edition.ts';
import { registerFonts } from './fonts.ts';
import type { SourceMap } from './source-map.ts';

export interface PdfRendererOptions {
  margins?: PageMargins;
}

/** The typeset print PDF: the bilingual edition and both monolingual ones, or report.zh.pdf alone without an English source. */
export function createPdfRenderer(options: PdfRendererOptions = {}): Renderer {
  const margins = options.margins ?? defaultMargins;
  return {
    name: 'pdf',
    async render(context: RenderContext): Promise<Output[]> {
      const { report } = context;
      const hasEnglish = report.languages.includes('en');
      const selected = editions.filter((edition) => hasEnglish || edition.name === 'zh');
      if (!hasEnglish) context.note('no English source: built report.zh.pdf only, skipped the bilingual report.pdf and report.en.pdf');
      registerFonts();
      const outputs: Output[] = [];
      for (const edition of selected) {
        const built = await buildEdition({ report, edition, margins });
        const file = path.join(context.outDir, edition.file);
        await writeAtomic(file, built.data);
        // The proof viewer and `report-press where` read it: page areas to source lines, beside the PDF, not in it.
        const map: SourceMap = { document: edition.file, areas: built.areas };
        await writeAtomic(`${file}.map.json`, `${JSON.stringify(map)}\n`);
        outputs.push({ path: file, pages: built.pages }, { path: `${file}.map.json` });
      }
      return outputs;
    },
  };
}

export const pdfRenderer = createPdfRenderer();
