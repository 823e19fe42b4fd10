import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectDir } from '../helpers/cli.ts';

const bin = path.join(projectDir, 'bin/report-press.js');

describe('report-press watch', () => {
  let child: ChildProcess;
  let log = '';
  let source: string;
  let out: string;
  let url: string;

  /** Waits until the log, from `from` on, matches `pattern`. */
  async function waitFor(pattern: RegExp, from: number): Promise<string> {
    for (let tries = 0; tries < 600; tries += 1) {
      const match = log.slice(from).match(pattern);
      if (match) return match[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`waited for ${pattern} in:\n${log.slice(from)}`);
  }

  let work: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-watch-'));
    source = path.join(work, 'source');
    out = path.join(work, 'output');
    await cp(path.join(projectDir, 'source'), source, { recursive: true });
    child = spawn(process.execPath, [bin, 'watch', '--only', 'handouts', '--port', '0', '--source', source, '--out', out], { cwd: projectDir });
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => (log += chunk));
    url = (await waitFor(/http:\/\/127\.0\.0\.1:\d+\//, 0)).trim();
  });

  after(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(work, { recursive: true, force: true });
  });

  it('serves the outputs on the loopback interface', async () => {
    const response = await fetch(`${url}handouts.pdf`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
  });

  it('rebuilds what a change affects', async () => {
    const before = (await stat(path.join(out, 'handouts.pdf'))).mtimeMs;
    const from = log.length;
    const english = path.join(source, 'report.en.md');
    await writeFile(english, (await readFile(english, 'utf8')).replace(':::glossary[Glossary]', ':::glossary[Glossary of Terms]'));
    await waitFor(/handouts\s+\d+\.\d+ s[\s\S]*done in/, from);
    assert.ok((await stat(path.join(out, 'handouts.pdf'))).mtimeMs > before, 'handouts.pdf is written again after the edit');
  });

  it('builds once for a save made as editors make it, a new file renamed over the old', async () => {
    const from = log.length;
    const english = path.join(source, 'report.en.md');
    const saved = path.join(source, '.report.en.md.swp');
    await writeFile(saved, (await readFile(english, 'utf8')).replace(':::glossary[Glossary of Terms]', ':::glossary[Terms Explained]'));
    await rename(saved, english);
    await waitFor(/done in/, from);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(log.slice(from).match(/^changed: /gm)?.length, 1, log.slice(from));
    assert.equal(log.slice(from).match(/^done in /gm)?.length, 1, log.slice(from));
  });

  it('keeps the last good outputs and the server after a broken edit, and says why', async () => {
    const good = await readFile(path.join(out, 'handouts.pdf'));
    const from = log.length;
    const english = path.join(source, 'report.en.md');
    await writeFile(english, (await readFile(english, 'utf8')).replace('::salutation[Fellow Deputies,]\n', ''));
    const reported = await waitFor(/report\.en\.md:\d+:1 error the opening has 1 paragraph[\s\S]*nothing was built/, from);
    assert.match(reported, /report\.zh\.md:12 has 2/);
    assert.ok(good.equals(await readFile(path.join(out, 'handouts.pdf'))), 'handouts.pdf is unchanged after the broken edit');
    assert.equal((await fetch(`${url}handouts.pdf`)).status, 200);
    assert.equal(child.exitCode, null, 'still watching');
  });
});
