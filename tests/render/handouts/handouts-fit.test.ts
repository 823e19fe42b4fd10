import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { loadReport } from '../../../src/model/load-report.ts';
import type { Report } from '../../../src/model/types.ts';
import { renderHandouts } from '../../../src/render/handouts/handouts-renderer.ts';
import { cardMm, largePage } from '../../../src/render/handouts/sizes.ts';
import { loadLabels } from '../../../src/theme/labels.ts';
import { projectDir, runCli } from '../../helpers/cli.ts';
import { type PdfDocument, readPdf } from '../../helpers/pdf.ts';
import { CARD_MAX_SPREAD, chineseLineProblems, readChineseLines } from './chinese-lines.ts';
import { largePageProblems, squash } from './large-pages.ts';
import { missingInOrder, type TextBox, readTextBoxes } from './text-boxes.ts';

const label = loadLabels().text;
const PT_PER_MM = 72 / 25.4;
let browser: Browser;
const folders: string[] = [];

async function temporaryFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

async function buildHandouts(report: Report): Promise<{ outDir: string; buildDir: string; notes: string[] }> {
  const outDir = await temporaryFolder('handouts-fit-out-');
  const buildDir = await temporaryFolder('handouts-fit-build-');
  const notes: string[] = [];
  await renderHandouts({ report, outDir, buildDir, browser: async () => browser, note: (message) => notes.push(message) });
  return { outDir, buildDir, notes };
}

/** Each card's text boxes, sheet by sheet, top left to bottom right; a card's slot from the sizes the template uses. */
function cardSlots(sheets: TextBox[][], pageHeight: number): Array<{ boxes: TextBox[]; left: number; bottom: number }> {
  const width = cardMm.width * PT_PER_MM;
  const height = cardMm.height * PT_PER_MM;
  const margin = cardMm.sheetMargin * PT_PER_MM;
  return sheets.flatMap((boxes) =>
    [0, 1, 2, 3].map((slot) => {
      const left = margin + (slot % 2) * width;
      const bottom = pageHeight - margin - (Math.floor(slot / 2) + 1) * height;
      return { left, bottom, boxes: boxes.filter((box) => box.left >= left && box.left < left + width && box.bottom >= bottom && box.bottom < bottom + height) };
    }),
  ).filter((slot) => slot.boxes.length > 0);
}

/** Card text under 12 pt other than the footer line (report, issuer, date), the print note and the term numbers. */
function smallCardText(cards: PdfDocument, report: Report): string[] {
  const allowed = squash(`${report.meta.zh.title}·${report.meta.zh.publisher ?? ''}·${report.meta.zh.issued ?? report.meta.zh.date ?? ''}${label('print-actual-size', 'zh')}·${label('print-actual-size', 'en')}`);
  return cards.pages.flatMap((page) => page.items.filter((item) => item.str.trim() !== '' && item.size < 11.9 && !/^\d+$/u.test(item.str.trim()) && !allowed.includes(squash(item.str))).map((item) => `p${page.number} ${item.size.toFixed(1)} pt “${item.str}”`));
}

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('a second report, Chinese only (Luohu 2021, 25 terms)', () => {
  let report: Report;
  let outDir: string;
  let buildDir: string;
  let notes: string[];

  before(async () => {
    const work = await temporaryFolder('handouts-fit-luohu-');
    const imported = runCli(['import', path.join(projectDir, 'tests/fixtures/reports/luohu-2021.zh.txt'), '--out', path.join(work, 'source')]);
    assert.equal(imported.status, 0, imported.stderr);
    report = (await loadReport(path.join(work, 'source'))).report!;
    assert.equal(report.glossary?.terms.length, 25);
    ({ outDir, buildDir, notes } = await buildHandouts(report));
  });

  test('large print: all the glossary in order, the title once and the page number on every page, every page but the last filled unless what opens the next would not fit', async () => {
    const large = await readPdf(path.join(outDir, 'handouts-large.pdf'));
    for (const term of report.glossary!.terms) assert.equal(missingInOrder(large.text, `${term.text.zh.term} ${term.text.zh.explanation}`, 'zh'), undefined, term.text.zh.term);
    assert.deepEqual(largePageProblems(large, { page: largePage, title: report.meta.zh.title, continued: [`（${label('continued', 'zh')}）`], full: 0.8 }), []);
  });

  test('cards: body text at 12 pt or more, every explanation whole and in order, no note', async () => {
    const file = path.join(outDir, 'handouts-cards.pdf');
    assert.deepEqual(smallCardText(await readPdf(file), report), []);
    const text = cardSlots(await readTextBoxes(file), 841.89).map((slot) => slot.boxes.map((box) => box.str).join('')).join('\n');
    for (const term of report.glossary!.terms) assert.equal(missingInOrder(text, term.text.zh.term + term.text.zh.explanation, 'zh'), undefined, term.text.zh.term);
    assert.deepEqual(notes, []);
  });

  test('cards: Chinese lines (names, explanations, footers) keep clreq’s line-start and line-end rules, none spread by justification, no last line of punctuation or one or two characters', async () => {
    const paragraphs = await readChineseLines(browser, { folder: buildDir, file: 'handouts-cards.html', selector: '.card [lang="zh-CN"]' });
    assert.ok(paragraphs.filter((paragraph) => paragraph.justified).length >= report.glossary!.terms.length, 'every explanation is read');
    assert.deepEqual(chineseLineProblems(paragraphs, { maxSpread: CARD_MAX_SPREAD }), []);
  });
});

describe('terms longer than a card (the mini report with a long Chinese and a long English explanation)', () => {
  // One English sentence longer than a card, holding a clause with no comma longer than a card.
  const english = `The district will ${Array.from({ length: 30 }, (_, index) => `support the small firms of street ${index + 1}`).join(', ')} and ${Array.from({ length: 130 }, (_, index) => `word${index}`).join(' ')}.`;
  // A Chinese explanation over several cards, with a clause longer than a card.
  const chinese = `${Array.from({ length: 24 }, (_, index) => `推进第${index + 1}个街道的社区服务和养老设施建设`).join('，')}；${'完善社区食堂养老驿站便民服务中心'.repeat(24)}。`;
  let report: Report;
  let outDir: string;
  let notes: string[];

  before(async () => {
    const sourceDir = await temporaryFolder('handouts-fit-mini-');
    await mkdir(sourceDir, { recursive: true });
    for (const file of ['report.zh.md', 'report.en.md', 'termbase.yaml']) await copyFile(path.join(projectDir, 'tests/fixtures/mini', file), path.join(sourceDir, file));
    const loaded = (await loadReport(sourceDir)).report!;
    const [first, second, ...rest] = loaded.glossary!.terms;
    report = {
      ...loaded,
      glossary: {
        ...loaded.glossary!,
        terms: [
          { ...first, text: { ...first.text, en: { ...first.text.en!, explanation: english } } },
          { ...second, text: { ...second.text, zh: { ...second.text.zh, explanation: chinese } } },
          ...rest,
          // A term whose explanations are empty (`1. 空白:`): its names alone.
          { ...second, id: 'blank', number: rest.length + 3, text: { zh: { ...second.text.zh, term: '空白名词', explanation: '' }, en: { ...second.text.en!, term: 'Blank Term', explanation: '' } } },
        ],
      },
    };
    ({ outDir, notes } = await buildHandouts(report));
  });

  test('large print: a sentence longer than a page cut between clauses, every word in order, no page left short, nothing past the text area', async () => {
    const large = await readPdf(path.join(outDir, 'handouts-large.pdf'));
    for (const term of report.glossary!.terms) {
      for (const lang of ['zh', 'en'] as const) assert.equal(missingInOrder(large.text, `${term.text[lang]!.term} ${term.text[lang]!.explanation}`, lang), undefined, `${lang} of “${term.text.zh.term}”`);
    }
    const continued = [`（${label('continued', 'zh')}）`, `(${label('continued', 'en')})`];
    assert.deepEqual(largePageProblems(large, { page: largePage, title: report.meta.zh.title, continued, full: 0.8 }), []);
    assert.ok(squash(large.text).includes(squash('空白名词Blank Term')), 'a term without explanations keeps its names');
    // The long Chinese explanation alone is longer than a page.
    assert.ok(large.pages.filter((page) => squash(page.lines.join('')).includes(squash(report.glossary!.terms[1].text.zh.term))).length >= 3, 'the long Chinese explanation runs over 3 or more large-print pages');
  });

  test('cards: never under 12 pt, nothing past a card’s text area, every word in order, each further card marked continued', async () => {
    const file = path.join(outDir, 'handouts-cards.pdf');
    const cards = await readPdf(file);
    assert.deepEqual(smallCardText(cards, report), []);
    assert.deepEqual(notes, []);
    const slots = cardSlots(await readTextBoxes(file), cards.pages[0].height);
    for (const [index, slot] of slots.entries()) {
      // Text at 12 pt or more: not the footer line, which sits in the footer band.
      for (const box of slot.boxes.filter((candidate) => candidate.top - candidate.bottom >= 11.9)) {
        // The card's text area ends its padding from the right and its footer band from the foot.
        assert.ok(box.right <= slot.left + (cardMm.width - cardMm.padding) * PT_PER_MM + 1, `card ${index + 1}: “${box.str}” within the width`);
        assert.ok(box.bottom >= slot.bottom + cardMm.footer * PT_PER_MM - 4, `card ${index + 1}: “${box.str}” above the footer`);
      }
    }
    const texts = slots.map((slot) => slot.boxes.map((box) => box.str).join(''));
    for (const [term, lang, explanation] of [[report.glossary!.terms[0], 'en', english], [report.glossary!.terms[1], 'zh', chinese]] as const) {
      const own = texts.filter((text) => squash(text).includes(squash(term.text.zh.term)));
      assert.ok(own.length >= 3, `“${term.text.zh.term}” over ${own.length} cards`);
      assert.equal(missingInOrder(own.join('\n'), explanation, lang), undefined, `“${term.text.zh.term}”: every word in order`);
      const continued = squash(`${term.text.zh.term}（${label('continued', 'zh')}）`);
      assert.deepEqual(own.map((text) => squash(text).includes(continued)), own.map((_, index) => index > 0), `“${term.text.zh.term}”: continued marks`);
    }
  });
});
