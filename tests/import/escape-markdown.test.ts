import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { importReport } from '../../src/import/import-report.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { normaliseZh } from '../../src/model/normalise-zh.ts';
import { tempFolder } from '../helpers/temp-folder.ts';
import { projectDir } from '../helpers/cli.ts';
import { reportText } from './report-structure.ts';

const fixture = path.join(projectDir, 'tests/fixtures/import/markdown-special.txt');

test('Markdown-special characters in the input read back from the source as the same text', async () => {
  const outDir = await tempFolder('rp-escape-');
  const result = await importReport({ inputPath: fixture, outDir, force: false });
  const { report, files } = await loadReport(outDir);
  assert.deepEqual(files.flatMap((file) => file.messages.map(String)), []);
  assert.deepEqual(result.file.messages.map(String), []);
  assert.ok(report, 'the imported source loads into a report');
  const input = (await readFile(fixture, 'utf8')).trimEnd().split('\n');
  const glossaryAt = input.indexOf('名词解释');
  const expected = [
    input[0],
    input[1].replace(/^——/, ''),
    '某区人民政府区长',
    '张三',
    ...input.slice(3, glossaryAt + 1),
    ...input.slice(glossaryAt + 1).map((line) => line.replace(/^\d+\./, '').replace('：', '')),
  ];
  assert.deepEqual(reportText(report).split('\n'), expected.map(normaliseZh));
  assert.equal(report.sections[0].sections[0].blocks[0].text.zh.runIn, '统一调度压实责任。');
  assert.equal(report.closing.length, 1);
  assert.deepEqual(report.glossary?.terms.map((term) => term.text.zh.term), ['术语一', 'ECO']);
});
