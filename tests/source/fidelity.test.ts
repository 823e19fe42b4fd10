import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { loadReport } from '../../src/model/load-report.ts';
import { projectDir } from '../helpers/cli.ts';
import { hanSequence } from '../helpers/pdf.ts';
import { reportText as modelReportText } from '../helpers/report-text.ts';

const seedPath = path.join(projectDir, 'tests/fixtures/reports/zhongshan-2021.zh.txt');

test('the source holds every Han character of the seed report, in order', async () => {
  const seedLines = (await readFile(seedPath, 'utf8')).split('\n');
  const titleLine = seedLines.findIndex((line) => line.endsWith('政府工作报告'));
  const reportText = seedLines
    .slice(titleLine)
    .filter((line) => !/^(上一篇|下一篇)/.test(line))
    .join('\n');
  const { report } = await loadReport(path.join(projectDir, 'source'));
  assert.ok(report, 'the shipped source loads into a report');
  const modelText = modelReportText(report);
  const expected = hanSequence(reportText);
  const actual = hanSequence(modelText);
  const firstDifference = Array.from(expected).findIndex((char, index) => actual[index] !== char);
  assert.equal(firstDifference, -1, `first difference at Han character ${firstDifference}: …${expected.slice(firstDifference, firstDifference + 20)}`);
  assert.equal(actual.length, expected.length);
});
