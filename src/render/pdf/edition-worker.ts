import { parentPort } from 'node:worker_threads';
import { UserError } from '../../errors.ts';
import { labelsOf } from '../../theme/labels.ts';
import { buildEdition } from './build-edition.tsx';
import { editions } from './edition.ts';
import { registerFonts } from './fonts.ts';
import type { EditionReply, EditionRequest } from './lay-out-editions.ts';

/** Lays out the editions its parent sends, one at a time, and answers each with the built PDF or the error. */
const port = parentPort!;
registerFonts();
port.on('message', async (request: EditionRequest) => {
  const reply = await (async (): Promise<EditionReply> => {
    try {
      const edition = editions.find((candidate) => candidate.name === request.edition)!;
      const built = await buildEdition({ report: request.report, edition, labels: labelsOf(request.labels.entries, request.labels.file) });
      return { built: { data: new Uint8Array(built.data), pages: built.pages, areas: built.areas } };
    } catch (error) {
      const failed = error as Error;
      return { error: { message: failed.message, stack: failed.stack, exitCode: error instanceof UserError ? error.exitCode : undefined } };
    }
  })();
  port.postMessage(reply);
});
