import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/report-press.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process, in the project folder unless `cwd` is given; killed after `timeoutMs` if given. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? projectDir, encoding: 'utf8', env: { ...process.env, ...options.env }, timeout: options.timeoutMs });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
