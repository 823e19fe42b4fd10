import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChromium } from '../../src/browser/browser.ts';
import { projectDir } from '../helpers/cli.ts';

const bin = path.join(projectDir, 'bin/report-press.js');

describe('report-press watch rebuilds the edition the viewer shows first', () => {
  let work: string;
  let source: string;
  let out: string;
  let child: ChildProcess;
  let browser: Browser;
  let log = '';
  let url: string;

  async function waitFor(pattern: RegExp, from: number): Promise<string> {
    for (let tries = 0; tries < 1800; tries += 1) {
      const match = log.slice(from).match(pattern);
      if (match) return match[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`waited for ${pattern} in:\n${log.slice(from)}`);
  }

  const modified = async (name: string): Promise<number> => (await stat(path.join(out, name))).mtimeMs;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-watch-first-'));
    source = path.join(work, 'source');
    out = path.join(work, 'output');
    await cp(path.join(projectDir, 'source'), source, { recursive: true });
    child = spawn(process.execPath, [bin, 'watch', '--only', 'pdf', '--port', '0', '--source', source, '--out', out], { cwd: projectDir });
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => (log += chunk));
    url = (await waitFor(/http:\/\/127\.0\.0\.1:\d+\//, 0)).trim();
    await waitFor(/done in/, 0);
    browser = await puppeteer.launch({ executablePath: await findChromium(), pipe: true, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  });

  after(async () => {
    await browser?.close();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(work, { recursive: true, force: true });
  });

  it('without a viewer, writes the bilingual edition before the English one', async () => {
    assert.ok((await modified('report.pdf')) < (await modified('report.en.pdf')));
  });

  it('after the viewer opened report.en.pdf, an English edit writes report.en.pdf before report.pdf', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}#doc=report.en.pdf`);
    await page.waitForFunction(`window.proof.doc === 'report.en.pdf' && window.proof.loads === 1`, { timeout: 60_000 });
    const before = { bilingual: await modified('report.pdf'), english: await modified('report.en.pdf'), chinese: await modified('report.zh.pdf') };
    const from = log.length;
    const english = path.join(source, 'report.en.md');
    const lines = (await readFile(english, 'utf8')).split('\n');
    const paragraph = lines.findIndex((line) => line.startsWith('**'));
    lines[paragraph] = `${lines[paragraph]} An added sentence.`;
    await writeFile(english, lines.join('\n'));
    await waitFor(/pdf\s+\d+\.\d+ s[\s\S]*done in/, from);
    const after = { bilingual: await modified('report.pdf'), english: await modified('report.en.pdf'), chinese: await modified('report.zh.pdf') };
    assert.ok(after.english > before.english && after.bilingual > before.bilingual, 'both editions with English text were rebuilt');
    assert.equal(after.chinese, before.chinese, 'the Chinese edition was kept');
    assert.ok(after.english < after.bilingual, `report.en.pdf (${after.english}) was written before report.pdf (${after.bilingual})`);
    await page.close();
  });
});
