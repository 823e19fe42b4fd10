import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../errors.ts';
import type { EditionName, Report } from '../../model/types.ts';
import type { LabelEntries } from '../../theme/labels.ts';
import type { Theme } from '../../theme/load-theme.ts';
import type { BuiltEdition } from './build-edition.tsx';
import { type Edition, editions } from './edition.ts';
import type { SourceArea } from './source-map.ts';

/** What the main thread sends a worker: one edition to lay out from its slice of the model, with the build's labels and theme. */
export interface EditionRequest {
  edition: EditionName;
  report: Report;
  labels: { entries: LabelEntries; file: string };
  theme: Theme;
  /** The output folder's part cache and stored lines for this environment; `fresh` (--force) reads neither. Absent: every part laid out, nothing kept. */
  cache?: { outDir: string; environment: string; fresh: boolean };
}

/** A worker's messages: ready once its modules and fonts are loaded, then for each request the edition or the error it met. */
export type EditionReply =
  | { ready: true }
  | { built: { data: Uint8Array; pages: number; areas: SourceArea[] } }
  | { error: { name: string; message: string; stack?: string; exitCode?: number } };

export interface EditionJob {
  edition: Edition;
  request: EditionRequest;
}

/** The worker's module beside this one, with this module's extension: the TypeScript run through tsx, or its compiled JavaScript. */
const entry = new URL(`./edition-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

// A worker thread does not inherit the tsx hooks bin/report-press.js registers (Node 20): it registers its own, with
// the project's tsconfig (the JSX runtime of the print PDF), when its module is TypeScript.
const BOOT = `import { workerData } from 'node:worker_threads';
if (workerData.tsx) (await import(workerData.tsx.api)).register({ tsconfig: workerData.tsx.tsconfig });
await import(workerData.entry);`;

function bootData(): object {
  const tsx = entry.pathname.endsWith('.ts') ? { api: import.meta.resolve('tsx/esm/api'), tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) } : undefined;
  return { entry: entry.href, tsx };
}

interface Lane {
  worker: Worker;
  /** Settles when the worker has loaded its modules and fonts; rejects if it failed to. */
  ready: Promise<void>;
}

function startLane(): Lane {
  // Without the parent's flags: the tests' `--import tsx` would register tsx a second time, without the project's tsconfig.
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(BOOT)}`), { workerData: bootData(), execArgv: [] });
  const ready = new Promise<void>((resolve, reject) => {
    const settle = (): void => void worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    const onMessage = (): void => (settle(), worker.unref(), resolve());
    const onError = (error: Error): void => (settle(), reject(error));
    const onExit = (code: number): void => (settle(), reject(new Error(`the print PDF's worker stopped before it was ready (exit code ${code})`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
  // A lane started ahead of its first edition (watch's warm-up) may fail before anyone awaits it: the edition sees the failure.
  ready.catch(() => undefined);
  return { worker, ready };
}

/** The worker's error as it was thrown there: a UserError with its exit code, any other error with its name and the worker's stack. */
function failure(error: { name: string; message: string; stack?: string; exitCode?: number }): Error {
  if (error.exitCode !== undefined) return new UserError(error.message, error.exitCode);
  return Object.assign(new Error(error.message), { name: error.name, stack: error.stack });
}

/** One edition laid out by one worker; a worker that fails or stops instead of answering rejects it. */
async function ask(lane: Lane, request: EditionRequest): Promise<BuiltEdition> {
  await lane.ready;
  const { worker } = lane;
  const reply = await new Promise<EditionReply>((resolve, reject) => {
    const settle = (): void => void worker.off('message', onMessage).off('error', onError).off('exit', onExit).unref();
    const onMessage = (message: EditionReply): void => (settle(), resolve(message));
    const onError = (error: Error): void => (settle(), reject(error));
    const onExit = (code: number): void => (settle(), reject(new Error(`the print PDF's worker laying out ${request.edition} stopped (exit code ${code})`)));
    worker.ref();
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
  if ('error' in reply) throw failure(reply.error);
  if (!('built' in reply)) throw new Error(`the print PDF's worker answered ${request.edition} with ${JSON.stringify(reply)}`);
  return { ...reply.built, data: Buffer.from(reply.built.data.buffer, reply.built.data.byteOffset, reply.built.data.byteLength) };
}

/**
 * The lanes' editions: the heaviest edition first into the lightest lane, an edition weighing its languages (the
 * bilingual edition takes about as long as the two others together); in each lane the edition the reader looks at first.
 */
export function planLanes(jobs: EditionJob[], options: { lanes: number; first?: string }): EditionJob[][] {
  const lanes = Array.from({ length: Math.min(options.lanes, jobs.length) }, () => ({ weight: 0, jobs: [] as EditionJob[] }));
  for (const job of [...jobs].sort((a, b) => b.edition.langs.length - a.edition.langs.length)) {
    const lightest = lanes.reduce((least, lane) => (lane.weight < least.weight ? lane : least));
    lightest.jobs.push(job);
    lightest.weight += job.edition.langs.length;
  }
  return lanes.map((lane) => lane.jobs.sort((a, b) => Number(b.edition.file === options.first) - Number(a.edition.file === options.first)));
}

export interface EditionWorkers {
  /** Starts the workers and keeps them, their modules and fonts loaded, between calls of `layOut` until `close` (watch). */
  warm(): Promise<void>;
  /**
   * Lays the editions out in worker threads, one per core at most; `onBuilt` gets each edition as it is finished. At
   * the first error every worker is ended, and the call rejects with that error once the editions being written are.
   * Unless kept warm, the workers end with the call; with the process in any case (threads die with it, SIGKILL too).
   */
  layOut(jobs: EditionJob[], options: { first?: string; onBuilt: (job: EditionJob, built: BuiltEdition) => Promise<void> }): Promise<void>;
  close(): Promise<void>;
}

export function editionWorkers(): EditionWorkers {
  const lanes: Lane[] = [];
  let kept = false;
  const laneCount = (): number => Math.min(os.availableParallelism(), editions.length);
  const endAll = async (): Promise<void> => {
    await Promise.all(lanes.splice(0).map(({ worker }) => worker.terminate()));
  };
  return {
    async warm() {
      kept = true;
      while (lanes.length < laneCount()) lanes.push(startLane());
      await Promise.all(lanes.map((lane) => lane.ready));
    },
    async layOut(jobs, options) {
      const plan = planLanes(jobs, { lanes: laneCount(), first: options.first });
      while (lanes.length < plan.length) lanes.push(startLane());
      let failed: { error: unknown } | undefined;
      const run = async (lane: Lane, laneJobs: EditionJob[]): Promise<void> => {
        for (const job of laneJobs) {
          if (failed) return;
          const built = await ask(lane, job.request);
          if (failed) return;
          await options.onBuilt(job, built);
        }
      };
      try {
        await Promise.allSettled(
          plan.map((laneJobs, index) =>
            run(lanes[index], laneJobs).catch(async (error: unknown) => {
              failed ??= { error };
              await endAll();
            }),
          ),
        );
        if (failed) throw failed.error;
      } finally {
        if (!kept) await endAll();
      }
    },
    async close() {
      kept = false;
      await endAll();
    },
  };
}
