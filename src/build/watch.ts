import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watch as watchFiles } from 'chokidar';
import { UserError } from '../errors.ts';
import { build } from './build.ts';
import { type PreviewMessage, startPreviewServer } from './preview-server.ts';

const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The errors of a failed check, for the viewer's banner (the build printed them already; checking again costs well under a second). */
async function checkMessages(sourceDir: string): Promise<PreviewMessage[]> {
  const { checkSource } = await import('../check/run-checks.ts');
  const checked = await checkSource(sourceDir);
  return checked.files.flatMap((file) =>
    file.messages.filter((message) => message.fatal).map((message) => ({ file: file.path, line: message.line ?? 1, column: message.column ?? 1, reason: message.reason, ruleId: message.ruleId ?? 'report-press' })),
  );
}

export interface WatchOptions {
  sourceDir: string;
  outDir: string;
  /** Renderer names to build; all when empty. */
  only: string[];
  port: number;
  log: (line: string) => void;
}

/**
 * Builds, serves the output folder on 127.0.0.1, and rebuilds what a change affects.
 * A broken edit prints its diagnostics; the last good outputs and the server stay.
 */
export async function watch(options: WatchOptions): Promise<{ close: () => Promise<void> }> {
  const rebuild = async (): Promise<void> => {
    try {
      const { rebuilt } = await build({ sourceDir: options.sourceDir, outDir: options.outDir, only: options.only, force: false, settings: { deckNotes: false }, log: options.log });
      server.publish({ type: 'built', rebuilt });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      options.log(`report-press: ${error.message}`);
      server.publish({ type: 'failed', messages: await checkMessages(options.sourceDir), summary: error.message });
    }
  };
  const server = await startPreviewServer(options.outDir, options.port);
  await rebuild();
  options.log(`preview: ${server.url} (Ctrl-C to stop); watching ${options.sourceDir} and ${path.relative(process.cwd(), templatesDir) || templatesDir}`);
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watchFiles([options.sourceDir, templatesDir], { ignoreInitial: true });
  watcher.on('all', (_event, file) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      options.log(`changed: ${path.relative(process.cwd(), file)}`);
      running = running.then(rebuild);
    }, 150);
  });
  return {
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      await running;
      await server.close();
    },
  };
}
