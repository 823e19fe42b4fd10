import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';

test('a character no font covers is an error at its file:line:col, and no PDF is written', async (t) => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-tofu-'));
  t.after(() => rm(work, { recursive: true, force: true }));
  const source = path.join(work, 'source');
  await cp(path.join(projectDir, 'source'), source, { recursive: true });
  const file = path.join(source, 'report.zh.md');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const line = lines.findIndex((text) => text.startsWith('现在'));
  lines[line] = lines[line].replace('大会', '大\uE000会');
  await writeFile(file, lines.join('\n'));
  const out = path.join(work, 'output');
  const result = runCli(['build', '--only', 'pdf', '--source', source, '--out', out]);
  assert.equal(result.status, 1);
  const column = lines[line].indexOf('\uE000') + 1;
  assert.match(result.stdout, new RegExp(`report\\.zh\\.md:${line + 1}:${column} error no font has a glyph for U\\+E000`));
  assert.match(result.stderr, /nothing was built/);
  assert.deepEqual((await readdir(out)).filter((name) => name.endsWith('.pdf')), []);
});

test('figure labels and the titles and axes of deck.yaml are checked too, each at its place', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-tofu-deck-'));
  try {
    const source = path.join(work, 'source');
    await cp(path.join(projectDir, 'source'), source, { recursive: true });
    const chinese = path.join(source, 'report.zh.md');
    const zhLines = (await readFile(chinese, 'utf8')).split('\n');
    const zhLine = zhLines.findIndex((text) => text.includes('label="一般公共预算收入"'));
    zhLines[zhLine] = zhLines[zhLine].replace('label="一般公共预算收入"', 'label="一般公共预算收入\u{20000}"');
    await writeFile(chinese, zhLines.join('\n'));
    const deck = path.join(source, 'deck.yaml');
    const deckLines = (await readFile(deck, 'utf8')).split('\n');
    const titleLine = deckLines.findIndex((text) => text.includes('en: Results in 2020'));
    deckLines[titleLine] = deckLines[titleLine].replace('en: Results in 2020', 'en: Results in 2020 \u{1F389}');
    const axisLine = deckLines.findIndex((text) => text.includes('axis: { zh: 亿元'));
    deckLines[axisLine] = deckLines[axisLine].replace('zh: 亿元', 'zh: 亿元\u{2A6A5}');
    await writeFile(deck, deckLines.join('\n'));
    const result = runCli(['check', '--source', source]);
    assert.equal(result.status, 1, result.stdout);
    const at = (lines: string[], line: number, char: string): string => `${line + 1}:${lines[line].indexOf(char) + 1}`;
    assert.match(result.stdout, new RegExp(`report\\.zh\\.md:${at(zhLines, zhLine, '\u{20000}')} error no font has a glyph for U\\+20000`));
    assert.match(result.stdout, new RegExp(`deck\\.yaml:${at(deckLines, titleLine, '\u{1F389}')} error no font has a glyph for U\\+1F389`));
    assert.match(result.stdout, new RegExp(`deck\\.yaml:${at(deckLines, axisLine, '\u{2A6A5}')} error no font has a glyph for U\\+2A6A5`));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
