import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../src/browser/browser.ts';
import { projectDir } from '../helpers/cli.ts';
import { type RunningCli, startCli } from '../helpers/running-cli.ts';

describe('report-press watch rebuilds the edition the viewer shows first', () => {
  let work: string;
  let source: string;
  let out: string;
  let watch: RunningCli;
  let browser: Browser;
  let url: string;

  const modified = async (name: string): Promise<number> => (await stat(path.join(out, name))).mtimeMs;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-watch-first-'));
    source = path.join(work, 'source');
    out = path.join(work, 'output');
    await cp(path.join(projectDir, 'source'), source, { recursive: true });
    watch = startCli(['watch', '--only', 'pdf', '--port', '0', '--source', source, '--out', out]);
    url = (await watch.waitFor(/http:\/\/127\.0\.0\.1:\d+\//))[0];
    await watch.waitFor(/done in/);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    if (watch.child.exitCode === null && watch.child.signalCode === null) {
      watch.child.kill('SIGTERM');
      await watch.exited;
    }
    await rm(work, { recursive: true, force: true });
  });

  it('without a viewer, writes the bilingual edition before the English one', async () => {
    assert.ok((await modified('report.pdf')) < (await modified('report.en.pdf')), 'report.pdf is written first');
  });

  it('after the viewer opened report.en.pdf, an English edit writes report.en.pdf before report.pdf', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}#doc=report.en.pdf`);
    await page.waitForFunction(`window.proof.doc === 'report.en.pdf' && window.proof.loads === 1`, { timeout: 60_000 });
    const before = { bilingual: await modified('report.pdf'), english: await modified('report.en.pdf'), chinese: await modified('report.zh.pdf') };
    const from = watch.log().length;
    const english = path.join(source, 'report.en.md');
    const lines = (await readFile(english, 'utf8')).split('\n');
    const paragraph = lines.findIndex((line) => line.startsWith('**'));
    lines[paragraph] = `${lines[paragraph]} An added sentence.`;
    await writeFile(english, lines.join('\n'));
    await watch.waitFor(/pdf\s+\d+\.\d+ s[\s\S]*done in/, from);
    const after = { bilingual: await modified('report.pdf'), english: await modified('report.en.pdf'), chinese: await modified('report.zh.pdf') };
    assert.ok(after.english > before.english && after.bilingual > before.bilingual, 'both editions with English text were rebuilt');
    assert.equal(after.chinese, before.chinese, 'the Chinese edition was kept');
    assert.ok(after.english < after.bilingual, `report.en.pdf (${after.english}) was written before report.pdf (${after.bilingual})`);
    await page.close();
  });
});
