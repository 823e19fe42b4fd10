import os from 'node:os';

/** What must go when the process goes: the browser, temporary folders. */
const tasks = new Set<() => Promise<unknown>>();
/** Work the exit waits for once interrupted: tasks running, and what is being made that a task must then remove. */
const pending = new Set<Promise<unknown>>();
let interrupted = false;

/**
 * Returns `work`, which an interrupted process finishes before it exits: a temp folder being made, or Chromium being
 * launched, at the moment of the signal, is then registered (onInterrupt) and removed, not left behind.
 */
export function finishBeforeExit<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  work.then(
    () => pending.delete(work),
    () => pending.delete(work),
  );
  return work;
}

/**
 * Registers a task to run if the process is interrupted; the returned function unregisters it. Registered once the
 * process is being interrupted, the task runs at once, and the exit waits for it.
 */
export function onInterrupt(task: () => Promise<unknown>): () => void {
  if (interrupted) {
    finishBeforeExit(task());
    return () => undefined;
  }
  tasks.add(task);
  return () => tasks.delete(task);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function cleanUpAndExit(signal: NodeJS.Signals): Promise<void> {
  interrupted = true;
  for (const task of tasks) finishBeforeExit(task());
  tasks.clear();
  while (pending.size > 0) await Promise.allSettled([...pending]);
  // The shell's convention: 128 + the signal's number (130 for Ctrl-C).
  process.exit(128 + os.constants.signals[signal]);
}

/**
 * While the returned release function is not called, SIGINT, SIGTERM and SIGHUP run every registered task
 * (close Chromium, remove temporary folders) before the process exits, instead of leaving them behind.
 */
export function cleanUpOnSignals(): () => void {
  for (const signal of SIGNALS) process.on(signal, cleanUpAndExit);
  return () => {
    for (const signal of SIGNALS) process.off(signal, cleanUpAndExit);
  };
}
