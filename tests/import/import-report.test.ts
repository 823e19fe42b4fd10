import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { checkSource } from '../../src/check/run-checks.ts';
import { importReport } from '../../src/import/import-report.ts';
import { loadReport } from '../../src/model/load-report.ts';
import type { Report } from '../../src/model/types.ts';
import { tempFolder } from '../helpers/temp-folder.ts';
import { projectDir } from '../helpers/cli.ts';
import { hanSequence } from '../helpers/pdf.ts';
import { reportText, structureOf } from './report-structure.ts';

const seedPath = path.join(projectDir, 'tests/fixtures/reports/zhongshan-2021.zh.txt');
const luohuPath = path.join(projectDir, 'tests/fixtures/reports/luohu-2021.zh.txt');

async function importInto(inputPath: string): Promise<{ report: Report; markdown: string; warnings: string[]; outDir: string }> {
  const outDir = await tempFolder('rp-import-');
  const result = await importReport({ inputPath, outDir, force: false });
  const { report, files } = await loadReport(outDir);
  assert.ok(report, files.flatMap((file) => file.messages.map(String)).join('\n'));
  return { report, markdown: result.markdown, warnings: result.file.messages.map((message) => message.reason), outDir };
}

function assertSameHan(expected: string, actual: string): void {
  const [want, got] = [hanSequence(expected), hanSequence(actual)];
  const first = Array.from(want).findIndex((char, index) => got[index] !== char);
  assert.equal(first, -1, `first difference at Han character ${first}: …${want.slice(first, first + 20)} / …${got.slice(first, first + 20)}`);
  assert.equal(got.length, want.length);
}

test('importing the seed gives the structure of the shipped source: headings, paragraphs, run-in heads, terms, front matter', async () => {
  const imported = await importInto(seedPath);
  const shipped = await loadReport(path.join(projectDir, 'source'));
  assert.ok(shipped.report, shipped.files.flatMap((file) => file.messages.map(String)).join('\n'));
  assert.deepEqual(structureOf(imported.report), structureOf(shipped.report));
  assert.deepEqual(imported.warnings, []);
});

test('importing the seed never changes a Han character of its report text', async () => {
  const { report } = await importInto(seedPath);
  const lines = (await readFile(seedPath, 'utf8')).split('\n');
  const title = lines.findIndex((line) => line.endsWith('工作报告'));
  const input = lines.slice(title).filter((line) => !/^(上一篇|下一篇)/.test(line)).join('\n');
  assertSameHan(input, reportText(report));
});

test('importing the Luohu report gives a source check accepts, with its parts, sections, closing and 25 terms', async () => {
  const { report, outDir, warnings } = await importInto(luohuPath);
  const checked = await checkSource(outDir);
  const errors = checked.files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String));
  assert.deepEqual(errors, []);
  assert.equal(checked.ok, true);
  assert.deepEqual(report.sections.map((part) => part.title.zh.text), ['一、过去五年工作回顾', '二、今后五年的总体发展思路', '三、今后五年的主要工作']);
  assert.deepEqual(report.sections.map((part) => part.sections.length), [6, 0, 9]);
  assert.equal(report.sections[0].sections[0].title.zh.text, '（一）砥砺奋进谋发展，综合实力再上新台阶');
  assert.equal(report.glossary?.title.zh.text, '有关名词解释');
  assert.equal(report.glossary?.terms.length, 25);
  assert.equal(report.glossary?.terms[24].text.zh.term, '教育“四强区”');
  assert.equal(report.opening[0].kind, 'salutation');
  assert.match(report.closing[0].text.zh.text, /^各位代表！身处这片屡创奇迹的时代热土/);
  assert.equal(report.sections[2].sections[8].blocks[1].text.zh.runIn, '推进城区治理“一网统管”。');
  assert.ok(warnings.some((reason) => reason.startsWith('no title line')), warnings.join('\n'));
  assertSameHan(await readFile(luohuPath, 'utf8'), reportText(report));
});

test('a GB18030 copy of the seed imports to the same source as the UTF-8 one', async () => {
  const folder = await tempFolder('rp-gb18030-');
  const gbPath = path.join(folder, 'report.txt');
  await writeFile(gbPath, iconv.encode(await readFile(seedPath, 'utf8'), 'gb18030'));
  const utf8 = await importInto(seedPath);
  const gb = await importInto(gbPath);
  assert.equal(gb.markdown, utf8.markdown);
});
