import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { checkSource } from '../../../src/check/run-checks.ts';
import type { Report } from '../../../src/model/types.ts';
import { renderDeck } from '../../../src/render/slides/render-slides.ts';
import { readPdf } from '../../helpers/pdf.ts';

describe('the deck PDF with speaker notes', () => {
  let outDir: string;
  let browser: Browser;
  let report: Report;

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'rp-slides-notes-'));
    report = (await checkSource('source')).report!;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('prints a notes page after every slide that has notes, holding its source sentences', async () => {
    const outputs = await renderDeck({ report, outDir, browser: async () => browser, note: () => undefined }, { notes: 'separate-page' });
    const [deck, printed] = outputs;
    assert.equal(path.basename(printed.path), 'slides-notes.pdf');
    const pdf = await readPdf(printed.path);
    assert.ok(pdf.pages.length > deck.pages!, 'more pages than slides');
    const figure = report.figures[0];
    const squeeze = (text: string): string => text.replace(/\s+/g, '');
    assert.ok(pdf.pages.some((page) => squeeze(page.lines.join('')).includes(squeeze(figure.text.en!.sentence))), 'an English source sentence is printed');
  });
});
