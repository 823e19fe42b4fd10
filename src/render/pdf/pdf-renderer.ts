import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultPrintSettings } from '../../model/print-defaults.ts';
import { writeAtomic } from '../../common/write-atomic.ts';
import { withGlossaryTitle } from '../glossary-title.ts';
import { type Output, type RenderContext, type Renderer, templatesOf } from '../renderer.ts';
import { sourceDateEpoch } from '../source-date.ts';
import type { BuiltEdition } from './build-edition.tsx';
import { type Edition, editions } from './edition.ts';
import { reportForEdition } from './edition-report.ts';
import { type EditionJob, editionWorkers } from './edition-workers.ts';
import { imposeBooklet } from './impose-booklet.ts';
import type { SourceMap } from './source-map.ts';

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
 * The editions to lay out go to worker threads, side by side (edition-workers.ts); this thread writes them.
 */
export function createPdfRenderer(): Renderer {
  const workers = editionWorkers();
  return {
    name: 'pdf',
    prepare: () => workers.warm(),
    close: () => workers.close(),
    async render(context: RenderContext): Promise<Output[]> {
      const { labels, theme, dir } = templatesOf(context);
      // Heading, contents entry, bookmark and running heads title the glossary as the deck and handouts do (名词解释, not the source's 名 词 解 释).
      const report = { ...context.report, glossary: context.report.glossary && withGlossaryTitle(context.report.glossary, labels) };
      const print = report.print ?? defaultPrintSettings();
      const hasEnglish = report.languages.includes('en');
      const named = editions.filter((edition) => print.editions.includes(edition.name));
      // The edition the reader is looking at first (watch); the others in their order.
      const selected = named.filter((edition) => hasEnglish || edition.name === 'zh').sort((a, b) => Number(b.file === context.first) - Number(a.file === context.first));
      if (!hasEnglish && selected.length < named.length) context.note('no English source: built report.zh.pdf only, skipped the bilingual report.pdf and report.en.pdf');
      const booklet = print.booklet || context.settings?.booklet === true;
      const outputs = new Map<Edition, Output[]>();
      const jobs: Array<EditionJob & { key: string }> = [];
      for (const edition of selected) {
        const model = reportForEdition(report, edition.langs);
        const key = createHash('sha256')
          .update(JSON.stringify([context.environment ?? '', sourceDateEpoch()?.toISOString() ?? '', edition.name, booklet, model]))
          .digest('hex');
        const kept = context.environment ? await keptOutputs(context, editionFiles(edition, { outDir: context.outDir, booklet }), key) : undefined;
        if (kept) {
          outputs.set(edition, kept);
          continue;
        }
        // Under --force (no previous outputs) every part is laid out again, and the cache refilled; so are the stored line settings.
        const cache = context.environment ? { outDir: context.outDir, environment: context.environment, fresh: !context.previous } : undefined;
        jobs.push({ edition, key, request: { edition: edition.name, report: model, labels: { entries: labels.entries, file: path.join(dir, 'labels.yaml') }, theme, cache } });
      }
      const write = async (job: EditionJob, built: BuiltEdition): Promise<void> => {
        const { key } = jobs.find((candidate) => candidate.edition === job.edition)!;
        const [file, mapFile, imposed] = editionFiles(job.edition, { outDir: context.outDir, booklet });
        await writeAtomic(file, built.data);
        // The proof viewer and `report-press where` read it: page areas to source lines, beside the PDF, not in it.
        const map: SourceMap = { document: job.edition.file, areas: built.areas };
        await writeAtomic(mapFile, `${JSON.stringify(map)}\n`);
        const written: Output[] = [{ path: file, pages: built.pages, key }, { path: mapFile, key }];
        if (imposed) {
          await writeAtomic(imposed, Buffer.from(await imposeBooklet(built.data)));
          written.push({ path: imposed, pages: Math.ceil(built.pages / 4) * 2, key });
        }
        outputs.set(job.edition, written);
      };
      if (jobs.length > 0) await workers.layOut(jobs, { first: context.first, onBuilt: write });
      return selected.flatMap((edition) => outputs.get(edition)!);
    },
  };
}

export const pdfRenderer = createPdfRenderer();
