import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, openConfinedPage } from '../../../src/browser/browser.ts';
import { loadReport } from '../../../src/model/load-report.ts';
import type { Report } from '../../../src/model/types.ts';
import { renderHandouts } from '../../../src/render/handouts/handouts-renderer.ts';
import { largePage } from '../../../src/render/handouts/sizes.ts';
import { loadLabels } from '../../../src/theme/labels.ts';

const labels = loadLabels();
const label = labels.text;
import { projectDir } from '../../helpers/cli.ts';
import { type PdfDocument, pdfFonts, readPdf } from '../../helpers/pdf.ts';
import { CARD_MAX_SPREAD, chineseLineProblems, readChineseLines } from './chinese-lines.ts';
import { MEASURE_TEXT, type MeasuredText } from './measure-text.ts';
import { largePageProblems } from './large-pages.ts';
import { missingInOrder, QUADRANT, readCardsText, readTextBoxes } from './text-boxes.ts';

/** Whitespace and hyphens (soft, or added where a word broke) removed: pdfjs splits lines and words at breaks. */
const squash = (text: string): string => text.replace(/[\s\u00AD\-‐]/gu, '');

const FILES = ['handouts.pdf', 'handouts-cards.pdf', 'handouts-large.pdf'];
const A4 = { width: 595.28, height: 841.89 };

let browser: Browser;
let report: Report;
let outDir: string;
let buildDir: string;
const requests: string[] = [];
const notes: string[] = [];
const pdfs = new Map<string, PdfDocument>();
/** Text of each PDF in reading order. */
const texts = new Map<string, string>();


before(async () => {
  const loaded = await loadReport(path.join(projectDir, 'source'));
  assert.ok(loaded.report?.glossary, 'the seed report loads with a glossary');
  report = loaded.report;
  outDir = await mkdtemp(path.join(os.tmpdir(), 'handouts-out-'));
  buildDir = await mkdtemp(path.join(os.tmpdir(), 'handouts-build-'));
  browser = await launchBrowser();
  await renderHandouts({ report, outDir, browser: async () => browser, note: (message) => notes.push(message), buildDir, onRequest: (url) => requests.push(url) });
  for (const file of FILES) pdfs.set(file, await readPdf(path.join(outDir, file)));
  for (const file of FILES) texts.set(file, file === 'handouts-cards.pdf' ? await readCardsText(path.join(outDir, file)) : pdfs.get(file)!.text);
});

after(async () => {
  await browser?.close();
  await Promise.all([outDir, buildDir].filter(Boolean).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('glossary handouts of the seed report', () => {
  test('writes the three PDFs and nothing else into the output folder', async () => {
    assert.deepEqual((await readdir(outDir)).sort(), [...FILES, 'handouts-large.zh.pdf'].sort());
    assert.deepEqual(notes, []);
  });

  test('every term of the model appears in both languages in each PDF', () => {
    for (const file of FILES) {
      const text = squash(texts.get(file)!);
      for (const term of report.glossary!.terms) {
        for (const lang of ['zh', 'en'] as const) {
          const side = term.text[lang]!;
          assert.ok(text.includes(squash(side.term)), `${file}: ${lang} term “${side.term}”`);
          // A card or large-print explanation may run over several cards or pages, with names and footers between its pieces.
          if (file !== 'handouts.pdf') assert.equal(missingInOrder(texts.get(file)!, side.explanation, lang), undefined, `${file}: ${lang} explanation of “${side.term}”`);
          else assert.ok(text.includes(squash(side.explanation)), `${file}: ${lang} explanation of “${side.term}”`);
        }
      }
    }
  });

  test('every page of every PDF is A4', () => {
    for (const file of FILES) {
      for (const page of pdfs.get(file)!.pages) {
        assert.ok(Math.abs(page.width - A4.width) < 1 && Math.abs(page.height - A4.height) < 1, `${file} page ${page.number}: ${page.width}×${page.height}`);
      }
    }
  });

  test('the sheet opens with the report title and the bilingual glossary label, and keeps each term on one page', () => {
    const sheet = pdfs.get('handouts.pdf')!;
    const first = squash(sheet.pages[0].lines.slice(0, 6).join(''));
    for (const expected of [report.meta.zh.title, report.meta.en!.title, '名词解释', 'Glossary']) assert.ok(first.includes(squash(expected)), expected);
    for (const term of report.glossary!.terms) {
      const whole = squash(term.text.zh.term + term.text.en!.term + term.text.zh.explanation + term.text.en!.explanation);
      const pages = sheet.pages.filter((page) => squash(page.lines.join('')).includes(whole));
      assert.equal(pages.length, 1, `“${term.text.zh.term}” whole on one page`);
    }
  });

  test('cards: four a sheet in term order, text clear of the cuts, a term too long for one card continued on the next, marked', async () => {
    const terms = report.glossary!.terms;
    const sheets = await readTextBoxes(path.join(outDir, 'handouts-cards.pdf'));
    const note = squash(`${label('print-actual-size', 'zh')}·${label('print-actual-size', 'en')}`);
    const slots: string[] = [];
    sheets.forEach((boxes, sheet) => {
      const body = boxes.filter((box) => !note.includes(squash(box.str)));
      for (let slot = 0; slot < 4; slot += 1) {
        const left = (slot % 2) * QUADRANT.width;
        const bottom = A4.height - (Math.floor(slot / 2) + 1) * QUADRANT.height;
        const inside = body.filter((box) => box.left >= left && box.left < left + QUADRANT.width && box.bottom >= bottom && box.bottom < bottom + QUADRANT.height);
        for (const box of inside) {
          // Text keeps clear of the cutting lines (the quadrant's edges less the 10 mm margin) by at least 5 mm.
          const margin = 5 * (72 / 25.4);
          assert.ok(box.left >= left + margin && box.right <= left + QUADRANT.width - margin, `sheet ${sheet + 1}: “${box.str}” within the card’s width`);
          assert.ok(box.bottom >= bottom + margin && box.top <= bottom + QUADRANT.height - margin, `sheet ${sheet + 1}: “${box.str}” within the card’s height`);
        }
        slots.push(squash(inside.map((box) => box.str).join('')));
      }
    });
    const used = slots.filter((text) => text !== '');
    let at = 0;
    for (const term of terms) {
      const continued = squash(`${term.text.zh.term}（${label('continued', 'zh')}）`);
      let end = at + 1;
      while (end < used.length && used[end].includes(continued)) end += 1;
      const text = used.slice(at, end).join('\n');
      at = end;
      for (const name of [term.text.zh.term, term.text.en!.term]) assert.ok(squash(text).includes(squash(name)), `“${term.text.zh.term}”: ${name}`);
      for (const lang of ['zh', 'en'] as const) assert.equal(missingInOrder(text, term.text[lang]!.explanation, lang), undefined, `“${term.text.zh.term}”: its ${lang} explanation whole and in order`);
    }
    assert.equal(at, used.length, 'every card holds a term or its continuation, in order');
    for (const text of used) assert.ok(text.includes(squash(report.meta.zh.title)) && text.includes(squash(report.meta.zh.publisher!)), 'every card names the report and its issuer');
  });

  test('cards: Chinese lines (names, explanations, footers) keep clreq’s line-start and line-end rules, none spread by justification, no last line of punctuation or one or two characters', async () => {
    const paragraphs = await readChineseLines(browser, { folder: buildDir, file: 'handouts-cards.html', selector: '.card [lang="zh-CN"]' });
    assert.ok(paragraphs.filter((paragraph) => paragraph.justified).length >= report.glossary!.terms.length, 'every explanation is read');
    assert.deepEqual(chineseLineProblems(paragraphs, { maxSpread: CARD_MAX_SPREAD }), []);
  });

  test('cards: body text at 12 pt or more; crop marks and the “print at 100 %” note inside a 5 mm printable margin, the note clear of the marks', async () => {
    const cards = pdfs.get('handouts-cards.pdf')!;
    const small = cards.pages.flatMap((page) => page.items.filter((item) => item.str.trim() !== '' && item.size < 11.9 && !/^\d+$/u.test(item.str.trim())).map((item) => item.str));
    const allowed = squash(`${report.meta.zh.title}·${report.meta.zh.publisher}·${report.meta.zh.issued}${label('print-actual-size', 'zh')}·${label('print-actual-size', 'en')}`);
    assert.ok(small.length > 0, 'the footers are read');
    assert.deepEqual(small.filter((text) => !allowed.includes(squash(text))), [], 'only the footer and the note are set under 12 pt');
    assert.ok(squash(cards.text).includes(squash(label('print-actual-size', 'en'))), 'the cards carry the English actual-size note');
    const page = await openConfinedPage(browser, buildDir, { javaScript: true });
    try {
      await page.goto(pathToFileURL(path.join(buildDir, 'handouts-cards.html')).href, { waitUntil: 'load' });
      const mm = await page.evaluate(() => {
        const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
        const perMm = sheet.width / 210;
        return Array.from(document.querySelectorAll('.sheet:first-child .crop, .sheet:first-child .print-note'), (node) => {
          const box = node.getBoundingClientRect();
          return Math.min(box.left - sheet.left, box.top - sheet.top, sheet.right - box.right, sheet.bottom - box.bottom) / perMm;
        });
      });
      assert.ok(mm.length >= 12, `expected at least 12 crop marks and notes on the first sheet, got ${mm.length}`);
      for (const distance of mm) assert.ok(distance >= 4.99, `${distance.toFixed(1)} mm from the paper's edge`);
      // The note's text, line by line, clear of every crop mark by 1 mm (it sat across the middle one).
      // A string: tsx's keepNames helpers do not exist inside the page.
      const crossed = (await page.evaluate(`(() => {
        const perMm = document.querySelector('.sheet').getBoundingClientRect().width / 210;
        const marks = Array.from(document.querySelectorAll('.sheet:first-child .crop'), (mark) => mark.getBoundingClientRect());
        const lines = Array.from(document.querySelectorAll('.sheet:first-child .print-note span'), (span) => {
          const range = document.createRange();
          range.selectNodeContents(span.firstChild);
          return Array.from(range.getClientRects());
        }).flat();
        const near = (line, mark) => line.left - perMm < mark.right && mark.left < line.right + perMm && line.top - perMm < mark.bottom && mark.top < line.bottom + perMm;
        return { lines: lines.length, crossed: lines.filter((line) => marks.some((mark) => near(line, mark))).length };
      })()`)) as { lines: number; crossed: number };
      assert.ok(crossed.lines >= 2, 'the note is read');
      assert.equal(crossed.crossed, 0, 'lines of the note touching a crop mark');
    } finally {
      await page.close();
    }
  });

  test('the sheet and the large print carry the report title once and the page number on every page, and name the issuer and date', async () => {
    for (const file of ['handouts.pdf', 'handouts-large.pdf', 'handouts-large.zh.pdf']) {
      const { pages } = await readPdf(path.join(outDir, file));
      for (const page of pages) {
        const text = squash(page.lines.join(''));
        assert.equal(text.split(squash(report.meta.zh.title)).length - 1, 1, `${file} page ${page.number}: the title once`);
        assert.ok(text.includes(`${page.number}/${pages.length}`), `${file} page ${page.number}: its number`);
      }
      assert.ok(squash(pages[0].lines.join('')).includes(squash(`${report.meta.zh.publisher}·${report.meta.zh.issued}`)), `${file}: issuer and date`);
    }
  });

  test('a Chinese-only large print beside the bilingual one: every term in Chinese, no English, 18 pt or more', async () => {
    const zh = await readPdf(path.join(outDir, 'handouts-large.zh.pdf'));
    const text = squash(zh.text);
    for (const term of report.glossary!.terms) {
      assert.equal(missingInOrder(zh.text, `${term.text.zh.term} ${term.text.zh.explanation}`, 'zh'), undefined, term.text.zh.term);
      assert.ok(!text.includes(squash(term.text.en!.term)), `no English: ${term.text.en!.term}`);
    }
    assert.doesNotMatch(zh.text, /Glossary|Large Print|Report on the Work/u);
    assert.deepEqual(zh.pages.flatMap((page) => page.items.filter((item) => item.str.trim() !== '' && item.size < 18).map((item) => item.str)), []);
    assert.ok(zh.pages.length < pdfs.get('handouts-large.pdf')!.pages.length, 'fewer pages than the bilingual large print');
  });

  test('no handout sets text in italics', () => {
    for (const file of FILES) assert.deepEqual(pdfFonts(path.join(outDir, file)).filter((font) => /italic/iu.test(font.name)).map((font) => font.name), [], file);
  });

  test('large print, bilingual and Chinese-only: every glyph at least 18 pt, all the glossary in order, every page but the last filled unless what opens the next would not fit', async () => {
    for (const file of ['handouts-large.pdf', 'handouts-large.zh.pdf']) {
      const large = await readPdf(path.join(outDir, file));
      const small = large.pages.flatMap((page) => page.items.filter((item) => item.str.trim() !== '' && item.size < 18).map((item) => `p${page.number} ${item.size.toFixed(1)} pt “${item.str}”`));
      assert.deepEqual(small, [], file);
      const langs = file === 'handouts-large.pdf' ? (['zh', 'en'] as const) : (['zh'] as const);
      for (const term of report.glossary!.terms) {
        for (const lang of langs) assert.equal(missingInOrder(large.text, `${term.text[lang]!.term} ${term.text[lang]!.explanation}`, lang), undefined, `${file}: ${lang} of “${term.text.zh.term}”`);
      }
      const continued = [`（${label('continued', 'zh')}）`, ...(langs.length > 1 ? [`(${label('continued', 'en')})`] : [])];
      // 80 % of the text area: large-print pages are filled, a term cut between sentences or clauses where it must be.
      assert.deepEqual(largePageProblems(large, { page: largePage, title: report.meta.zh.title, continued, full: 0.8 }), [], file);
    }
  });

  test('large print: each page after the first opens with a term’s names; a term run over from the page before repeats both, marked continued', () => {
    const large = pdfs.get('handouts-large.pdf')!;
    const terms = report.glossary!.terms;
    const title = squash(report.meta.zh.title);
    // Under the running title, a term opens with its number in a circle, then its names.
    const lines = (page: (typeof large.pages)[number]): string[] => page.lines.map((line) => squash(line).replace(/^\d+/u, '')).filter((line) => line !== '' && line !== title);
    const startsOn = (page: (typeof large.pages)[number]): number[] => terms.flatMap((term, index) => (lines(page).some((line) => line.startsWith(squash(term.text.zh.term))) ? [index] : []));
    let continuations = 0;
    large.pages.slice(1).forEach((page, index) => {
      const opening = lines(page)[0];
      const term = terms.findIndex((candidate) => opening.startsWith(squash(candidate.text.zh.term)));
      assert.ok(term >= 0, `page ${page.number} opens with “${opening}”`);
      if (!opening.includes(squash(`（${label('continued', 'zh')}）`))) return;
      continuations += 1;
      assert.equal(term, Math.max(...startsOn(large.pages[index])), `page ${page.number}: continues the term the page before ends in`);
      assert.ok(squash(lines(page).slice(0, 3).join('')).includes(squash(`${terms[term].text.en!.term}(${label('continued', 'en')})`)), `page ${page.number}: English name marked continued`);
    });
    assert.ok(continuations > 0, 'the seed has terms that run over a page');
  });

  test('large print: text contrast at least WCAG AA and line spacing at least 1.5', async () => {
    const page = await openConfinedPage(browser, buildDir, { javaScript: true });
    try {
      await page.goto(pathToFileURL(path.join(buildDir, 'handouts-large.html')).href, { waitUntil: 'load' });
      const measured = (await page.evaluate(MEASURE_TEXT)) as MeasuredText[];
      assert.ok(measured.length > report.glossary!.terms.length * 2, `expected more than 2 text elements a term, got ${measured.length} for ${report.glossary!.terms.length} terms`);
      for (const element of measured) assert.ok(element.contrast >= 4.5, `${element.text}: contrast ${element.contrast.toFixed(2)}`);
      for (const element of measured.filter((item) => item.tag === 'P')) assert.ok(element.leading >= 1.49, `${element.text}: line spacing ${element.leading.toFixed(2)}`);
    } finally {
      await page.close();
    }
  });

  test('the header sets its Chinese title and label in the sans face, as the print PDF sets headings', async () => {
    for (const file of ['handouts.html', 'handouts-large.html']) {
      const page = await openConfinedPage(browser, buildDir, { javaScript: false });
      try {
        await page.goto(pathToFileURL(path.join(buildDir, file)).href, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const session = await page.createCDPSession();
        await session.send('DOM.enable');
        await session.send('CSS.enable');
        const { root } = await session.send('DOM.getDocument');
        const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.handout-header [lang="zh-CN"]' });
        assert.ok(nodeIds.length >= 2, `${file}: title and label`);
        for (const nodeId of nodeIds) {
          const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
          assert.deepEqual([...new Set(fonts.map((font) => font.familyName))], ['Noto Sans SC'], `${file}: fonts drawing the Chinese header text`);
        }
      } finally {
        await page.close();
      }
    }
  });

  test('every font is embedded as a subset TrueType font, none Type 3', () => {
    for (const file of FILES) {
      const fonts = pdfFonts(path.join(outDir, file));
      assert.ok(fonts.length >= 2, `${file}: fonts`);
      for (const font of fonts) assert.ok(font.embedded && font.subset && !font.type.includes('Type 3'), `${file}: ${font.name} ${font.type}`);
    }
  });

  test('printing loads only files of the build folder: no network request', () => {
    const folder = pathToFileURL(buildDir).href + '/';
    assert.ok(requests.some((url) => url.endsWith('.ttf')), 'the fonts were requested from the folder');
    assert.deepEqual(requests.filter((url) => !url.startsWith(folder)), []);
  });
});
