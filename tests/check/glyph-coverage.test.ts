import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';

test('a character no font covers is an error at its file:line:col, and no PDF is written', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-tofu-'));
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
