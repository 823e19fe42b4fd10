import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.ts';

const fixture = (name: string): string => `tests/fixtures/translation/${name}`;

function check(name: string): { status: number | null; first: string } {
  const result = runCli(['check', '--source', fixture(name)]);
  return { status: result.status, first: result.stdout.split('\n')[0] };
}

test('the shipped translation has no translation findings', () => {
  const result = runCli(['check']);
  assert.equal(result.status, 0);
  assert.doesNotMatch(result.stdout, /\[translation-/);
});

test('a dropped number is an error in the English block naming the Chinese line', () => {
  const { status, first } = check('dropped-number');
  assert.equal(status, 1);
  assert.equal(first, `${fixture('dropped-number')}/report.en.md:20:1 error number 62 (62) of ${fixture('dropped-number')}/report.zh.md:20 is missing or different here [translation-number]`);
});

test('18.18亿元 rendered as 18.18 billion is a wrong conversion', () => {
  const { status, first } = check('wrong-conversion');
  assert.equal(status, 1);
  assert.equal(first, `${fixture('wrong-conversion')}/report.en.md:16:1 error number 18.18亿 (1,818,000,000) of ${fixture('wrong-conversion')}/report.zh.md:16 is missing or different here [translation-number]`);
});

test('a termbase term without its rendering is a warning', () => {
  const { status, first } = check('termbase-miss');
  assert.equal(status, 0);
  assert.equal(first, `${fixture('termbase-miss')}/report.en.md:20:1 warning termbase: “六稳” (${fixture('termbase-miss')}/report.zh.md:20) should be rendered “stability on six fronts” [translation-term]`);
});

test('a truncated paragraph is a length warning', () => {
  const { status, first } = check('truncated');
  assert.equal(status, 0);
  assert.match(first, /^tests\/fixtures\/translation\/truncated\/report\.en\.md:12:1 warning this block is 38 characters for 23 Chinese characters at .*report\.zh\.md:12: is something missing\? \[translation-length\]$/);
});

test('Chinese characters left in the English are an error at their column', () => {
  const { status, first } = check('stray-han');
  assert.equal(status, 1);
  assert.equal(first, `${fixture('stray-han')}/report.en.md:22:53 error untranslated Chinese “网红” [translation-untranslated]`);
});

test('a number from one to nine spelled out in English states the Chinese number', () => {
  const { status, first } = check('number-words');
  assert.equal(status, 0);
  assert.equal(first, '0 errors, 0 warnings');
});

test('a spelled-out number of another value is still a missing number', () => {
  const { status, first } = check('number-word-mismatch');
  assert.equal(status, 1);
  assert.equal(first, `${fixture('number-word-mismatch')}/report.en.md:20:1 error number 3 (3) of ${fixture('number-word-mismatch')}/report.zh.md:20 is missing or different here [translation-number]`);
});
