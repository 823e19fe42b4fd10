import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/pipeline/build.ts';
import { UserError } from '../../src/errors.ts';

/** Chromium processes this test process started that are still running (zombies aside). */
async function chromiumChildren(): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const children: number[] = [];
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const [state, parent] = stat.split(') ')[1]?.split(' ') ?? [];
    // The executable's name: a path would match the project's folder too, and tsx's esbuild runs from there.
    const name = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (Number(parent) === process.pid && state !== 'Z' && /^chrom/i.test(name)) children.push(Number(pid));
  }
  return children;
}

test('a forced build starts Chromium while it checks the source, and closes it when the check fails', async (t) => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-browser-start-'));
  t.after(async () => {
    for (const pid of await chromiumChildren()) process.kill(pid, 'SIGKILL');
    await rm(work, { recursive: true, force: true });
  });
  const lines: string[] = [];
  const building = build({ sourceDir: 'tests/fixtures/check/missing-paragraph', outDir: path.join(work, 'output'), only: [], force: true, settings: { deckNotes: false, booklet: false }, log: (line) => lines.push(line) });
  await assert.rejects(building, (error) => error instanceof UserError && /the source has errors/.test(error.message));
  assert.ok(lines.some((line) => /^chromium\s+started/.test(line)), lines.join('\n'));
  assert.ok(!lines.some((line) => /^check\s/.test(line)), 'the check failed');
  assert.deepEqual(await chromiumChildren(), [], 'Chromium is gone when the build returns');
});
