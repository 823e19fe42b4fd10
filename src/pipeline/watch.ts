import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { watch as watchFiles } from 'chokidar';
import { hashFiles, hashOf, readFolder } from '../common/code-key.js';
import { UserError } from '../errors.ts';
import { shippedTemplatesDir } from '../theme/templates-dir.ts';
import { build, prepareBuild } from './build.ts';
import { type PreviewMessage, startPreviewServer } from './preview-server.ts';

/** The errors of a failed check, for the viewer's banner (the build printed them already; checking again costs well under a second). */
async function checkMessages(sourceDir: string, templatesDir: string): Promise<PreviewMessage[]> {
  const { checkSource } = await import('../check/run-checks.ts');
  const checked = await checkSource(sourceDir, { templatesDir });
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
  /** Handlebars layouts, partials, labels.yaml and theme.yaml; the shipped `templates/` by default. */
  templatesDir?: string;
  log: (line: string) => void;
}

/** The folder's real path, or for a folder not made yet its parent's real path and its name. */
async function resolveFolder(folder: string): Promise<string> {
  const absolute = path.resolve(folder);
  return realpath(absolute).catch(async () => path.join(await resolveFolder(path.dirname(absolute)), path.basename(absolute)));
}

const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer + path.sep);

/** An output folder that is, holds or lies in a watched folder would set off a rebuild with every build it receives. */
async function refuseWatchedOutput(outDir: string, watched: Array<{ name: string; folder: string }>): Promise<void> {
  const out = await resolveFolder(outDir);
  for (const { name, folder } of watched) {
    const resolved = await resolveFolder(folder);
    const relation = out === resolved ? 'is' : within(out, resolved) ? 'lies inside' : within(resolved, out) ? 'contains' : undefined;
    if (relation) throw new UserError(`the output folder ${outDir} ${relation} the ${name} folder ${folder}: watch would rebuild on its own outputs forever; choose another --out`);
  }
}

/**
 * Builds, serves the output folder on 127.0.0.1, and rebuilds what a change affects.
 * A broken edit prints its diagnostics; the last good outputs and the server stay. The PDF the viewer shows is
 * rebuilt before the others.
 * Each build reads the templates, labels and theme afresh (see build).
 */
export async function watch(options: WatchOptions): Promise<{ close: () => Promise<void> }> {
  const templatesDir = options.templatesDir ?? shippedTemplatesDir;
  await refuseWatchedOutput(options.outDir, [
    { name: 'source', folder: options.sourceDir },
    { name: 'templates', folder: templatesDir },
  ]);
  // What the watched folders hold: a build compares it before and after (an unreadable folder counts as unchanged).
  const fingerprint = (): string => {
    try {
      return hashOf(...[options.sourceDir, templatesDir].map((folder) => hashFiles(readFolder(folder), folder)));
    } catch {
      return 'unreadable';
    }
  };
  const rebuild = async (): Promise<void> => {
    queued -= 1;
    const before = fingerprint();
    await buildOnce();
    // chokidar drops a file's events within 5 ms of the one it reports: on a loaded machine the last write of a save
    // could go unseen, and watch then showed the outputs of the half-saved file until the next edit.
    if (queued === 0 && timer === undefined && fingerprint() !== before) schedule('a file saved while it built');
  };
  const buildOnce = async (): Promise<void> => {
    try {
      const { rebuilt } = await build({ sourceDir: options.sourceDir, outDir: options.outDir, only: options.only, force: false, settings: { deckNotes: false, booklet: false }, templatesDir, first: server.viewing(), log: options.log });
      server.publish({ type: 'built', rebuilt });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      options.log(`report-press: ${error.message}`);
      server.publish({ type: 'failed', messages: await checkMessages(options.sourceDir, templatesDir), summary: error.message });
    }
  };
  const server = await startPreviewServer(options.outDir, options.port);
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  /** Rebuilds queued and not begun. */
  let queued = 0;
  let closed = false;
  const schedule = (what: string): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      options.log(`changed: ${what}`);
      queued += 1;
      running = running.then(rebuild);
    }, 30);
  };
  const watcher = watchFiles([options.sourceDir, templatesDir], { ignoreInitial: true });
  // One save is a burst of events (an editor's truncate and write, or its temp file and rename) within a few
  // milliseconds: 30 ms of quiet joins them. It was 150 ms, a tenth of an edit's whole rebuild in watch. A change
  // during a build is built next, and the build it overtook vouches for nothing (build.ts).
  watcher.on('all', (_event, file) => schedule(path.relative(process.cwd(), file)));
  // Until chokidar has read the folders it misses changes: an edit right after "preview:" went unbuilt.
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  queued += 1;
  running = rebuild();
  try {
    await running;
  } catch (error) {
    await watcher.close();
    await server.close();
    throw error;
  }
  options.log(`preview: ${server.url} (Ctrl-C to stop); watching ${options.sourceDir} and ${path.relative(process.cwd(), templatesDir) || templatesDir}`);
  // Started on outputs already up to date, the first edit loaded the check's and the renderers' modules and the fonts:
  // 5.3 to 5.9 s of CPU, against 3.9 to 4.5 s with them loaded here and 1.9 s for a later edit (one English paragraph, 2026-11-30).
  running = running.then(() => prepareBuild(options.only));
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
      await server.close();
    },
  };
}
