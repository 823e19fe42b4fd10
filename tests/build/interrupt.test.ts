import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { groupGone, startCli, tempFoldersOf } from '../helpers/running-cli.ts';
import { copyOfSource } from '../helpers/workspace.ts';

describe('a build interrupted while Chromium prints', () => {
  let source: string;
  let out: string;

  before(async () => {
    ({ source, out } = await copyOfSource('interrupt'));
  });

  after(async () => {
    await rm(path.dirname(source), { recursive: true, force: true });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`leaves no Chromium process and no temp folder on ${signal}`, async () => {
      const build = startCli(['build', '--force', '--only', 'handouts', '--source', source, '--out', out]);
      const [, chromium] = await build.waitFor(/^chromium\s+started \(pid (\d+)\)$/m);
      build.child.kill(signal);
      const { code } = await build.exited;
      assert.equal(code, signal === 'SIGINT' ? 130 : 143, build.log());
      assert.deepEqual(await groupGone(Number(chromium)), [], 'Chromium and its helpers are gone');
      assert.deepEqual(await tempFoldersOf(build.child.pid!), [], 'its temp folders are gone');
    });
  }

  it('leaves no Chromium process on SIGKILL, and the next build removes its temp folders', async () => {
    const build = startCli(['build', '--force', '--only', 'handouts', '--source', source, '--out', out]);
    const [, chromium] = await build.waitFor(/^chromium\s+started \(pid (\d+)\)$/m);
    build.child.kill('SIGKILL');
    await build.exited;
    assert.deepEqual(await groupGone(Number(chromium)), [], 'Chromium exits when its pipe to the build closes');
    assert.notDeepEqual(await tempFoldersOf(build.child.pid!), [], 'a killed process cannot clean up after itself');
    const next = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
    assert.equal(next.status, 0, next.stderr);
    assert.deepEqual(await tempFoldersOf(build.child.pid!), [], 'the next build swept them');
  });
});
