import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { projectDir } from '../helpers/cli.ts';

/** Runs `body` (a module's code, with cleanUpOnSignals, makeTempFolder, onInterrupt and sleep in scope) in a process of its own. */
function runInterrupted(body: string): { pid: number; status: number | null; stderr: string } {
  const lifetime = path.join(projectDir, 'src/lifetime');
  const script = `
    import { cleanUpOnSignals, onInterrupt } from ${JSON.stringify(path.join(lifetime, 'cleanup.ts'))};
    import { makeTempFolder } from ${JSON.stringify(path.join(lifetime, 'temp-folder.ts'))};
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    console.log(process.pid);
    ${body}
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectDir, encoding: 'utf8', timeout: 30_000 });
  return { pid: Number(run.stdout.trim().split('\n')[0]), status: run.status, stderr: run.stderr };
}

async function tempFoldersOf(pid: number): Promise<string[]> {
  return (await readdir(os.tmpdir())).filter((name) => name.startsWith('report-press-') && name.includes(`-${pid}-`));
}

describe('an interrupted process', () => {
  it('leaves no temp folder that its code wrote into again while the interrupt tasks ran', async () => {
    const run = runInterrupted(`
      cleanUpOnSignals();
      const folder = await makeTempFolder('handouts');
      // Chromium takes a while to close: the build's code runs on meanwhile.
      onInterrupt(() => sleep(300));
      process.kill(process.pid, 'SIGINT');
      await sleep(100);
      const { mkdir, writeFile } = await import('node:fs/promises');
      await mkdir(folder.path, { recursive: true });
      await writeFile(folder.path + '/late.html', 'written after the signal');
      await sleep(10_000);
    `);
    assert.equal(run.status, 130, run.stderr);
    assert.deepEqual(await tempFoldersOf(run.pid), []);
  });

  it('removes a temp folder made while it is being interrupted', async () => {
    const run = runInterrupted(`
      cleanUpOnSignals();
      onInterrupt(() => sleep(200));
      process.kill(process.pid, 'SIGINT');
      await sleep(50);
      await makeTempFolder('chromium');
      await sleep(10_000);
    `);
    assert.equal(run.status, 130, run.stderr);
    assert.deepEqual(await tempFoldersOf(run.pid), []);
  });
});
