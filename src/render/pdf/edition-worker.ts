import { parentPort } from 'node:worker_threads';
import { UserError } from '../../errors.ts';
import { labelsFrom } from '../../theme/labels.ts';
import { buildEdition } from './build-edition.tsx';
import { editions } from './edition.ts';
import type { EditionReply, EditionRequest } from './edition-workers.ts';
import { loadFaces, registerFonts } from './fonts.ts';
import { diskPartCache, partsFolder } from './part-cache.ts';
import { linesFile, openStoredLines } from './stored-lines.ts';

/** One edition, laid out as the main thread asks: from its slice of the model, with its own part cache and stored lines. */
async function layOut(request: EditionRequest): Promise<EditionReply> {
  const edition = editions.find((candidate) => candidate.name === request.edition)!;
  const labels = labelsFrom(request.labels.entries, request.labels.file);
  const cache = request.cache;
  const stored = cache && diskPartCache(partsFolder(cache.outDir, edition.name));
  // Under --force (fresh) every part is laid out again, and the cache refilled; so are the stored line settings.
  const parts = stored && cache.fresh ? { ...stored, read: async () => undefined } : stored;
  const lines = cache && (await openStoredLines({ file: linesFile(cache.outDir, edition.name), environment: cache.environment, fresh: cache.fresh }));
  const built = await buildEdition({ report: request.report, edition, labels, theme: request.theme, cache: parts && cache ? { parts, lines, environment: cache.environment } : undefined });
  await stored?.prune();
  await lines?.save();
  return { built: { data: built.data, pages: built.pages, areas: built.areas } };
}

const port = parentPort!;
// Loaded before the first request: a worker started while the main thread checks the source, or kept by `watch`, is ready when an edition comes.
registerFonts();
await loadFaces();
port.postMessage({ ready: true } satisfies EditionReply);
port.on('message', async (request: EditionRequest) => {
  const reply = await layOut(request).catch((error: unknown): EditionReply => {
    const failed = error as Error;
    return { error: { name: failed.name, message: failed.message, stack: failed.stack, exitCode: error instanceof UserError ? error.exitCode : undefined } };
  });
  port.postMessage(reply);
});
