import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { startCli } from '../helpers/running-cli.ts';
import { copyOfSource } from '../helpers/workspace.ts';

async function snapshot(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const hashes = await Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(folder, file), createHash('sha256').update(await readFile(file)).digest('hex')] as const;
    }),
  );
  return new Map(hashes);
}

/** Files a reader would take for outputs: everything but the hidden staging and cache files. */
function visible(files: Map<string, string>): Map<string, string> {
  return new Map([...files].filter(([name]) => !name.split(path.sep).some((part) => part.startsWith('.'))));
}

describe('a build killed with SIGKILL', () => {
  let source: string;
  let out: string;

  before(async () => {
    ({ source, out } = await copyOfSource('kill'));
    const first = runCli(['build', '--source', source, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
    const english = path.join(source, 'report.en.md');
    await writeFile(english, (await readFile(english, 'utf8')).replace('Fellow Deputies,', 'Fellow Deputies and guests,'));
  });

  it('leaves every output either as it was or complete, and no partial file, at every step of the build', async () => {
    const previous = visible(await snapshot(out));
    assert.ok(previous.size >= 8, [...previous.keys()].join(', '));
    // The moments come from the build's own progress lines: after the check, the print PDFs, Chromium's start, the first Chromium output.
    for (const step of [/^check\s/m, /^pdf\s+\d/m, /^chromium\s+started/m, /^(slides|handouts)\s+\d/m]) {
      const build = startCli(['build', '--force', '--source', source, '--out', out]);
      await build.waitFor(step);
      build.child.kill('SIGKILL');
      await build.exited;
      const now = visible(await snapshot(out));
      assert.deepEqual([...now.keys()].sort(), [...previous.keys()].sort(), `the same files after a kill at ${step}`);
      for (const [name, hash] of now) {
        if (hash === previous.get(name)) continue;
        assert.match(name, /\.pdf$/, `${name} changed after a kill at ${step}`);
        execFileSync('qpdf', ['--check', path.join(out, name)], { stdio: 'ignore' });
      }
    }
    const rebuilt = runCli(['build', '--source', source, '--out', out]);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    const after = await snapshot(out);
    assert.deepEqual([...after.keys()].filter((name) => /\.tmp$|\.old$/.test(name)), [], 'the next build sweeps what killed builds left');
    assert.notEqual(after.get('report.en.pdf'), previous.get('report.en.pdf'), 'the edit is built');
  });
});

describe('a machine without Chromium', () => {
  it('names the Debian package and the variable, and still builds the print PDF', async (t) => {
    const out = await mkdtemp(path.join(tmpdir(), 'report-press-nochrome-'));
    t.after(() => rm(out, { recursive: true, force: true }));
    const result = runCli(['build', '--out', out], { env: { REPORT_PRESS_CHROMIUM: '/nonexistent/chromium' } });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /apt-get install -y chromium/);
    assert.match(result.stderr, /REPORT_PRESS_CHROMIUM/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    const built = await readdir(out);
    for (const name of ['report.pdf', 'report.zh.pdf', 'report.en.pdf']) assert.ok(built.includes(name), `${name} built`);
    assert.ok(!built.includes('slides.pdf') && !built.includes('handouts.pdf'), `no slides.pdf or handouts.pdf is built: ${built.join(', ')}`);
  });
});

describe('an output folder that cannot be written', () => {
  it('is a one-line cause and fix with exit status 1', async (t) => {
    const parent = await mkdtemp(path.join(tmpdir(), 'report-press-ro-'));
    t.after(() => rm(parent, { recursive: true, force: true }));
    const blocker = path.join(parent, 'file');
    await writeFile(blocker, 'not a folder');
    const result = runCli(['build', '--out', path.join(blocker, 'output')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr.trim(), /^report-press: cannot write to the output folder .*: fix its permissions or choose another with --out$/);
  });
});
