import assert from 'node:assert/strict';
import { access, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { projectDir } from '../helpers/cli.ts';

async function testSources(): Promise<Array<{ file: string; text: string }>> {
  const entries = await readdir(path.join(projectDir, 'tests'), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file: path.relative(projectDir, file), text: await readFile(file, 'utf8') })));
}

describe('the test suite on a fresh clone of the repository alone', () => {
  it('names no file outside the repository (a clone has no sibling folders)', async () => {
    const outside = /\.\.\/shared|\/work\//;
    const self = path.relative(projectDir, fileURLToPath(import.meta.url));
    const offenders = (await testSources()).filter(({ file, text }) => file !== self && outside.test(text)).map(({ file }) => file);
    assert.deepEqual(offenders, []);
  });

  it('finds every fixture it names under tests/fixtures', async () => {
    const named = (await testSources()).flatMap(({ text }) => [...text.matchAll(/'(tests\/fixtures\/[^'$]+\.[a-z]+)'/g)].map((match) => match[1]));
    assert.ok(named.length > 0, 'the tests name fixtures under tests/fixtures');
    const missing: string[] = [];
    for (const file of new Set(named)) await access(path.join(projectDir, file)).catch(() => missing.push(file));
    assert.deepEqual(missing, []);
  });
});
