import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { SourceArea, SourceMap } from '../../src/render/pdf/source-map.ts';
import { runCli } from '../helpers/cli.ts';

let out: string;

const area = (page: number, zhLine: number, enLine: number): SourceArea => ({
  page,
  x: 70,
  y: 72,
  width: 400,
  height: 40,
  kind: 'paragraph',
  lang: 'zh',
  sources: { zh: { file: 'source/report.zh.md', line: zhLine, column: 1 }, en: { file: 'source/report.en.md', line: enLine, column: 1 } },
});

before(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'report-press-where-'));
  const map: SourceMap = { document: 'report.pdf', areas: [area(3, 10, 12), area(4, 14, 16), area(5, 14, 16), area(5, 20, 22)] };
  await writeFile(path.join(out, 'report.pdf.map.json'), JSON.stringify(map));
});

after(async () => {
  await rm(out, { recursive: true, force: true });
});

test('names every page of the block a line starts, in either language', () => {
  const zh = runCli(['where', 'source/report.zh.md:14', '--out', out]);
  assert.equal(zh.status, 0, zh.stderr);
  assert.equal(zh.stdout.trim(), 'report.pdf  pages 4, 5  paragraph at source/report.zh.md:14:1 / source/report.en.md:16:1');
  assert.match(runCli(['where', 'report.en.md:22', '--out', out]).stdout, /^report\.pdf {2}page 5 /);
});

test('a line inside a block (or after its start) leads to that block', () => {
  assert.match(runCli(['where', 'report.zh.md:11', '--out', out]).stdout, /^report\.pdf {2}page 3 /);
});

test('says why when it cannot answer', () => {
  const before = runCli(['where', 'report.zh.md:2', '--out', out]);
  assert.equal(before.status, 1);
  assert.match(before.stderr, /report\.zh\.md:2: no block of the PDFs/);
  assert.equal(runCli(['where', 'report.zh.md', '--out', out]).status, 2);
  assert.match(runCli(['where', 'report.zh.md:3', '--out', path.join(out, 'none')]).stderr, /no page maps \(\*\.pdf\.map\.json\)/);
});
