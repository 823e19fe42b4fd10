import assert from 'node:assert/strict';
import { copyFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { alignSentences } from '../../src/check/consistency/sentences.ts';
import { projectDir, runCli } from '../helpers/cli.ts';

const before = 'tests/fixtures/consistency/before-fixes';
const en = `${before}/report.en.md`;

let checked: string | undefined;

/** The warnings of one rule on the English file of today's (unfixed) source, as printed by `check` (run once, about 5 s). */
function warnings(rule: string): string[] {
  if (checked === undefined) {
    const result = runCli(['check', '--source', before]);
    assert.equal(result.status, 0, result.stdout);
    checked = result.stdout;
  }
  return checked.split('\n').filter((line) => line.startsWith(`${en}:`) && line.endsWith(`[${rule}]`));
}

test('a Chinese term rendered two ways is a warning at each minority rendering naming the majority one', () => {
  const lines = warnings('translation-consistency');
  const regular = lines.filter((line) => line.includes('“常态化” is rendered “regular” here but “routine” at'));
  assert.deepEqual(
    regular.map((line) => line.split(' ')[0]),
    [`${en}:28:141`, `${en}:68:276`],
  );
  assert.match(regular[0], new RegExp(`at ${en}:132:17 \\(4×\\)`));
});

test('one name written two ways is found, by its Chinese unit or by its words in another order', () => {
  const lines = warnings('translation-consistency');
  assert.ok(lines.some((line) => line.startsWith(`${en}:84:1696 warning “东方水城” is rendered “Oriental Water Town” here but “Oriental Venice” at ${en}:38:268`)), lines.join('\n'));
  assert.ok(lines.some((line) => line.startsWith(`${en}:98:657 warning the same name is rendered “People’s Government of Zhongshan District” here but “Zhongshan District People’s Government” at ${en}:14:18`)), lines.join('\n'));
});

test('a term rendered two ways once each is a warning at the later rendering naming the earlier one', () => {
  const lines = warnings('translation-consistency');
  assert.ok(
    lines.includes(`${en}:144:281 warning “亿元以上重点项目” is rendered “key projects each worth 100 million yuan or more” here but “key projects each worth more than 100 million yuan” at ${en}:36:76: use one rendering and add it to the termbase [translation-consistency]`),
    lines.join('\n'),
  );
  assert.ok(
    lines.includes(`${en}:88:1234 warning “民企诉求管理中心” is rendered “Enterprise Appeals Management Centre” here but “Centre for Handling Public and Business Requests” at ${en}:54:268: use one rendering and add it to the termbase [translation-consistency]`),
    lines.join('\n'),
  );
});

test('a word rendered two ways between the same words is a warning, even when one rendering also serves another term', () => {
  const lines = warnings('translation-consistency');
  assert.ok(
    lines.includes(`${en}:84:1443 warning “示范” is rendered “demonstration” here but “model” at ${en}:38:423, between the same words: use one rendering and add it to the termbase [translation-consistency]`),
    lines.join('\n'),
  );
});

test('one English rendering for two Chinese terms is a warning naming both', () => {
  const lines = warnings('translation-shared-rendering');
  assert.deepEqual(lines, [`${en}:194:213 warning “Three Famous” renders “名牌名品名人” here but “三名” at ${en}:56:376: give each its own rendering [translation-shared-rendering]`]);
});

test('English sentences over 80 words are warnings at their first word', () => {
  const lines = warnings('translation-sentence-length');
  assert.ok(lines.includes(`${en}:96:165 warning this sentence is 304 words long (more than 80): split it [translation-sentence-length]`), lines.join('\n'));
  assert.ok(lines.includes(`${en}:104:481 warning this sentence is 160 words long (more than 80): split it [translation-sentence-length]`), lines.join('\n'));
});

test('--max-sentence-words sets the limit', () => {
  const result = runCli(['check', '--source', before, '--max-sentence-words', '300']);
  const long = result.stdout.split('\n').filter((line) => line.endsWith('[translation-sentence-length]'));
  assert.deepEqual(long.map((line) => line.split(' ')[0]), [`${en}:96:165`]);
});

test('the fixed source has no consistency findings', () => {
  const result = runCli(['check']);
  assert.equal(result.status, 0);
  assert.doesNotMatch(result.stdout, /\[translation-(consistency|shared-rendering|sentence-length|term)\]/);
});

test('another report, of another shape, has no consistency findings', () => {
  const result = runCli(['check', '--source', 'tests/fixtures/structures']);
  assert.equal(result.status, 0);
  assert.doesNotMatch(result.stdout, /\[translation-(consistency|shared-rendering)\]/);
});

test('sentence alignment pairs a Chinese sentence with the two English sentences it became, by length and numbers', () => {
  const pairs = alignSentences('今年新建公园3个，绿地面积增加12公顷。全年完成植树造林任务。', 'This year we built 3 new parks. Green space grew by 12 hectares. We completed the tree-planting tasks for the year.');
  assert.deepEqual(
    pairs.map((pair) => [pair.zh.length, pair.en.length]),
    [
      [1, 2],
      [1, 1],
    ],
  );
});

test('a rendering the text alone cannot show as inconsistent is caught once the termbase names it (实际利用外资 as “paid-in”)', async () => {
  // 实际利用外资 occurs once in the unfixed text, so no statistic can see it; today's termbase guards it.
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-termbase-guard-'));
  try {
    await cp(path.join(projectDir, before), work, { recursive: true });
    await copyFile(path.join(projectDir, 'source/termbase.yaml'), path.join(work, 'termbase.yaml'));
    const result = runCli(['check', '--source', work]);
    const guarded = result.stdout.split('\n').filter((line) => line.endsWith('[translation-term]') && line.includes('实际利用外资'));
    assert.equal(guarded.length, 1, result.stdout);
    assert.match(guarded[0], /report\.en\.md:84:\d+ .*foreign investment actually utilised/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
