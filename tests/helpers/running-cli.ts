import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { projectDir } from './cli.ts';

const bin = `${projectDir}bin/report-press.js`;

export interface RunningCli {
  child: ChildProcess;
  /** Everything the process printed so far, stdout and stderr. */
  log: () => string;
  /** Resolves with the match once the output from `from` on matches `pattern`; rejects if the process exits first. */
  waitFor: (pattern: RegExp, from?: number) => Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Longer than any build of the fixtures takes on a loaded 2-core machine. */
const WAIT_LIMIT_MS = 180_000;

/** Starts the real CLI and follows its progress lines, so a test acts on what the build says, never on a delay. */
export function startCli(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): RunningCli {
  const child = spawn(process.execPath, [bin, ...args], { cwd: projectDir, env: { ...process.env, ...options.env } });
  let log = '';
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  child.stdout!.on('data', (chunk) => ((log += chunk), notify()));
  child.stderr!.on('data', (chunk) => ((log += chunk), notify()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => (notify(), resolve({ code, signal }))));
  const waitFor = (pattern: RegExp, from = 0): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const settle = (error?: Error, match?: RegExpMatchArray): void => {
        clearTimeout(timer);
        listeners.delete(check);
        if (error) reject(error);
        else resolve(match!);
      };
      // A process that stops making progress fails the test with what it printed, rather than hang the run.
      const timer = setTimeout(() => settle(new Error(`no ${pattern} in ${WAIT_LIMIT_MS / 1000} s:\n${log.slice(from)}`)), WAIT_LIMIT_MS);
      const check = (): void => {
        const match = log.slice(from).match(pattern);
        if (match) settle(undefined, match);
        else if (child.exitCode !== null || child.signalCode !== null) settle(new Error(`the process ended before printing ${pattern}:\n${log.slice(from)}`));
      };
      listeners.add(check);
      check();
    });
  return { child, log: () => log, waitFor, exited };
}

/**
 * Processes that carry `REPORT_PRESS_TEST_TAG=<tag>` in their environment: the build started with it and everything
 * it started, Chromium's helpers and crash handler included (they inherit the environment even when they leave
 * its process group or are adopted by PID 1).
 */
export async function processesTagged(tag: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const marker = `REPORT_PRESS_TEST_TAG=${tag}\0`;
  const tagged: number[] = [];
  for (const pid of pids) {
    const environment = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '');
    const state = (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')).split(') ')[1]?.[0];
    if (environment.includes(marker) && state !== 'Z') tagged.push(Number(pid));
  }
  return tagged;
}

/** Waits until no tagged process is left, up to `limitMs`; returns those still alive then. */
export async function taggedGone(tag: string, limitMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const left = await processesTagged(tag);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The temp folders report-press made for process `pid`. */
export async function tempFoldersOf(pid: number): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => new RegExp(`^report-press-[a-z]+-${pid}-`).test(name));
}
