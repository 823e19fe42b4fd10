import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadReport } from '../../src/model/load-report.ts';
import { projectDir, runCli } from '../helpers/cli.ts';

const fixture = (name: string): string => `tests/fixtures/figures/${name}`;

test('a marked figure carries its value, unit, label and sentence in both languages', async () => {
  const { report } = await loadReport(path.join(projectDir, fixture('agree')));
  const [figure] = report?.figures ?? [];
  assert.equal(figure.id, 'revenue');
  assert.equal(figure.group, 'results');
  assert.equal(figure.blockId, 's1.p1');
  assert.deepEqual(figure.sectionIds, ['s1']);
  assert.deepEqual([figure.text.zh.number, figure.text.zh.unit, figure.text.zh.value], ['18.18', '亿元', 1818000000]);
  assert.deepEqual([figure.text.en?.number, figure.text.en?.unit, figure.text.en?.value], ['1.818', 'billion yuan', 1818000000]);
  assert.equal(figure.text.zh.sentence, '一般公共预算收入18.18亿元，增长6.5%-7%。');
  assert.equal(figure.text.en?.label, 'General public budget revenue');
});

test('Chinese and English values of a figure must agree after scaling', () => {
  const result = runCli(['check', '--source', fixture('disagree')]);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /report\.en\.md:16:39 error figure `revenue` is 18\.18 billion yuan here but 18\.18亿元 at .*report\.zh\.md:16 \[figure-value\]/);
});

test('a figure id used twice is an error at the second mark', () => {
  const result = runCli(['check', '--source', fixture('duplicate')]);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /report\.zh\.md:20:20 error figure id `revenue` is used twice \(first at .*report\.zh\.md:16\) \[figure\]/);
});
