import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.ts';

const fixture = (name: string): string => `tests/fixtures/check/${name}`;

function check(source: string): { status: number | null; lines: string[] } {
  const result = runCli(['check', '--source', source]);
  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

test('the shipped source passes with the glossary quote warning at its position', () => {
  const { status, lines } = check('source');
  assert.equal(status, 0);
  assert.deepEqual(lines, ['source/report.zh.md:224:47 warning unbalanced “ in this paragraph: its partner is missing [unbalanced-quote]', '0 errors, 1 warning']);
});

test('a missing English paragraph names both files and lines', () => {
  const { status, lines } = check(fixture('missing-paragraph'));
  assert.equal(status, 1);
  assert.equal(lines[0], `${fixture('missing-paragraph')}/report.en.md:18:1 error section 一(一) has 1 paragraph, ${fixture('missing-paragraph')}/report.zh.md:18 has 2 [pairing]`);
});

test('an extra English heading is reported where it stands', () => {
  const { status, lines } = check(fixture('extra-heading'));
  assert.equal(status, 1);
  assert.equal(lines[0], `${fixture('extra-heading')}/report.en.md:24:1 error part 一 has 2 sections, ${fixture('extra-heading')}/report.zh.md:18 has 1 [pairing]`);
});

test('an unbalanced quote is a warning at the quote itself', () => {
  const { status, lines } = check(fixture('unbalanced-quote'));
  assert.equal(status, 0);
  assert.equal(lines[0], `${fixture('unbalanced-quote')}/report.zh.md:34:11 warning unbalanced “ in this paragraph: its partner is missing [unbalanced-quote]`);
});

test('a glossary item without a separator is an error at the item', () => {
  const { status, lines } = check(fixture('malformed-glossary'));
  assert.equal(status, 1);
  assert.match(lines[0], /^tests\/fixtures\/check\/malformed-glossary\/report\.zh\.md:34:1 error glossary item has no `term: explanation` separator/);
});

test('an empty section is an error at its heading', () => {
  const { status, lines } = check(fixture('empty-section'));
  assert.equal(status, 1);
  assert.equal(lines[0], `${fixture('empty-section')}/report.zh.md:26:1 error section “（一）空的一节” is empty [empty-section]`);
});

test('an unknown front-matter key is a warning on its line', () => {
  const { status, lines } = check(fixture('unknown-key'));
  assert.equal(status, 0);
  assert.match(lines[0], /report\.zh\.md:8:1 warning unknown front-matter key `author`/);
});

test('an empty file is an error', () => {
  const { status, lines } = check(fixture('empty-file'));
  assert.equal(status, 1);
  assert.equal(lines[0], `${fixture('empty-file')}/report.zh.md:1:1 error source file is empty [empty-file]`);
});

test('bytes that are not UTF-8 are an error at their line and column', async (t) => {
  const folder = await mkdtemp(path.join(tmpdir(), 'report-press-check-bytes-'));
  t.after(() => rm(folder, { recursive: true, force: true }));
  const text = Buffer.from('# 一、标题\n\n第一段。\n\n第二段', 'utf8');
  await writeFile(path.join(folder, 'report.zh.md'), Buffer.concat([text, Buffer.from([0xb5, 0xda]), Buffer.from('。\n')]));
  const result = runCli(['check', '--source', folder]);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /report\.zh\.md:5:4 error invalid UTF-8 byte 0xb5/);
});

test('a source folder without report.zh.md is a one-line error', async (t) => {
  const folder = await mkdtemp(path.join(tmpdir(), 'report-press-check-empty-'));
  t.after(() => rm(folder, { recursive: true, force: true }));
  const result = runCli(['check', '--source', folder]);
  assert.equal(result.status, 1);
  assert.match(result.stderr.trim(), /^report-press: no .*report\.zh\.md: the source folder must hold report\.zh\.md/);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
});

test('a usage error exits with status 2', () => {
  assert.equal(runCli(['check', '--no-such-option']).status, 2);
  assert.equal(runCli(['frobnicate']).status, 2);
});

test('--help documents every command', () => {
  const result = runCli(['--help']);
  assert.equal(result.status, 0);
  for (const command of ['check', 'build']) assert.match(result.stdout, new RegExp(`^\\s+${command}\\b`, 'm'));
});
