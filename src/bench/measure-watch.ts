/**
 * The editors' loop as they see it: `report-press watch` runs in a child process, each edit is written into its
 * source folder, and the time runs from the write to the line saying the rebuild is done (every output current).
 */
import { spawn } from 'node:child_process';
import { type TreeMeasurement, treeResidentPages } from './measure-tree.ts';

export interface WatchSession {
  /** Writes one edit into the source and times it until the rebuild's `done in` line; the peak memory is the tree's during it. */
  measureEdit: (edit: () => Promise<void>) => Promise<TreeMeasurement>;
  /** Ends the watch process and everything it started. */
  stop: () => Promise<void>;
}

const SAMPLE_MS = 50;
const PAGE_BYTES = 4096;
// A rebuild that takes longer is stuck, not slow: the bench stops rather than wait forever.
const LIMIT_MS = 120_000;

/** Starts `watch` on `sourceDir` into `outDir` and resolves once its first build is done and it watches the source. */
export async function startWatch(options: { bin: string; cwd: string; sourceDir: string; outDir: string }): Promise<WatchSession> {
  // Its own process group: stopping it reaches every process it started.
  const child = spawn(process.execPath, [options.bin, 'watch', '--port', '0', '--source', options.sourceDir, '--out', options.outDir], { cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let log = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer): void => {
    log += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  child.once('exit', () => listeners.forEach((listener) => listener()));

  const waitFor = (pattern: RegExp, from: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => settle(new Error(`watch printed no ${pattern} in ${LIMIT_MS / 1000} s:\n${log.slice(from)}`)), LIMIT_MS);
      const settle = (error?: Error): void => {
        clearTimeout(timer);
        listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = (): void => {
        const printed = log.slice(from);
        if (pattern.test(printed)) settle();
        else if (/nothing was built|not built:/.test(printed)) settle(new Error(`watch failed to rebuild:\n${printed}`));
        else if (child.exitCode !== null || child.signalCode !== null) settle(new Error(`watch ended:\n${printed}`));
      };
      listeners.add(check);
      check();
    });

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const signal = (name: NodeJS.Signals): void => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // The group is gone already.
      }
    };
    // SIGTERM lets the build close Chromium and remove its temp folders; SIGKILL if it does not end.
    signal('SIGTERM');
    const ended = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
    if (!ended) {
      signal('SIGKILL');
      await exited;
    }
  };

  try {
    await waitFor(/^preview: /m, 0);
  } catch (error) {
    await stop();
    throw error;
  }

  const measureEdit = async (edit: () => Promise<void>): Promise<TreeMeasurement> => {
    const from = log.length;
    let peakPages = 0;
    const sampler = setInterval(() => (peakPages = Math.max(peakPages, treeResidentPages(child.pid!))), SAMPLE_MS);
    const started = performance.now();
    try {
      await edit();
      await waitFor(/^done in \d+\.\d+ s$/m, from);
    } finally {
      clearInterval(sampler);
    }
    return { seconds: (performance.now() - started) / 1000, peakMB: (peakPages * PAGE_BYTES) / 2 ** 20, output: log.slice(from) };
  };
  return { measureEdit, stop };
}
