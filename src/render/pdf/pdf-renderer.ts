import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultPrintSettings } from '../../model/print-defaults.ts';
import { writeAtomic } from '../../common/write-atomic.ts';
import { withGlossaryTitle } from '../glossary-title.ts';
import { type Output, type RenderContext, type Renderer, templatesOf } from '../renderer.ts';
import { sourceDateEpoch } from '../../common/source-date.ts';
import { buildEdition } from './build-edition.tsx';
import { type Edition, editions } from './edition.ts';
import { reportForEdition } from './edition-report.ts';
import { loadFaces, registerFonts } from './fonts.ts';
import { imposeBooklet } from './impose-booklet.ts';
import { diskPartCache, partsFolder } from './part-cache.ts';
import type { SourceMap } from './source-map.ts';
import { linesFile, openStoredLines } from './stored-lines.ts';

/** The files of one edition: the PDF, its page map, and with `booklet` the imposed booklet. */
function editionFiles(edition: Edition, options: { outDir: string; booklet: boolean }): string[] {
  const file = path.join(options.outDir, edition.file);
  return [file, `${file}.map.json`, ...(options.booklet ? [path.join(options.outDir, edition.file.replace(/\.pdf$/, '.booklet.pdf'))] : [])];
}

/** The edition's outputs of the last build, when each was made from `key` and is still there. */
async function keptOutputs(context: RenderContext, files: string[], key: string): Promise<Output[] | undefined> {
  const kept = files.map((file) => context.previous?.find((output) => path.resolve(context.outDir, output.path) === path.resolve(file) && output.key === key));
  if (kept.some((output) => !output)) return undefined;
  const present = await Promise.all(files.map((file) => stat(file).then(() => true, () => false)));
  return present.every(Boolean) ? kept.map((output) => ({ ...output!, path: path.resolve(context.outDir, output!.path) })) : undefined;
}

/**
 * The typeset print PDF: the editions the print settings name (the bilingual edition and both monolingual ones by
 * default), or report.zh.pdf alone without an English source. Each edition is laid out from its own slice of the
 * model (reportForEdition) and kept, unchanged, while that slice and the environment are: an English edit leaves
 * report.zh.pdf as it is. Within an edition, each part is kept while it is unchanged (buildEdition, part-cache.ts),
 * and a part laid out again takes its unchanged paragraphs' lines from the store (stored-lines.ts).
 * Laid out one after the other in this process. Worker threads (the bilingual edition in one, the two others in the
 * other, each with its own part cache and stored lines; kept warm by `watch`) took 1.25 to 1.5 times the CPU in every
 * measurement, and more wall time on the quiet machine but for one row: `build --only pdf --force` 1.10×,
 * `build --force` 1.06×, an English edit then `build` 1.26×, in `watch` an English edit 1.29× and a Chinese one 0.95×
 * (2026-11-30, in turn in one run, load average 2.3 to 4.7; README, Performance): each worker loads react-pdf and the
 * fonts and loses what the first edition leaves the next in one thread (report.en.pdf after report.pdf 1.47 s of CPU,
 * alone 3.40 s), and one thread already keeps about 1.4 of the 2 cores busy.
 */
export function createPdfRenderer(): Renderer {
  return {
    name: 'pdf',
    async prepare(): Promise<void> {
      registerFonts();
      await loadFaces();
    },
    async render(context: RenderContext): Promise<Output[]> {
      const { labels, theme } = templatesOf(context);
      // Heading, contents entry, bookmark and running heads title the glossary as the deck and handouts do (名词解释, not the source's 名 词 解 释).
      const report = { ...context.report, glossary: context.report.glossary && withGlossaryTitle(context.report.glossary, labels) };
      const print = report.print ?? defaultPrintSettings();
      const hasEnglish = report.languages.includes('en');
      const named = editions.filter((edition) => print.editions.includes(edition.name));
      // The edition the reader is looking at first (watch); the others in their order.
      const selected = named.filter((edition) => hasEnglish || edition.name === 'zh').sort((a, b) => Number(b.file === context.first) - Number(a.file === context.first));
      if (!hasEnglish && selected.length < named.length) context.note('no English source: built report.zh.pdf only, skipped the bilingual report.pdf and report.en.pdf');
      const booklet = print.booklet || context.settings?.booklet === true;
      const outputs: Output[] = [];
      for (const edition of selected) {
        const model = reportForEdition(report, edition.langs);
        const key = createHash('sha256')
          .update(JSON.stringify([context.environment ?? '', sourceDateEpoch()?.toISOString() ?? '', edition.name, booklet, model]))
          .digest('hex');
        const files = editionFiles(edition, { outDir: context.outDir, booklet });
        const kept = context.environment ? await keptOutputs(context, files, key) : undefined;
        if (kept) {
          outputs.push(...kept);
          continue;
        }
        const [file, mapFile, imposed] = files;
        registerFonts();
        const stored = context.environment ? diskPartCache(partsFolder(context.outDir, edition.name)) : undefined;
        // Under --force (no previous outputs) every part is laid out again, and the cache refilled; so are the stored line settings.
        const parts = stored && !context.previous ? { ...stored, read: async () => undefined } : stored;
        const lines = context.environment ? await openStoredLines({ file: linesFile(context.outDir, edition.name), environment: context.environment, fresh: !context.previous }) : undefined;
        const built = await buildEdition({ report: model, edition, labels, theme, cache: parts && context.environment ? { parts, lines, environment: context.environment } : undefined });
        await stored?.prune();
        await lines?.save();
        await writeAtomic(file, built.data);
        // The proof viewer and `report-press where` read it: page areas to source lines, beside the PDF, not in it.
        const map: SourceMap = { document: edition.file, areas: built.areas };
        await writeAtomic(mapFile, `${JSON.stringify(map)}\n`);
        outputs.push({ path: file, pages: built.pages, key }, { path: mapFile, key });
        if (!imposed) continue;
        await writeAtomic(imposed, Buffer.from(await imposeBooklet(built.data)));
        outputs.push({ path: imposed, pages: Math.ceil(built.pages / 4) * 2, key });
      }
      return outputs;
    },
  };
}

export const pdfRenderer = createPdfRenderer();
