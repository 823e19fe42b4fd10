import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/report-press.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI in a child process, in the project folder unless `cwd` is given; killed after `timeoutMs` if
 * given. `bounded` caps it as the product promises for hostile input: killed after 10 s (status null), a V8 heap of 1 GB.
 */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; bounded?: 'hostile-input' } = {}): CliResult {
  const bounds = options.bounded ? { timeout: 10_000, killSignal: 'SIGKILL' as const } : { timeout: options.timeoutMs };
  const heap = options.bounded ? ['--max-old-space-size=1024'] : [];
  const result = spawnSync(process.execPath, [...heap, bin, ...args], { cwd: options.cwd ?? projectDir, encoding: 'utf8', env: { ...process.env, ...options.env }, ...bounds });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
