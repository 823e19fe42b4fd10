import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../helpers/cli.ts';
import { printWorkspace } from '../../helpers/workspace.ts';

/** Gives the first table of `file` sixteen more columns of `word`; returns the table's first line (1-based). */
async function widenFirstTable(file: string, word: string): Promise<number> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  for (let at = first; lines[at]?.startsWith('|'); at += 1) {
    const rule = at === first + 1;
    lines[at] += (rule ? ' --- |' : ` ${word} |`).repeat(16);
  }
  await writeFile(file, lines.join('\n'));
  return first + 1;
}

test('a table too wide to print stops the print build with its position, and the editions built before stay as they were', async () => {
  const { source, out, build } = await printWorkspace('layout-problems', 'tests/fixtures/structures');
  build(out);
  const before = await readFile(path.join(out, 'report.pdf'));
  const line = await widenFirstTable(path.join(source, 'report.en.md'), 'Responsibilities');

  const result = runCli(['build', '--only', 'pdf', '--source', source, '--out', out], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
  assert.equal(result.status, 1, `expected exit 1, got ${result.status}:\n${result.stderr}`);
  assert.match(result.stderr, new RegExp(`report\\.en\\.md:${line}:1: this table of 20 columns is too wide to print even at 6\\.5 pt`), result.stderr);
  // react-pdf would only have logged the error and failed on the part it left empty.
  assert.doesNotMatch(result.stderr, /TypeError|Cannot read properties|componentStack/, result.stderr);
  assert.deepEqual(await readFile(path.join(out, 'report.pdf')), before, 'report.pdf changed though its build failed');
});
