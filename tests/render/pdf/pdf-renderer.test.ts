import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as fontkit from 'fontkit';
import { loadReport } from '../../../src/model/load-report.ts';
import type { Bilingual, Block, Report, Section } from '../../../src/model/types.ts';
import { repeatReport } from '../../../src/bench/repeat-report.ts';
import { glossaryTitle } from '../../../src/render/glossary-title.ts';
import { buildEdition } from '../../../src/render/pdf/build-edition.tsx';
import { defaultMargins, editions } from '../../../src/render/pdf/edition.ts';
import { registerFonts } from '../../../src/render/pdf/fonts.ts';
import { pdfRenderer } from '../../../src/render/pdf/pdf-renderer.ts';
import { pdfStyles } from '../../../src/render/pdf/styles.ts';
import { loadLabels } from '../../../src/theme/labels.ts';
import { loadTheme } from '../../../src/theme/load-theme.ts';
import { fonts } from '../../../src/theme/theme.ts';
import { hanSequence, linkTargetPage, pdfFonts, readPdf, type PdfDocument } from '../../helpers/pdf.ts';

function pdfinfo(file: string, pages: number): string {
  return execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), '-box', file], { encoding: 'utf8' });
}

/** The shipped theme, which these renders use (no templates given). */
const theme = loadTheme();
const { keepWithNext } = pdfStyles(theme);

const PROHIBITED_START = /^[，。、；：？！）》」』”’]/u;

async function renderInto(sourceDir: string, outDir: string, notes: string[] = []) {
  const { report } = await loadReport(sourceDir);
  assert.ok(report, `${sourceDir} reads as a report`);
  const outputs = await pdfRenderer.render({ report, outDir, browser: () => Promise.reject(new Error('no browser for the PDF')), note: (message) => notes.push(message) });
  return { report, outputs };
}

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.sections)]);
}

/** The report's text in reading order: opening, each section's title then blocks, closing, glossary. */
function bodyText(report: Report, lang: 'zh' | 'en'): string {
  const blocks = (list: Block[]) => list.map((block) => block.text[lang]?.text ?? '');
  const walk = (sections: Section[]): string[] => sections.flatMap((section) => [section.title[lang]?.text ?? '', ...blocks(section.blocks), ...walk(section.sections)]);
  const glossary = [report.glossary?.title[lang]?.text ?? '', ...(report.glossary?.terms ?? []).map((term) => `${term.text[lang]?.term} ${term.text[lang]?.explanation}`)];
  return [...blocks(report.opening), ...walk(report.sections), ...blocks(report.closing), ...glossary].join('\n');
}

/** Text of the pages after the cover and contents, without each page's running head (its first line) and folio. */
function pagesText(document: PdfDocument): string {
  return document.pages
    .slice(2)
    .map((page) => page.lines.slice(1).filter((line) => !/^\s*\d+\s*$/.test(line)).join('\n'))
    .join('\n');
}

describe('pdf renderer on a report whose contents fills several pages', () => {
  it('puts the contents after the cover, numbers every page in order and prints in it the pages the sections are on', async () => {
    const { report } = await loadReport('source');
    assert.ok(report, 'the seed reads as a report');
    const long = repeatReport(report, 3);
    const edition = editions.find((candidate) => candidate.name === 'bilingual')!;
    registerFonts();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rp-pdf-long-'));
    try {
      const file = path.join(dir, 'long.pdf');
      await writeFile(file, (await buildEdition({ report: long, edition })).data);
      const document = await readPdf(file);
      const contentsPages = document.pages.filter((page) => page.lines[0]?.startsWith(loadLabels().text('contents', 'zh')));
      assert.ok(contentsPages.length >= 2, `the contents fills ${contentsPages.length} pages`);
      assert.deepEqual(
        contentsPages.map((page) => page.number),
        contentsPages.map((_, index) => index + 2),
        'the contents follows the cover',
      );
      for (const page of document.pages.slice(1)) assert.equal(page.lines.at(-1)?.trim(), String(page.number), `page ${page.number} has its folio`);
      const contents = contentsPages.flatMap((page) => page.lines);
      for (const section of allSections(long.sections).filter((candidate) => candidate.depth === 1)) {
        const numbers = contents.filter((line) => line.startsWith(section.title.zh.text)).map((line) => Number(/(\d+)$/.exec(line)![1]));
        for (const number of numbers) assert.ok(document.pages[number - 1].lines.some((line) => line.includes(section.title.zh.text.slice(0, 6))), `${section.label} on page ${number}`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('pdf renderer on the seed report', () => {
  let dir: string;
  let report: Report;
  let zh: PdfDocument;
  let en: PdfDocument;
  let bilingual: PdfDocument;
  /** The glossary's title as the editions print it. */
  let printed: Required<Bilingual<string>>;

  before(async () => {
    // Pinned, so that two renders can be compared byte for byte (without it, each carries the time it was made).
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    dir = await mkdtemp(path.join(os.tmpdir(), 'rp-pdf-'));
    report = (await renderInto('source', dir)).report;
    printed = glossaryTitle(report.glossary!, loadLabels());
    [zh, en, bilingual] = await Promise.all(['report.zh.pdf', 'report.en.pdf', 'report.pdf'].map((file) => readPdf(path.join(dir, file))));
  });
  after(async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every Han character of the source, in order, in the Chinese edition', () => {
    const expected = hanSequence(bodyText(report, 'zh'));
    assert.ok(hanSequence(pagesText(zh)).includes(expected), 'the body and glossary Han sequence appears unbroken in the PDF text');
  });

  it('keeps every English word of the source in the English edition', () => {
    const pdfWords = new Set(pagesText(en).replace(/-\n/g, '').match(/[\p{L}\p{N}]+/gu));
    const missing = [...new Set(bodyText(report, 'en').match(/[\p{L}\p{N}]+/gu))].filter((word) => !pdfWords.has(word));
    assert.deepEqual(missing, []);
  });

  it('breaks Chinese lines only where clreq allows, and puts no ASCII comma between Han characters', () => {
    for (const document of [zh, bilingual]) {
      const lines = document.pages.flatMap((page) => page.lines.map((line) => line.trim()));
      assert.deepEqual(lines.filter((line) => PROHIBITED_START.test(line)), []);
      assert.deepEqual(lines.filter((line) => /[（《「『“‘]$/u.test(line)), [], 'no line ends with an opening mark');
      if (document !== zh) continue;
      // Body pages of the single-column edition only: in the bilingual edition a reading line joins both columns.
      const body = pagesText(zh).split('\n');
      const splits = body.slice(1).filter((line, index) => /^[\d.%]/.test(line) && /[\d.]$/.test(body[index]));
      assert.deepEqual(splits, [], 'no number split across lines');
      assert.ok(!/—\n—|…\n…/.test(body.join('\n')), 'no —— or …… split across lines');
      assert.doesNotMatch(document.text, /\p{Script=Han},\p{Script=Han}/u);
    }
  });

  it('sets the running heads of the bilingual edition apart, the English one shortened at a whole word', () => {
    const titles = [...report.sections.map((section) => section.title.en!.text), report.glossary!.title.en!.text];
    const shortened = new Set<string>();
    for (const page of bilingual.pages.slice(2)) {
      const top = Math.max(...page.items.map((item) => item.y));
      const head = page.items.filter((item) => item.str.trim() !== '' && Math.abs(item.y - top) < 2).sort((a, b) => a.x - b.x);
      const zhHead = head.filter((item) => /\p{Script=Han}/u.test(item.str));
      const enHead = head.filter((item) => !/\p{Script=Han}/u.test(item.str));
      assert.ok(zhHead.length > 0 && enHead.length > 0, `page ${page.number} has both heads`);
      const gap = enHead[0].x - Math.max(...zhHead.map((item) => item.x + item.width));
      assert.ok(gap >= 2 * enHead[0].size, `page ${page.number}: heads ${Math.round(gap)} pt apart`);
      const rightEdge = Math.max(...page.items.filter((item) => item.y < top - 20).map((item) => item.x + item.width));
      assert.ok(enHead.at(-1)!.x + enHead.at(-1)!.width <= rightEdge + 0.5, `page ${page.number}: English head inside the text block`);
      const english = enHead.map((item) => item.str).join('').trim();
      if (titles.includes(english)) continue;
      const cut = english.replace(/…$/u, '');
      assert.ok(english.endsWith('…') && titles.some((title) => title.startsWith(`${cut} `)), `page ${page.number}: "${english}" is a title cut at a word`);
      assert.doesNotMatch(cut, /\b(for|the|of|and|in|to|during)$/iu, 'no dangling word before the ellipsis');
      shortened.add(english);
    }
    assert.ok(shortened.size > 0, 'some English head is shortened (the seed has long part titles)');
  });

  it('keeps justified Chinese lines close to solid: no gap between characters wider than a quarter em, hardly any wider than a tenth', () => {
    const font = fontkit.openSync(fonts.serifZh.regular) as fontkit.Font;
    const natural = (value: string) => (font.layout(value, ['chws']).advanceWidth / font.unitsPerEm) * theme.print.body;
    for (const document of [zh, bilingual]) {
      const lines = document.pages.slice(2).flatMap((page) => {
        const items = page.items.filter((item) => Math.abs(item.size - theme.print.body) < 0.1 && /\p{Script=Han}/u.test(item.str));
        const rows = new Map<number, typeof items>();
        for (const item of items) rows.set(Math.round(item.y), [...(rows.get(Math.round(item.y)) ?? []), item]);
        return [...rows.values()].map((row) => row.sort((a, b) => a.x - b.x));
      });
      // The column's right edge: where most lines end (full lines end there; last lines of paragraphs anywhere before).
      const ends = lines.map((row) => Math.round(row.at(-1)!.x + row.at(-1)!.width));
      const right = ends.sort((a, b) => ends.filter((end) => end === b).length - ends.filter((end) => end === a).length)[0];
      const gaps = lines
        .filter((row) => Math.abs(row.at(-1)!.x + row.at(-1)!.width - right) < 1)
        .map((row) => {
          const value = row.map((item) => item.str).join('').replace(/\s/g, '');
          const width = row.at(-1)!.x + row.at(-1)!.width - row[0].x;
          return { value, gap: (width - natural(value)) / (value.length - 1) };
        })
        .sort((a, b) => b.gap - a.gap);
      assert.ok(gaps.length > 100, `${gaps.length} justified lines measured`);
      assert.ok(gaps[0].gap <= theme.print.body / 4, `${gaps[0].gap.toFixed(2)} pt between the characters of "${gaps[0].value}"`);
      // Only a line that must end before an unbreakable run wider than the slack can be, and the lines before it share that slack.
      const loose = gaps.filter((line) => line.gap > theme.print.body / 10);
      assert.ok(loose.length <= gaps.length / 100, `${loose.length} of ${gaps.length} lines letter-spaced by more than a tenth of an em: ${loose.map((line) => line.value).join(' / ')}`);
    }
  });

  it('sets the cover titles without hyphenating a word', () => {
    assert.ok(en.pages[0].lines.some((line) => line.includes(report.meta.en!.title.split(' ')[0])), 'the English cover shows the title');
    for (const document of [en, bilingual]) assert.deepEqual(document.pages[0].lines.filter((line) => /\p{L}-$/u.test(line.trim())), []);
  });

  it('indents the first line of every Chinese paragraph by two characters, run-in heads included', () => {
    const blocks = [...report.opening, ...allSections(report.sections).flatMap((section) => section.blocks)];
    const startX = (block: Block) => {
      const head = block.text.zh.text.slice(0, 4);
      const item = zh.pages.slice(2).flatMap((page) => page.items).find((candidate) => candidate.str.startsWith(head));
      assert.ok(item, `first line of ${block.id} found`);
      return item.x;
    };
    const salutation = blocks.find((block) => block.kind === 'salutation')!;
    const plain = blocks.find((block) => block.kind === 'paragraph' && !block.text.zh.runIn)!;
    const runIns = blocks.filter((block) => block.text.zh.runIn).slice(0, 5);
    assert.ok(runIns.length > 0, 'the seed has run-in heads');
    const margin = startX(salutation);
    assert.ok(Math.abs(startX(plain) - margin - 2 * theme.print.body) < 0.5, `plain paragraph indented by ${startX(plain) - margin}`);
    for (const block of runIns) assert.ok(Math.abs(startX(block) - startX(plain)) < 0.5, `${block.id} starts at ${startX(block) - margin} from the margin`);
  });

  it('sets a heading that opens with a full-width bracket half an em out, so its bracket meets the margin; a wrapped line starts at the margin', () => {
    const margin = defaultMargins.inner;
    const bracketed = allSections(report.sections).filter((section) => section.depth === 2 && section.title.zh.text.startsWith('（'));
    assert.ok(bracketed.length > 0, 'the seed has bracketed headings');
    for (const [document, label] of [[zh, 'zh'], [bilingual, 'bilingual']] as const) {
      const items = document.pages.slice(2).flatMap((page) => page.items).filter((item) => Math.abs(item.size - theme.print.h2) < 0.1);
      for (const section of bracketed) {
        const first = items.find((item) => item.str.startsWith(section.title.zh.text.slice(0, 6)));
        assert.ok(first, `${label}: heading ${section.label} found`);
        assert.ok(Math.abs(first.x - (margin - theme.print.h2 / 2)) < 0.5, `${label}: ${section.label} starts ${first.x - margin} pt from the margin`);
        const rest = section.title.zh.text.slice(first.str.length);
        if (rest === '') continue;
        const next = items.find((item) => item.str.startsWith(rest.slice(0, 2)) && item.y < first.y && first.y - item.y < 2 * theme.print.h2);
        assert.ok(next && Math.abs(next.x - margin) < 0.5, `${label}: the second line of ${section.label} starts at the margin`);
      }
    }
  });

  it('breaks a wrapped Chinese heading of the bilingual edition after its comma, or else between two words', () => {
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    const boundaries = (title: string) => new Set([...words.segment(title)].map((segment) => segment.index));
    let wrapped = 0;
    /** Each page's lines of the Chinese column, top to bottom. */
    const columnRows = bilingual.pages.slice(2).map((page) =>
      [...new Set(page.items.filter((item) => /\p{Script=Han}/u.test(item.str) && item.x < page.width / 2).map((item) => item.y))]
        .sort((a, b) => b - a)
        .map((y) => page.items.filter((item) => item.y === y && item.x < page.width / 2).sort((a, b) => a.x - b.x).map((item) => item.str).join('').trim()),
    );
    for (const section of allSections(report.sections)) {
      const title = section.title.zh!.text;
      const rows = columnRows.find((candidate) => candidate.some((row, index) => row !== title && row + candidate[index + 1] === title));
      if (!rows) continue;
      const first = rows.findIndex((row, index) => row !== title && row + rows[index + 1] === title);
      wrapped += 1;
      const line = rows[first];
      if (title.includes('，')) assert.ok(line.endsWith('，'), `"${line}" / "${rows[first + 1]}" breaks at the comma`);
      else assert.ok(boundaries(title).has(line.length), `"${line}" / "${rows[first + 1]}" breaks between words`);
    }
    assert.ok(wrapped >= 5, `${wrapped} wrapped headings checked`);
  });

  it('closes up a closing mark before another mark in Chinese headings, as chws does in the body (二、“十四五”)', () => {
    let pairs = 0;
    for (const page of [...zh.pages, ...bilingual.pages].filter((candidate) => candidate.number > 2)) {
      const sized = page.items.filter((item) => item.size > theme.print.body + 1 && /\p{Script=Han}/u.test(item.str));
      for (const item of sized) {
        const next = sized.find((candidate) => candidate !== item && Math.abs(candidate.y - item.y) < 0.5 && Math.abs(candidate.x - item.x - item.width) < item.size);
        if (!next || !/[、，。；：）”]$/u.test(item.str) || !/^[“（《]/u.test(next.str) || !/^[\p{Script=Han}、，。；：）”（《“]+$/u.test(item.str)) continue;
        pairs += 1;
        assert.ok(Math.abs(next.x - item.x - ([...item.str].length - 0.5) * item.size) < 0.5, `page ${page.number}: "${item.str}|${next.str}" closes up half an em`);
      }
    }
    assert.ok(pairs >= 2, `${pairs} pairs of marks measured (one heading in each edition)`);
  });

  it('has an outline mirroring the sections, each entry pointing at the page its heading is on', () => {
    const parts = bilingual.outline.filter((item) => report.sections.some((section) => item.title.startsWith(section.title.zh.text)));
    assert.equal(parts.length, report.sections.length);
    for (const [index, section] of report.sections.entries()) {
      assert.equal(parts[index].items.length, section.sections.length);
      const page = bilingual.pages[parts[index].pageNumber! - 1];
      assert.ok(page.lines.some((line) => line.includes(section.title.zh.text.slice(0, 6))), `${section.label} is on page ${page.number}`);
    }
    assert.ok(bilingual.outline.some((item) => item.title.includes(printed.zh)), `the outline lists ${printed.zh}`);
  });

  it('titles the glossary 名词解释 as the deck and handouts do, in heading, contents, bookmark and running head, while the source keeps 名 词 解 释', () => {
    assert.equal(report.glossary!.title.zh.text, '名 词 解 释', 'the model keeps the source heading as written');
    assert.equal(printed.zh, '名词解释');
    for (const [document, lang] of [[zh, 'zh'], [en, 'en'], [bilingual, 'zh']] as const) {
      const title = printed[lang];
      const label = `${document.pages.length}-page ${lang} edition`;
      assert.ok(!/名\s+词\s+解\s+释/u.test(document.text), `${label}: no letter-spaced title in the text`);
      assert.ok(document.pages[1].lines.some((line) => line.startsWith(title)), `${label}: the contents lists ${title}`);
      const bookmark = document.outline.at(-1)!;
      assert.ok(bookmark.title.startsWith(title), `${label}: the last bookmark is "${bookmark.title}"`);
      const pages = document.pages.slice(bookmark.pageNumber! - 1);
      assert.ok(pages[0].lines.slice(1).some((line) => line.trim().startsWith(title)), `${label}: the heading on page ${pages[0].number}`);
      const heads = pages.slice(1).map((page) => page.lines[0]);
      assert.ok(heads.length > 0 && heads.every((head) => head.startsWith(title)), `${label}: running heads ${heads.join(' / ')}`);
    }
  });

  it('prints in the contents the pages the sections are on', () => {
    const contents = zh.pages[1].lines;
    for (const section of allSections(report.sections)) {
      const line = contents.find((candidate) => candidate.startsWith(section.title.zh.text.slice(0, 8)));
      assert.ok(line, `contents lists ${section.label}`);
      const page = Number(/(\d+)$/.exec(line)![1]);
      assert.ok(zh.pages[page - 1].lines.some((text) => text.includes(section.title.zh.text.slice(0, 6))), `${section.label} on page ${page}`);
    }
  });

  it('sets each contents page number on the last line of its entry, wrapped entries included', () => {
    for (const [document, lang] of [[zh, 'zh'], [en, 'en'], [bilingual, 'zh']] as const) {
      const titles = [...allSections(report.sections).map((entry) => entry.title[lang]!.text), printed[lang]];
      const page = document.pages[1];
      const top = Math.max(...page.items.map((item) => item.y));
      const numbers = page.items.filter((item) => /^\d+$/.test(item.str.trim()) && item.y < top - 2 && item.y > defaultMargins.bottom);
      assert.equal(numbers.length, titles.length, `${document.pages.length}-page edition: one number per entry`);
      let wrapped = 0;
      for (const number of numbers) {
        const line = page.items.filter((item) => item !== number && Math.abs(item.y - number.y) < 1 && item.x < number.x).sort((a, b) => a.x - b.x).map((item) => item.str).join('').trim();
        assert.ok(line !== '' && titles.some((title) => title.endsWith(line)), `page number ${number.str.trim()} stands beside "${line}", not the end of an entry`);
        if (!titles.includes(line)) wrapped += 1;
      }
      if (document === en) assert.ok(wrapped > 0, 'some English entries wrap');
    }
  });

  it('links first occurrences of glossary terms to their entries on the glossary pages', async () => {
    const glossaryStart = zh.outline.find((item) => item.title.includes(printed.zh))!.pageNumber!;
    const bodyLinks = zh.pages.slice(2, glossaryStart - 1).flatMap((page) => page.links.filter((link) => typeof link.dest === 'string' && /^g\d+$/.test(link.dest)));
    assert.ok(bodyLinks.length >= report.glossary!.terms.length / 2, `${bodyLinks.length} term links`);
    for (const link of bodyLinks) {
      const target = await linkTargetPage(path.join(dir, 'report.zh.pdf'), link.dest);
      assert.ok(target! >= glossaryStart, `link ${String(link.dest)} lands on page ${target}`);
    }
  });

  it('embeds subset fonts only, on A4 pages, with metadata', () => {
    const fonts = pdfFonts(path.join(dir, 'report.pdf'));
    assert.ok(fonts.length >= 3, `${fonts.length} fonts`);
    assert.ok(fonts.every((font) => font.embedded && font.subset), JSON.stringify(fonts));
    const sizes = pdfinfo(path.join(dir, 'report.pdf'), bilingual.pages.length).match(/size:\s+\S+ x \S+ pts \(\w+\)/g) ?? [];
    assert.equal(sizes.length, bilingual.pages.length);
    assert.ok(sizes.every((size) => /595\.28 x 841\.89 pts \(A4\)/.test(size)), sizes.join('; '));
    assert.match(String(zh.info.Title), new RegExp(report.meta.zh.title));
    assert.equal(zh.info.Author, report.meta.zh.publisher);
    assert.ok(String(zh.info.Subject).length > 0 && String(zh.info.Keywords).length > 0, 'subject and keywords set');
    assert.equal(zh.info.Language, 'zh-CN');
    assert.equal(en.info.Language, 'en');
  });

  it('mirrors the margins: even pages show the same content shifted toward the spine', () => {
    const boxes = [...pdfinfo(path.join(dir, 'report.zh.pdf'), 4).matchAll(/MediaBox:\s+(\S+)/g)].map((match) => Number(match[1]));
    assert.deepEqual(boxes.map((x, index) => (index % 2 === 1 ? x > 0 : x === 0)), [true, true, true, true]);
  });

  it('never leaves a heading as the last line of a page', () => {
    const titles = allSections(report.sections).flatMap((section) => [section.title.zh.text, section.title.en?.text ?? '']).filter(Boolean);
    for (const document of [zh, en, bilingual]) {
      for (const page of document.pages.slice(2)) {
        const lines = page.lines.filter((line) => !/^\s*\d+\s*$/.test(line));
        const last = (lines.at(-1) ?? '').trim();
        assert.ok(!titles.some((title) => last.length >= 4 && title.includes(last)), `page ${page.number} ends with a heading: ${last}`);
      }
    }
  });

  it('leaves no hole taller than a heading and two lines at the foot of a page that a section heading follows', () => {
    const headings = allSections(report.sections).filter((section) => section.depth === 2).map((section) => section.title.zh.text);
    const bottom = defaultMargins.bottom;
    const allowance = 10 + theme.print.h2 * 1.45 + 6 + keepWithNext;
    let checked = 0;
    for (const [index, page] of zh.pages.slice(2, -1).entries()) {
      const next = zh.pages[index + 3];
      const opensWithHeading = headings.some((title) => (next.lines[1] ?? '').startsWith(title));
      if (!opensWithHeading) continue;
      checked += 1;
      const lowest = Math.min(...page.items.filter((item) => item.str.trim() !== '' && !/^\d+$/.test(item.str.trim())).map((item) => item.y));
      assert.ok(lowest - bottom < allowance, `page ${page.number} ends ${Math.round(lowest - bottom)} pt above the bottom margin`);
    }
    assert.ok(checked > 0, 'some page is followed by a section heading');
  });

  it('gives a byte-identical PDF for the same source and SOURCE_DATE_EPOCH', async () => {
    const again = await mkdtemp(path.join(os.tmpdir(), 'rp-pdf-again-'));
    try {
      const { outputs } = await renderInto('source', again);
      for (const output of outputs) {
        const first = await readFile(path.join(dir, path.basename(output.path)));
        assert.ok(first.equals(await readFile(output.path)), `${path.basename(output.path)} differs between builds`);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});

describe('pdf renderer on other sources', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rp-pdf-src-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('builds only report.zh.pdf without an English source, and says so once', async () => {
    const source = path.join(dir, 'zh-only');
    await cp('source', source, { recursive: true });
    await rm(path.join(source, 'report.en.md'));
    const notes: string[] = [];
    const { outputs } = await renderInto(source, path.join(dir, 'out-zh'), notes);
    assert.deepEqual(outputs.map((output) => path.basename(output.path)), ['report.zh.pdf', 'report.zh.pdf.map.json']);
    assert.equal(notes.length, 1);
    assert.match(notes[0], /report\.pdf/);
    assert.match(notes[0], /report\.en\.pdf/);
  });

  it('heads the cover of a report without front matter with its edition instead of leaving it blank', async () => {
    const source = path.join(dir, 'no-meta');
    await cp('source', source, { recursive: true });
    await rm(path.join(source, 'report.en.md'));
    const markdown = await readFile(path.join(source, 'report.zh.md'), 'utf8');
    await writeFile(path.join(source, 'report.zh.md'), markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const { outputs } = await renderInto(source, path.join(dir, 'out-no-meta'));
    const cover = (await readPdf(outputs[0].path)).pages[0];
    assert.deepEqual(cover.lines.map((line) => line.replace(/\s/g, '')), [loadLabels().text('cover-edition-zh', 'zh')]);
    assert.ok(cover.items.every((item) => item.size >= theme.print.title - 0.5), 'the edition is set at title size');
  });
});
