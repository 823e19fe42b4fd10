import os from 'node:os';

/** What must go when the process goes: the browser, temporary folders. */
const tasks = new Set<() => Promise<unknown>>();

/** Registers a task to run if the process is interrupted; the returned function unregisters it. */
export function onInterrupt(task: () => Promise<unknown>): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function cleanUpAndExit(signal: NodeJS.Signals): Promise<void> {
  await Promise.allSettled([...tasks].map((task) => task()));
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
