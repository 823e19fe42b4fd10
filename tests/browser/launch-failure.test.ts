import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.ts';

test('a Chromium that exits at once (REPORT_PRESS_CHROMIUM=/bin/false) is one line, exit 1, no stack trace', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-false-chromium-'));
  try {
    const result = runCli(['build', '--only', 'handouts', '--source', 'tests/fixtures/mini', '--out', path.join(work, 'output')], { env: { REPORT_PRESS_CHROMIUM: '/bin/false' } });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /^report-press: not built: handouts: Chromium at \/bin\/false did not start \(.+\): .*REPORT_PRESS_CHROMIUM/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
