/**
 * Runs a command and measures it as a user would see it: wall time, and the peak of the summed resident memory of
 * its whole process tree (Chromium's processes included), sampled from /proc every 50 ms. Linux only, like `make bench`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface TreeMeasurement {
  seconds: number;
  /** Peak of the sum of every descendant's resident set, in MB. */
  peakMB: number;
  output: string;
}

const SAMPLE_MS = 50;

/** Parent and resident pages of every process, from /proc/PID/stat (fields 4 and 24; the name in parentheses may hold spaces). */
function processTable(): Map<number, { parent: number; rssPages: number }> {
  const table = new Map<number, { parent: number; rssPages: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
      table.set(Number(name), { parent: Number(fields[1]), rssPages: Number(fields[21]) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/** The resident pages of `root` and every process below it. */
export function treeResidentPages(root: number): number {
  const table = processTable();
  const inTree = new Set([root]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const [pid, { parent }] of table) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grown = true;
      }
    }
  }
  return [...inTree].reduce((sum, pid) => sum + (table.get(pid)?.rssPages ?? 0), 0);
}

const PAGE_BYTES = 4096;

export function measureTree(command: string, args: string[], options: { cwd: string }): Promise<TreeMeasurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    let peakPages = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakPages = Math.max(peakPages, treeResidentPages(child.pid));
    }, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (status !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${output}\n${errors}`));
      else resolve({ seconds, peakMB: (peakPages * PAGE_BYTES) / 2 ** 20, output });
    });
  });
}
