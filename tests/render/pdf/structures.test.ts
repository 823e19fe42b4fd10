import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadReport } from '../../../src/model/load-report.ts';
import type { Block, Lang, Report, Section } from '../../../src/model/types.ts';
import { glossaryTitle } from '../../../src/render/glossary-title.ts';
import { pdfRenderer } from '../../../src/render/pdf/pdf-renderer.ts';
import { loadLabels } from '../../../src/theme/labels.ts';
import { projectDir } from '../../helpers/cli.ts';
import { hanSequence, readPdf, type PdfDocument, type PdfOutlineItem } from '../../helpers/pdf.ts';

const FIXTURE = path.join(projectDir, 'tests/fixtures/structures');

/** The report's text in reading order: opening, parts, closing, appendices (table cells row by row), glossary. */
function bodyText(report: Report, lang: Lang): string {
  const blocks = (list: Block[]) => list.map((block) => block.text[lang]?.text ?? '');
  const walk = (sections: Section[]): string[] => sections.flatMap((section) => [section.title[lang]?.text ?? '', ...blocks(section.blocks), ...walk(section.sections)]);
  const glossary = [report.glossary?.title[lang]?.text ?? '', ...(report.glossary?.terms ?? []).map((term) => `${term.text[lang]?.term} ${term.text[lang]?.explanation}`)];
  return [...blocks(report.opening), ...walk(report.sections), ...blocks(report.closing), ...walk(report.appendices), ...glossary].join('\n');
}

/** Text of the pages after the cover and contents, without each page's running head (its first line) and folio. */
function pagesText(document: PdfDocument): string {
  return document.pages
    .slice(2)
    .map((page) => page.lines.slice(1).filter((line) => !/^\s*\d+\s*$/.test(line)).join('\n'))
    .join('\n');
}

function titles(items: PdfOutlineItem[]): unknown[] {
  return items.map((item) => (item.items.length > 0 ? [item.title, titles(item.items)] : item.title));
}

describe('pdf renderer on a report with every structure of the genre', () => {
  let dir: string;
  let report: Report;
  /** The glossary's title as the editions print it. */
  let glossaryHead: Record<Lang, string>;
  const documents: Record<'zh' | 'en' | 'bilingual', PdfDocument> = {} as never;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rp-pdf-structures-'));
    const loaded = await loadReport(FIXTURE);
    assert.ok(loaded.report, loaded.files.flatMap((file) => file.messages.map(String)).join('\n'));
    report = loaded.report;
    glossaryHead = glossaryTitle(report.glossary!, loadLabels());
    await pdfRenderer.render({ report, outDir: dir, browser: () => Promise.reject(new Error('no browser for the PDF')), note: () => undefined });
    [documents.zh, documents.en, documents.bilingual] = await Promise.all(['report.zh.pdf', 'report.en.pdf', 'report.pdf'].map((file) => readPdf(path.join(dir, file))));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('nests level-3 headings in the outline under their section or part, and lists the appendices after the parts and before the glossary', () => {
    const expected = (lang: Lang) => {
      const title = (section: Section) => section.title[lang]!.text;
      const [review, tasks] = report.sections;
      const [first, second] = report.appendices;
      return [
        [title(review), [[title(review.sections[0]), review.sections[0].sections.map(title)], title(review.sections[1])]],
        [title(tasks), tasks.sections.map(title)],
        [title(first), first.sections.map(title)],
        title(second),
        glossaryHead[lang],
      ];
    };
    assert.deepEqual(titles(documents.zh.outline), expected('zh'));
    assert.deepEqual(titles(documents.en.outline), expected('en'));
    const first = report.appendices[0];
    const both = titles(documents.bilingual.outline) as Array<string | [string, unknown]>;
    assert.equal(both.length, 5);
    assert.equal((both[2] as [string, unknown])[0], `${first.title.zh.text}  ${first.title.en!.text}`);
  });

  it('points every outline entry at the page its heading is on', () => {
    for (const document of Object.values(documents)) {
      const walk = (items: PdfOutlineItem[]): void =>
        items.forEach((item) => {
          const head = item.title.split('  ')[0].slice(0, 4);
          assert.ok(document.pages[item.pageNumber! - 1].lines.slice(1).some((line) => line.includes(head)), `${item.title} on page ${item.pageNumber}`);
          walk(item.items);
        });
      walk(document.outline);
    }
  });

  it('keeps every Han character of the source in order in the Chinese edition, tables and appendices included', () => {
    const expected = hanSequence(bodyText(report, 'zh'));
    assert.equal(hanSequence(pagesText(documents.zh)), expected);
  });

  it('keeps every English word of the source in the English edition', () => {
    const printed = pagesText(documents.en).replace(/\s+/g, ' ');
    const words = bodyText(report, 'en').split(/\s+/).filter((word) => /^[A-Za-z]{4,}$/.test(word));
    for (const word of words) assert.ok(printed.includes(word), `“${word}” is printed`);
  });

  it('prints numbered paragraphs with their number: inline in Chinese, hanging in English', () => {
    const zh = pagesText(documents.zh);
    assert.match(zh, /（1）支持企业技术改造。/);
    assert.match(zh, /1\.推进重大项目建设。全年完成/);
    assert.match(zh, /①完善项目储备机制。/);
    const enLines = documents.en.pages.flatMap((page) => page.items);
    const number = enLines.find((item) => item.str === '(1)');
    const text = enLines.find((item) => item.str.startsWith('Supporting technological'));
    assert.ok(number && text, 'the number and its paragraph are printed');
    assert.ok(Math.abs(number.y - text.y) < 0.5, 'the number stands on the first line of its paragraph');
    const next = enLines.find((item) => item.str.startsWith('We arranged') || item.str.includes('up by 8.5%'));
    assert.ok(next && Math.abs(next.x - text.x) < 0.5, 'the following lines align with the text, not the number');
  });

  it('sets a level-3 heading smaller than a section heading and larger than the body', () => {
    const items = documents.zh.pages.slice(2).flatMap((page) => page.items);
    const item = items.find((candidate) => candidate.str.startsWith('1.加快建设现代产业体系'));
    const section = items.find((candidate) => candidate.str.startsWith('（一）经济发展稳中有进') || candidate.str.startsWith('经济发展稳中有进'));
    assert.ok(item && section, 'the Chinese PDF shows the level-3 heading 1.加快建设现代产业体系 and the section heading 经济发展稳中有进');
    assert.ok(item.size < section.size, `level 3 ${item.size} pt, level 2 ${section.size} pt`);
    assert.ok(item.size > 10.5, 'level 3 is larger than the body');
    const enItems = documents.en.pages.slice(2).flatMap((page) => page.items);
    const enItem = enItems.find((candidate) => candidate.str.startsWith('1. Accelerating'));
    const enBody = enItems.find((candidate) => candidate.str.startsWith('We fully implemented'));
    assert.ok(enItem && enBody && enItem.size > enBody.size, `English level 3 ${enItem?.size} pt, body ${enBody?.size} pt`);
  });

  it('prints every table cell as a row of the table in all three editions', () => {
    for (const [name, document] of Object.entries(documents)) {
      const lines = document.pages.flatMap((page) => page.lines);
      for (const lang of name === 'bilingual' ? (['zh', 'en'] as const) : ([name] as Array<'zh' | 'en'>)) {
        const table = report.sections[0].sections[1].blocks.find((block) => block.kind === 'table')!.text[lang]!.table!;
        for (const row of table.rows) assert.ok(lines.some((line) => line.replace(/\s/g, '') === row.map((cell) => cell.text).join('').replace(/\s/g, '')), `${name}: row “${row[0].text}” is one line`);
      }
    }
  });

  it('sets bold text of a table cell in the bold face of a run-in head', () => {
    const items = documents.zh.pages.slice(2).flatMap((page) => page.items);
    const cell = (value: string) => items.find((item) => item.str === value)!;
    const head = items.find((item) => item.str.includes('推进重大项目建设。'))!;
    assert.equal(cell('新建幼儿园').fontName, head.fontName);
    assert.notEqual(cell('新建幼儿园').fontName, cell('区教育局').fontName);
  });

  it('breaks a long table across pages without losing a row', () => {
    const rows = report.appendices[1].blocks[0].text.zh.table!.rows.length - 1;
    for (const [name, document] of Object.entries(documents)) {
      const start = document.pages.findIndex((page, index) => index > 1 && page.lines.slice(1).some((line) => line.startsWith(name === 'en' ? 'Appendix 2' : '附件2')));
      const pages = document.pages.slice(start).filter((page) => page.lines[0] !== glossaryHead[name === 'en' ? 'en' : 'zh']);
      assert.ok(pages.length >= 2, `${name}: the table runs over ${pages.length} pages`);
      const numbers = pages.flatMap((page) => {
        // The first column: whole numbers at the left of the text block, above the folio.
        const cells = page.items.filter((item) => /^\d+$/.test(item.str) && item.y > 60);
        const left = Math.min(...cells.map((item) => item.x));
        return cells.filter((item) => Math.abs(item.x - left) < 1).sort((a, b) => b.y - a.y).map((item) => Number(item.str));
      });
      const expected = Array.from({ length: rows }, (_, index) => index + 1);
      assert.deepEqual(numbers, name === 'bilingual' ? [...expected, ...expected] : expected, `${name}: every row, in order`);
    }
  });

  it('sets the appendices after the closing, each on a page of its own with its title as running head, and lists them in the contents', () => {
    const zh = documents.zh;
    const closingPage = zh.pages.findIndex((page) => page.lines.some((line) => line.startsWith('各位代表，新的一年')));
    for (const appendix of report.appendices) {
      const title = appendix.title.zh.text;
      const page = zh.pages.findIndex((candidate, index) => index > 1 && candidate.lines.slice(1).some((line) => line.startsWith(title.slice(0, 4))));
      assert.ok(page > closingPage, `${title} comes after the closing`);
      assert.equal(zh.pages[page].lines[0], title, 'its running head');
      const entry = zh.pages[1].lines.find((line) => line.startsWith(title));
      assert.ok(entry, `the contents lists ${title}`);
      assert.equal(Number(/(\d+)$/.exec(entry)![1]), page + 1);
    }
    const glossaryPage = zh.pages.findIndex((page) => page.lines[0] === glossaryHead.zh);
    assert.ok(glossaryPage > closingPage + report.appendices.length, 'the glossary comes last');
  });

  it('heads the pages of an unnumbered part with its title and lists no level-3 heading in the contents', () => {
    const zh = documents.zh;
    const contents = zh.pages[1].lines;
    assert.ok(contents.some((line) => line.startsWith('2016年工作回顾')), `the contents list 2016年工作回顾: ${contents.join(' / ')}`);
    assert.ok(!contents.some((line) => line.startsWith('1.加快建设')), `the contents list no level-3 heading: ${contents.join(' / ')}`);
    assert.ok(zh.pages.some((page) => page.lines[0] === '2016年工作回顾'), 'a page is headed 2016年工作回顾');
  });
});
