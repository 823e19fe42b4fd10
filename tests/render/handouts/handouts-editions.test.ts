import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { loadReport } from '../../../src/model/load-report.ts';
import type { Report } from '../../../src/model/types.ts';
import { renderHandouts } from '../../../src/render/handouts/handouts-renderer.ts';
import { projectDir } from '../../helpers/cli.ts';
import { pdfFonts, readPdf } from '../../helpers/pdf.ts';
import { readCardsText } from './text-boxes.ts';

const squash = (text: string): string => text.replace(/[\s\u00AD\-‐]/gu, '');
const FILES = ['handouts.pdf', 'handouts-cards.pdf', 'handouts-large.pdf'];
const folders: string[] = [];

async function temporaryFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

async function loadFixture(files: string[]): Promise<Report> {
  const sourceDir = await temporaryFolder('handouts-source-');
  for (const file of files) await copyFile(path.join(projectDir, 'tests/fixtures/mini', file), path.join(sourceDir, file));
  const { report } = await loadReport(sourceDir);
  assert.ok(report, 'the fixture loads');
  return report;
}

after(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('a report without glossary terms', () => {
  for (const [name, change] of [
    ['no glossary', (report: Report): Report => ({ ...report, glossary: undefined })],
    ['an empty glossary', (report: Report): Report => ({ ...report, glossary: { ...report.glossary!, terms: [] } })],
  ] as const) {
    test(`with ${name}: skips the handouts with a note, writes nothing and starts no browser`, async () => {
      const report = change(await loadFixture(['report.zh.md', 'report.en.md']));
      const outDir = await temporaryFolder('handouts-out-');
      const notes: string[] = [];
      let launched = false;
      const outputs = await renderHandouts({
        report,
        outDir,
        browser: async () => {
          launched = true;
          throw new Error('no browser wanted');
        },
        note: (message) => notes.push(message),
      });
      assert.deepEqual(outputs, []);
      assert.deepEqual(await readdir(outDir), []);
      assert.equal(launched, false);
      assert.equal(notes.length, 1);
      assert.match(notes[0], /handouts skipped.*glossary/);
    });
  }
});

describe('a Chinese-only report', () => {
  let browser: Browser;
  let report: Report;
  let outDir: string;

  before(async () => {
    report = await loadFixture(['report.zh.md']);
    assert.deepEqual(report.languages, ['zh']);
    outDir = await temporaryFolder('handouts-out-');
    browser = await launchBrowser();
    await renderHandouts({ report, outDir, browser: async () => browser, note: () => undefined });
  });

  after(async () => {
    await browser?.close();
  });

  test('builds the three handouts with every Chinese term and explanation and no English', async () => {
    assert.deepEqual((await readdir(outDir)).sort(), [...FILES].sort());
    for (const file of FILES) {
      const pdf = await readPdf(path.join(outDir, file));
      const text = squash(file === 'handouts-cards.pdf' ? await readCardsText(path.join(outDir, file)) : pdf.text);
      for (const term of report.glossary!.terms) {
        assert.ok(text.includes(squash(term.text.zh.term)), `${file}: ${term.text.zh.term}`);
        assert.ok(text.includes(squash(term.text.zh.explanation)), `${file}: explanation of ${term.text.zh.term}`);
      }
      assert.doesNotMatch(pdf.text, /Glossary|Cards|Large Print/, `${file}: no English label`);
      assert.ok(pdf.pages.every((page) => Math.abs(page.width - 595.28) < 1 && Math.abs(page.height - 841.89) < 1), `${file}: A4`);
      assert.ok(pdfFonts(path.join(outDir, file)).every((font) => font.embedded && !font.type.includes('Type 3')), `${file}: fonts embedded`);
    }
  });
});
