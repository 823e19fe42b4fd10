import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { checkSource } from '../../../src/check/run-checks.ts';
import type { Report } from '../../../src/model/types.ts';
import { renderDeck } from '../../../src/render/slides/render-slides.ts';
import { readPdf, type PdfOutlineItem } from '../../helpers/pdf.ts';

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

  const squeeze = (text: string): string => text.replace(/\s+/g, '');
  const pageText = (page: { lines: string[] }): string => squeeze(page.lines.join(''));
  /** A figure whose English sentence is longer than any caption, so only a notes page prints it whole. */
  const longFigure = () => report.figures.find((figure) => figure.text.en!.sentence.length > 300)!;

  it('prints a notes page after every slide that has notes, holding its source sentences, beside the plain deck PDF', async () => {
    const outputs = await renderDeck({ report, outDir, browser: async () => browser, note: () => undefined }, { notesPages: true });
    const [deck, plain, printed] = outputs;
    assert.equal(path.basename(plain.path), 'slides.pdf');
    assert.equal(path.basename(printed.path), 'slides-notes.pdf');
    const pdf = await readPdf(printed.path);
    assert.ok(pdf.pages.length > deck.pages!, 'more pages than slides');
    const figure = longFigure();
    const notesPage = pdf.pages.findIndex((page) => pageText(page).includes(squeeze(figure.text.en!.sentence)));
    assert.ok(notesPage > 0, 'the whole English source sentence is printed');
    assert.ok(pageText(pdf.pages[notesPage]).includes(squeeze(figure.text.zh.sentence)), 'with the Chinese one');
    assert.ok(pageText(pdf.pages[notesPage - 1]).includes(squeeze(figure.text.zh.label)), 'right after the slide showing the figure');
    assert.deepEqual((await readdir(outDir)).filter((file) => file.endsWith('.pdf')).sort(), ['slides-notes.pdf', 'slides.pdf']);
    assert.equal((await readPdf(plain.path)).pages.length, deck.pages, 'the plain deck PDF has no notes pages');
  });

  it('bookmarks slides-notes.pdf as slides.pdf, each bookmark once, opening its slide however many pages the notes before it ran over', async () => {
    const [plain, notes] = await Promise.all(['slides.pdf', 'slides-notes.pdf'].map((file) => readPdf(path.join(outDir, file))));
    const shape = (items: PdfOutlineItem[]): unknown[] => items.map((item) => [item.title, shape(item.items)]);
    const flat = (items: PdfOutlineItem[]): PdfOutlineItem[] => items.flatMap((item) => [item, ...flat(item.items)]);
    assert.deepEqual(shape(notes.outline), shape(plain.outline), 'the deck’s bookmarks, nested alike');
    const [slides, bookmarks] = [flat(plain.outline), flat(notes.outline)];
    assert.equal(bookmarks.length, plain.pages.length, 'one bookmark a slide');
    assert.equal(new Set(bookmarks.map((entry) => entry.title)).size, bookmarks.length, 'no bookmark twice');
    for (const [index, entry] of bookmarks.entries()) {
      assert.equal(pageText(notes.pages[entry.pageNumber! - 1]), pageText(plain.pages[slides[index].pageNumber! - 1]), `“${entry.title}” opens its slide, page ${entry.pageNumber}`);
    }
    assert.ok(bookmarks.some((entry, index) => entry.pageNumber !== 2 * index + 1), 'some notes run over one page (the seed’s do), so the slides are not every other page');
  });

  it('prints one page per slide and no notes by default, into slides.pdf', async () => {
    const outputs = await renderDeck({ report, outDir, browser: async () => browser, note: () => undefined });
    assert.equal(outputs.length, 2);
    const [deck, printed] = outputs;
    assert.equal(path.basename(printed.path), 'slides.pdf');
    const pdf = await readPdf(printed.path);
    assert.equal(pdf.pages.length, deck.pages);
    assert.ok(!pdf.pages.some((page) => pageText(page).includes(squeeze(longFigure().text.en!.sentence))), 'no notes printed');
  });
});
