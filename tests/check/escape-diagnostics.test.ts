import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';

test('diagnostics show control and bidi characters of the source escaped, never raw', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-escape-'));
  try {
    const source = path.join(work, 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
    const english = path.join(source, 'report.en.md');
    const text = await readFile(english, 'utf8');
    await writeFile(english, text.replace('speaker: Zhang San', 'speaker: Zhang San\n"x\\e[2J\\u202Eevil": 1').replace('this report', 'this 报\u202E\u0007告 report'));
    const result = runCli(['check', '--source', source]);
    assert.equal(result.status, 1, result.stderr);
    assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    assert.match(result.stdout, /unknown front-matter key `x\\u001B\[2J\\u202Eevil`/);
    assert.match(result.stdout, /\\u202E/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
