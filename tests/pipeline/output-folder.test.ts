import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type CliResult, projectDir, runCli } from '../helpers/cli.ts';

function assertRefused(result: CliResult, reason: RegExp): void {
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, reason);
}

/** A process id that no process has now: that of a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

describe('the output folder', () => {
  let work: string;
  let source: string;
  let broken: string;
  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-out-'));
    source = path.join(work, 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
    // A source with an error: if --out were accepted, the build would stop at the check and write nothing.
    broken = path.join(work, 'broken');
    await cp(source, broken, { recursive: true });
    await writeFile(path.join(broken, 'report.en.md'), `${await readFile(path.join(source, 'report.en.md'), 'utf8')}\n# An extra part\n\nText.\n`);
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('is never the root folder, the home folder or the source folder', () => {
    assertRefused(runCli(['build', '--source', broken, '--out', '/']), /--out \/ is the root folder/);
    assertRefused(runCli(['build', '--source', broken, '--out', homedir()]), /is your home folder/);
    assertRefused(runCli(['build', '--source', broken, '--out', broken]), /is the source folder/);
  });

  it('is refused when it holds files report-press did not write, and --force writes there keeping them', async () => {
    const shared = path.join(work, 'shared');
    await mkdir(path.join(shared, '.x.99999.tmp'), { recursive: true });
    await writeFile(path.join(shared, 'notes.txt'), 'mine');
    await writeFile(path.join(shared, '.y.12345.old'), 'mine too');
    const stale = `.report-press-handouts.pdf.${deadPid()}.tmp`;
    await writeFile(path.join(shared, stale), 'left by a killed build');
    assertRefused(runCli(['build', '--only', 'handouts', '--source', source, '--out', shared]), /holds files report-press did not write \(\.x\.99999\.tmp, \.y\.12345\.old, notes\.txt\).*--force/);
    assert.deepEqual((await readdir(shared)).sort(), ['.x.99999.tmp', '.y.12345.old', stale, 'notes.txt'].sort());
    const forced = runCli(['build', '--force', '--only', 'handouts', '--source', source, '--out', shared]);
    assert.equal(forced.status, 0, forced.stderr);
    const names = await readdir(shared);
    for (const name of ['.x.99999.tmp', '.y.12345.old', 'notes.txt', 'handouts.pdf']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.ok(!names.includes(stale), 'a dead build of report-press leaves nothing behind');
  });

  it('may be the output folder of the repository, holding only its .gitkeep placeholder', async () => {
    const out = path.join(work, 'placeholder');
    await mkdir(out);
    await writeFile(path.join(out, '.gitkeep'), '');
    const built = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
    assert.equal(built.status, 0, built.stderr);
    assert.ok((await readdir(out)).includes('handouts.pdf'), 'handouts.pdf is built beside .gitkeep');
  });

  it('may hold what a first build, killed while writing, left there before its cache listed it', async () => {
    const out = path.join(work, 'first-killed');
    await mkdir(out);
    // What such a build leaves: the cache file it writes before its first output, and an output it does not list yet.
    await writeFile(path.join(out, '.report-press-cache.json'), JSON.stringify({ renderers: {} }));
    await writeFile(path.join(out, 'handouts.pdf'), 'half-written');
    const built = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
    assert.equal(built.status, 0, built.stderr);
    assert.match(await readFile(path.join(out, 'handouts.pdf'), 'latin1'), /^%PDF-/);
  });

  it('may be built into again: its own outputs and cache are not foreign', async () => {
    const out = path.join(work, 'own');
    const first = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
    await writeFile(path.join(source, 'report.en.md'), `${await readFile(path.join(source, 'report.en.md'), 'utf8')} `);
    const second = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
    assert.equal(second.status, 0, second.stderr);
  });
});
