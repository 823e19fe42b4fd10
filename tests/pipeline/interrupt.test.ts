import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { processesTagged, startCli, taggedGone, tempFoldersOf } from '../helpers/running-cli.ts';
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
      const tag = randomUUID();
      const build = startCli(['build', '--force', '--only', 'handouts', '--source', source, '--out', out], { env: { REPORT_PRESS_TEST_TAG: tag } });
      await build.waitFor(/^chromium\s+started/m);
      build.child.kill(signal);
      const { code } = await build.exited;
      assert.equal(code, signal === 'SIGINT' ? 130 : 143, build.log());
      assert.deepEqual(await taggedGone(tag), [], 'Chromium and its helpers are gone');
      assert.deepEqual(await tempFoldersOf(build.child.pid!), [], 'its temp folders are gone');
    });
  }

  it('leaves no Chromium process on SIGKILL, and the next build removes its temp folders', async () => {
    const tag = randomUUID();
    const build = startCli(['build', '--force', '--only', 'handouts', '--source', source, '--out', out], { env: { REPORT_PRESS_TEST_TAG: tag } });
    await build.waitFor(/^chromium\s+started/m);
    assert.ok((await processesTagged(tag)).length > 2, 'the build and Chromium with its helpers carry the tag');
    build.child.kill('SIGKILL');
    await build.exited;
    assert.deepEqual(await taggedGone(tag), [], 'Chromium exits when its pipe to the build closes');
    assert.notDeepEqual(await tempFoldersOf(build.child.pid!), [], 'a killed process cannot clean up after itself');
    const next = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
    assert.equal(next.status, 0, next.stderr);
    assert.deepEqual(await tempFoldersOf(build.child.pid!), [], 'the next build swept them');
  });
});
