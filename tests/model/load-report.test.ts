import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import { allBlocks } from '../../src/check/context.ts';
import { loadReport } from '../../src/model/load-report.ts';
import type { Report } from '../../src/model/types.ts';
import { projectDir } from '../helpers/cli.ts';

let report: Report;

before(async () => {
  const loaded = await loadReport(path.join(projectDir, 'source'));
  assert.ok(loaded.report, loaded.files.flatMap((file) => file.messages.map(String)).join('\n'));
  report = loaded.report;
});

test('reads the metadata of the front matter in both languages', () => {
  assert.equal(report.meta.zh.title, '中山区人民政府2021年政府工作报告');
  assert.equal(report.meta.zh.speaker, '赵云峰');
  assert.equal(report.meta.zh.date, '2021-01-25');
  assert.match(report.meta.en?.title ?? '', /Zhongshan District/);
  assert.deepEqual(report.languages, ['zh', 'en']);
});

test('nests sections under the three parts', () => {
  assert.deepEqual(
    report.sections.map((part) => [part.label, part.sections.length]),
    [
      ['一', 6],
      ['二', 0],
      ['三', 8],
    ],
  );
  assert.equal(report.sections[0].sections[2].label, '一(三)');
  assert.equal(report.sections[0].sections[2].title.zh.text, '（三）深化改革谋创新，区域发展涌现活力');
});

test('pairs every zh paragraph with its en partner', () => {
  const blocks = allBlocks(report);
  assert.equal(blocks.length, 87, "paragraphs of the seed outside headings and the glossary, salutation and closing included");
  for (const block of blocks) assert.ok(block.text.en, `block ${block.id} has no English`);
  assert.equal(new Set(blocks.map((block) => block.id)).size, blocks.length);
});

test('marks the salutation, the closing and run-in heads', () => {
  assert.equal(report.opening[0].kind, 'salutation');
  assert.equal(report.opening[0].text.zh.text, '各位代表：');
  assert.equal(report.closing.length, 1);
  assert.match(report.closing[0].text.zh.text, /^各位代表！让我们/);
  const first = report.sections[0].sections[0].blocks[0];
  assert.equal(first.text.zh.runIn, '统一调度压实责任。');
  assert.match(first.text.en?.runIn ?? '', /\.$/);
});

test('parses the glossary into 14 terms with their explanations', () => {
  const terms = report.glossary?.terms ?? [];
  assert.equal(terms.length, 14);
  assert.equal(terms[0].text.zh.term, '双查双管');
  assert.match(terms[0].text.zh.explanation, /^指在疫情防控期间/);
  assert.equal(terms[13].text.zh.term, '新时代“枫桥经验”');
  assert.ok(terms.every((term) => term.text.en?.term && term.text.en.explanation), `terms without an English term or explanation: ${terms.filter((term) => !(term.text.en?.term && term.text.en.explanation)).map((term) => term.text.zh.term).join(', ')}`);
});

test('keeps the source position of every block', () => {
  const block = report.sections[0].sections[0].blocks[0];
  assert.equal(block.text.zh.position.file, 'source/report.zh.md');
  assert.ok(block.text.zh.position.line > 20, `expected the first block below line 20, got line ${block.text.zh.position.line}`);
  assert.equal(block.text.en?.position.file, 'source/report.en.md');
});

test('a Chinese-only report has no English side', async () => {
  const loaded = await loadReport(path.join(projectDir, 'tests/fixtures/check/unbalanced-quote'));
  assert.deepEqual(loaded.report?.languages, ['zh']);
  assert.equal(loaded.report?.meta.en, undefined);
  assert.equal(allBlocks(loaded.report!).some((block) => block.text.en), false);
});
