import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatMessages } from '../check/format-messages.ts';
import { UserError } from '../errors.ts';
import type { BuildSettings, Output, RenderContext } from '../render/renderer.ts';
import { cleanUpOnSignals } from '../lifetime/cleanup.ts';
import { sweepTempFolders } from '../lifetime/temp-folder.ts';
import { shippedTemplatesDir } from '../theme/templates-dir.ts';
import { type BuildCache, hashBuild, readCache, readStoredCheck, writeCache, writeStoredCheck } from './cache.ts';
import { hashOf } from '../common/code-key.js';
import { prepareOutputFolder } from './output-folder.ts';
import { type RendererEntry, renderers } from './renderers.ts';
import { type SharedBrowser, sharedBrowser } from './shared-browser.ts';
import { OWN_PREFIX } from '../common/write-atomic.ts';

export interface BuildOptions {
  sourceDir: string;
  outDir: string;
  /** Renderer names to build; all when empty. */
  only: string[];
  /** Ignore every cache and rebuild all. */
  force: boolean;
  settings: BuildSettings;
  /** Handlebars layouts, partials, labels.yaml and theme.yaml; the shipped `templates/` by default. */
  templatesDir?: string;
  /** The output the reader is looking at (its name in the output folder): built before the others. */
  first?: string;
  log: (line: string) => void;
}

export interface BuildResult {
  outputs: Output[];
  /** Renderers that were rebuilt (the others were up to date). */
  rebuilt: string[];
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}

function selectRenderers(only: string[]): RendererEntry[] {
  const unknown = only.filter((name) => !renderers.some((renderer) => renderer.name === name));
  if (unknown.length > 0) {
    throw new UserError(`unknown output "${unknown.join(', ')}" for --only: choose from ${renderers.map((renderer) => renderer.name).join(', ')}`, 2);
  }
  return only.length === 0 ? renderers : renderers.filter((renderer) => only.includes(renderer.name));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function allPresent(outDir: string, outputs: Output[] | undefined): Promise<boolean> {
  if (!outputs) return false;
  const present = await Promise.all(outputs.map((output) => exists(path.join(outDir, output.path))));
  return present.every(Boolean);
}

/** Outputs the renderer made last time and not this time (e.g. slides-notes.pdf after --deck-notes is dropped). */
async function removeStale(outDir: string, before: Output[], now: Output[]): Promise<void> {
  const kept = new Set(now.map((output) => output.path));
  await Promise.all(before.filter((output) => !kept.has(output.path)).map((output) => rm(path.join(outDir, output.path), { force: true })));
}

/** Staging files of builds that were killed (`.report-press-name.PID.tmp`): their process is gone, so they go too; no other name is touched. */
async function sweepStaging(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  for (const name of names) {
    const match = name.startsWith(OWN_PREFIX) ? /\.(\d+)\.(tmp|old)$/.exec(name) : null;
    if (!match) continue;
    const alive = (() => {
      try {
        process.kill(Number(match[1]), 0);
        return true;
      } catch {
        return false;
      }
    })();
    if (!alive) await rm(path.join(outDir, name), { recursive: true, force: true });
  }
}

/**
 * Checks the source, then runs the renderers whose slice of the model, code, templates, fonts or settings changed,
 * side by side; one Chromium serves them all. A failing renderer does not stop the others. Chromium and every
 * temporary folder go with the build, on an error or on SIGINT/SIGTERM too.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const release = cleanUpOnSignals();
  const browser = sharedBrowser(options.log);
  try {
    return await buildOutputs(options, browser);
  } finally {
    await browser.close();
    release();
  }
}

/**
 * Loads the modules of the check and of the selected renderers, and what each renderer prepares (fonts): all of it
 * the process's, none of it read from a file the user edits. `watch` calls it once its first build is done, so that the
 * first edit does not pay for it when that build had nothing to rebuild.
 */
export async function prepareBuild(only: string[]): Promise<void> {
  await import('../render/html/templates.ts');
  await import('../check/run-checks.ts');
  for (const entry of selectRenderers(only)) await (await entry.load()).prepare?.();
}

/** Whether a renderer's outputs are rebuilt whatever the source says: forced, never built here, or one of them gone. */
async function surelyStale(options: { force: boolean; outDir: string; entry: BuildCache['renderers'][string] | undefined }): Promise<boolean> {
  return options.force || !options.entry?.key || !(await allPresent(options.outDir, options.entry.outputs));
}

/** The renderer's outputs stay listed as report-press's own, with no key a build matches: they are not up to date. */
function disown(cache: BuildCache, name: string): void {
  const entry = cache.renderers[name];
  if (entry) cache.renderers[name] = { key: '', outputs: entry.outputs.map(({ key: _, ...output }) => output) };
}

async function buildOutputs(options: BuildOptions, browser: SharedBrowser): Promise<BuildResult> {
  const selected = selectRenderers(options.only);
  const order = renderers.map((entry) => entry.name);
  const templatesDir = options.templatesDir ?? shippedTemplatesDir;
  const started = performance.now();
  await prepareOutputFolder({ outDir: options.outDir, sourceDir: options.sourceDir, force: options.force });
  await sweepStaging(options.outDir);
  await sweepTempFolders();
  const cache: BuildCache = await readCache(options.outDir);
  const hashOptions = { sourceDir: options.sourceDir, templatesDir, selected: selected.map((entry) => entry.name), settings: options.settings, cache };
  const keys = await hashBuild(hashOptions);
  const cachedOutputs = selected.flatMap((entry) => cache.renderers[entry.name]?.outputs ?? []);
  if (!options.force && cache.inputs === keys.inputs && (await allPresent(options.outDir, cachedOutputs))) {
    options.log(`up to date (${seconds(started)}): nothing changed since the last build`);
    return { outputs: cachedOutputs, rebuilt: [] };
  }

  // Read before any output is disowned: a bad theme.yaml or labels.yaml stops the build with every output still vouched for.
  // Loaded only past the up-to-date check: Handlebars and zod are most of a no-op build's module loading.
  const { loadTemplates } = await import('../render/html/templates.ts');
  const templates = loadTemplates(templatesDir);
  const firstEntry = options.first === undefined ? undefined : selected.find((entry) => entry.writes.test(options.first!));
  // Chromium starts while the source is checked when a Chromium output is rebuilt whatever the check finds, and
  // before the print PDFs: never for an edit that rebuilds only those. `build --force`: 0.92× the wall time, the same
  // CPU (in turn, median of five pairs, load average 8 to 10, 2026-11-30).
  const browserFirst = firstEntry?.runsIn !== 'node';
  if (browserFirst && (await Promise.all(selected.filter(({ runsIn }) => runsIn === 'browser').map((entry) => surelyStale({ ...options, entry: cache.renderers[entry.name] })))).some(Boolean)) browser.start();
  const { checkSource } = await import('../check/run-checks.ts');
  const stored = options.force ? undefined : await readStoredCheck(options.outDir, keys.environment);
  const checked = await checkSource(options.sourceDir, { templatesDir, stored });
  await writeStoredCheck(options.outDir, keys.environment, checked.stored);
  if (checked.files.some((file) => file.messages.length > 0)) options.log(formatMessages(checked.files));
  if (!checked.ok || !checked.report) throw new UserError('the source has errors: nothing was built, the previous outputs are kept');
  options.log(`check      ${seconds(started)}`);
  const report = checked.report;

  const previous = new Map(selected.map((entry) => [entry.name, cache.renderers[entry.name]] as const));
  const rendererKeys = new Map(selected.map((entry) => [entry.name, hashOf(keys.environment, entry.name, JSON.stringify(entry.slice(report)))] as const));
  const current = await Promise.all(
    selected.map(async (entry) => !options.force && previous.get(entry.name)?.key === rendererKeys.get(entry.name) && (await allPresent(options.outDir, previous.get(entry.name)!.outputs))),
  );
  const stale = selected.filter((_, index) => !current[index]);
  // Stop vouching for what is about to be overwritten before the first byte of it is: a build killed from here on
  // leaves outputs the cache does not vouch for, and the next build makes them again. Their names stay listed, as
  // files report-press wrote (the output folder's check).
  cache.inputs = undefined;
  for (const entry of stale) disown(cache, entry.name);
  await writeCache(options.outDir, cache, order);

  const context: RenderContext = {
    report,
    outDir: options.outDir,
    settings: options.settings,
    templates,
    environment: keys.environment,
    first: options.first,
    browser: browser.get,
    note: (message: string) => options.log(`note: ${message}`),
  };
  const rebuilt: string[] = [];
  const failures: string[] = [];
  const runEntry = async (entry: RendererEntry): Promise<Output[]> => {
    const before = previous.get(entry.name);
    if (!stale.includes(entry)) {
      options.log(`${entry.name.padEnd(10)} up to date`);
      return before!.outputs;
    }
    const rendererStarted = performance.now();
    const renderer = await entry.load();
    // The outputs of the last build and their keys, as read before they were disowned: the renderer may keep those whose key is unchanged.
    const outputs = (await renderer.render({ ...context, previous: options.force ? undefined : before?.outputs })).map((output) => ({ ...output, path: path.relative(options.outDir, output.path) }));
    await removeStale(options.outDir, before?.outputs ?? [], outputs);
    options.log(`${entry.name.padEnd(10)} ${seconds(rendererStarted)}`);
    cache.renderers[entry.name] = { key: rendererKeys.get(entry.name)!, outputs };
    rebuilt.push(entry.name);
    return outputs;
  };
  // Work in this process runs one renderer at a time, the Chromium renderers together, never both at once: on 2
  // cores react-pdf beside Chromium took 13.4 s for all outputs, one after the other 11.0 s (make bench); with the print
  // editions in worker threads beside Chromium, 1.26× the wall time and 1.38× the CPU of this order (`build --force`,
  // in turn in one run, median of three pairs, load average 3.7 rising to 7.6; 1.10× and 1.36× at 8 to 13; 2026-11-30).
  const settled = new Map<RendererEntry, PromiseSettledResult<Output[]>>();
  const runInNode = async (): Promise<void> => {
    for (const entry of selected.filter(({ runsIn }) => runsIn === 'node')) settled.set(entry, (await Promise.allSettled([runEntry(entry)]))[0]);
  };
  const runInBrowser = async (): Promise<void> => {
    const inBrowser = selected.filter(({ runsIn }) => runsIn === 'browser');
    (await Promise.allSettled(inBrowser.map(runEntry))).forEach((result, index) => settled.set(inBrowser[index], result));
    await browser.close();
  };
  // Chromium's outputs first, and Chromium closed before react-pdf lays out: the memory of the two never adds up
  // (report ×8, all outputs: whole process tree 1.31 GB at its peak, against 1.85 GB with the print PDFs first; same time).
  // The output the reader is looking at comes first all the same.
  for (const phase of browserFirst ? [runInBrowser, runInNode] : [runInNode, runInBrowser]) await phase();
  const results = selected.map((entry) => settled.get(entry)!);
  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      const error = result.reason as Error;
      if (!(error instanceof UserError)) throw error;
      failures.push(`${selected[index].name}: ${error.message}`);
    }
  });
  // An input edited while the build ran may or may not be in the outputs: vouch for none of this build's.
  const unchanged = (await hashBuild(hashOptions)).inputs === keys.inputs;
  if (!unchanged) for (const name of rebuilt) disown(cache, name);
  cache.inputs = failures.length === 0 && unchanged ? keys.inputs : undefined;
  await writeCache(options.outDir, cache, order);
  const outputs = results.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
  options.log(await summarise(options.outDir, outputs));
  if (failures.length > 0) throw new UserError(`not built: ${failures.join('; ')}`);
  options.log(`done in ${seconds(started)}`);
  return { outputs, rebuilt };
}

async function summarise(outDir: string, outputs: Output[]): Promise<string> {
  const rows = await Promise.all(
    outputs.map(async (output) => {
      const info = await stat(path.join(outDir, output.path));
      const size = info.isDirectory() ? '' : `${(info.size / 1024).toFixed(0)} KB`;
      return [path.join(outDir, output.path), output.pages === undefined ? '' : String(output.pages), size];
    }),
  );
  const table = [['output', 'pages', 'size'], ...rows];
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((row) => row[column].length)));
  return table.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}
