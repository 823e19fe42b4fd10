import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';

const EDITION_FILES = ['report.pdf', 'report.zh.pdf', 'report.en.pdf'].flatMap((file) => [file, `${file}.map.json`]);

/** Each edition file's identity: a file written again (atomically, by rename) is a new inode. */
async function identities(out: string): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(EDITION_FILES.map(async (file) => [file, (await stat(path.join(out, file))).ino] as const)));
}

function changed(before: Record<string, number>, now: Record<string, number>): string[] {
  return EDITION_FILES.filter((file) => before[file] !== now[file]);
}

describe('print editions kept by their slice of the model', () => {
  let work: string;
  let source: string;
  let out: string;

  const build = (...args: string[]) => {
    const result = runCli(['build', '--only', 'pdf', ...args, '--source', source, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
  };
  const append = async (file: string, line: RegExp, addition: string) => {
    const text = await readFile(path.join(source, file), 'utf8');
    assert.match(text, line);
    await writeFile(path.join(source, file), text.replace(line, (found) => `${found}${addition}`));
  };

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-edition-cache-'));
    source = path.join(work, 'source');
    out = path.join(work, 'output');
    await cp(path.join(projectDir, 'tests/fixtures/structures'), source, { recursive: true });
    build();
  });

  after(() => rm(work, { recursive: true, force: true }));

  it('lays out again only the editions that print an edited English paragraph', async () => {
    const before = await identities(out);
    await append('report.en.md', /added 35 new high-tech enterprises\./, ' Work proceeded steadily.');
    build();
    assert.deepEqual(changed(before, await identities(out)), ['report.pdf', 'report.pdf.map.json', 'report.en.pdf', 'report.en.pdf.map.json']);
    assert.match(await readFile(path.join(out, 'report.en.pdf.map.json'), 'utf8'), /report\.en\.pdf/);
  });

  it('lays out again only the editions that print an edited Chinese paragraph', async () => {
    const before = await identities(out);
    const zh = await readFile(path.join(source, 'report.zh.md'), 'utf8');
    const paragraph = zh.split('\n').find((line) => /。$/.test(line) && !/^[#:|>\-\d]/.test(line));
    assert.ok(paragraph, 'report.zh.md has a paragraph line ending in 。');
    await writeFile(path.join(source, 'report.zh.md'), zh.replace(paragraph, `${paragraph}各项工作稳步推进。`));
    build();
    assert.deepEqual(changed(before, await identities(out)), ['report.pdf', 'report.pdf.map.json', 'report.zh.pdf', 'report.zh.pdf.map.json']);
  });

  it('lays out every edition again under --force', async () => {
    const before = await identities(out);
    build('--force');
    assert.deepEqual(changed(before, await identities(out)), EDITION_FILES);
  });
});
