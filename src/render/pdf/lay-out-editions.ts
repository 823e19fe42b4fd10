import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../errors.ts';
import type { EditionName, Report } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';
import type { BuiltEdition } from './build-edition.tsx';
import type { Edition } from './edition.ts';

/** What the main thread sends a worker: one edition to lay out, from its model (see reportForEdition). */
export interface EditionRequest {
  edition: EditionName;
  report: Report;
  labels: Pick<Labels, 'entries' | 'file'>;
}

/** A worker's answer: the edition, or the error it met (a UserError keeps its exit code). */
export type EditionReply =
  | { built: Omit<BuiltEdition, 'data'> & { data: Uint8Array } }
  | { error: { message: string; stack?: string; exitCode?: number } };

export interface EditionJob {
  edition: Edition;
  report: Report;
}

/** One request to one worker; a worker that fails or stops instead of answering rejects it. */
function ask(worker: Worker, request: EditionRequest): Promise<EditionReply> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const onMessage = (reply: EditionReply) => {
      settle();
      resolve(reply);
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onExit = (code: number) => {
      settle();
      reject(new Error(`the worker laying out ${request.edition} stopped (exit code ${code})`));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}

function failure(error: { message: string; stack?: string; exitCode?: number }): Error {
  if (error.exitCode !== undefined) return new UserError(error.message, error.exitCode);
  return Object.assign(new Error(error.message), { stack: error.stack });
}

/**
 * Lays the editions out in worker threads, one per core at most, each worker taking the next edition when it is
 * done; `onBuilt` gets each edition as it is finished. The workers end with the call, at the first error too (and
 * with the process on a signal, as threads do).
 */
export async function layOutEditions(jobs: EditionJob[], options: { labels: Labels; onBuilt: (job: EditionJob, built: BuiltEdition) => Promise<void> }): Promise<void> {
  const queue = [...jobs];
  const workers: Worker[] = [];
  const labels = { entries: options.labels.entries, file: options.labels.file };
  const lane = async (): Promise<void> => {
    const worker = new Worker(new URL('./edition-worker.mjs', import.meta.url));
    workers.push(worker);
    for (let job = queue.shift(); job; job = queue.shift()) {
      const reply = await ask(worker, { edition: job.edition.name, report: job.report, labels });
      if ('error' in reply) throw failure(reply.error);
      await options.onBuilt(job, { ...reply.built, data: Buffer.from(reply.built.data.buffer, reply.built.data.byteOffset, reply.built.data.byteLength) });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs.length, os.availableParallelism()) }, lane));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
