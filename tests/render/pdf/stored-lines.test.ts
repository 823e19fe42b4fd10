import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { partsFolder } from '../../../src/render/pdf/part-cache.ts';
import { linesFile, openStoredLines } from '../../../src/render/pdf/stored-lines.ts';
import { printWorkspace } from '../../helpers/workspace.ts';

const EDITIONS = [
  { name: 'bilingual', file: 'report.pdf' },
  { name: 'zh', file: 'report.zh.pdf' },
  { name: 'en', file: 'report.en.pdf' },
];

interface LinesFile {
  environment: string;
  entries: Record<string, unknown>;
}

async function readLines(out: string, edition: string): Promise<LinesFile> {
  return JSON.parse(await readFile(linesFile(out, edition), 'utf8')) as LinesFile;
}

/** Removes the editions' PDFs and laid-out parts, the stored lines kept: the next build lays every part out again. */
async function forgetParts(out: string): Promise<void> {
  for (const edition of EDITIONS) {
    await rm(partsFolder(out, edition.name), { recursive: true, force: true });
    await rm(path.join(out, edition.file), { force: true });
  }
}

async function assertSamePdfs(out: string, reference: string, why: string): Promise<void> {
  for (const { file } of EDITIONS) {
    assert.ok((await readFile(path.join(out, file))).equals(await readFile(path.join(reference, file))), `${file} ${why}`);
    assert.equal(await readFile(path.join(out, `${file}.map.json`), 'utf8'), await readFile(path.join(reference, `${file}.map.json`), 'utf8'), `${file}.map.json ${why}`);
  }
}

describe('line settings stored between builds', () => {
  let work: string;
  let source: string;
  let out: string;
  let cold: string;
  let build: (folder: string, ...args: string[]) => void;

  before(async () => {
    ({ work, source, out, cold, build } = await printWorkspace('stored-lines', 'tests/fixtures/structures'));
    build(out);
    build(cold, '--force');
  });

  it('keeps the lines of every paragraph of each edition, Chinese and English, and the shaping of its text', async () => {
    // A Chinese paragraph's entry is its breaks, an English one's its lines as set, a shaped run's its glyphs.
    const kindOf = (value: unknown) => (Array.isArray(value) ? 'zh' : typeof value === 'object' && value !== null && 'ids' in value ? 'shape' : 'en');
    const kinds = async (edition: string) => [...new Set(Object.values((await readLines(out, edition)).entries).map(kindOf))].sort();
    assert.deepEqual(await kinds('bilingual'), ['en', 'shape', 'zh']);
    assert.deepEqual(await kinds('zh'), ['shape', 'zh']);
    assert.deepEqual(await kinds('en'), ['en', 'shape']);
  });

  it('lays every part out again from the stored lines to the same PDFs as a build without them', async () => {
    const stored = await Promise.all(EDITIONS.map((edition) => readLines(out, edition.name)));
    await forgetParts(out);
    build(out);
    await assertSamePdfs(out, cold, 'laid out from stored lines equals the --force build');
    assert.deepEqual(await Promise.all(EDITIONS.map((edition) => readLines(out, edition.name))), stored, 'the same entries kept');
  });

  it('reads the stored lines, but never under --force, which fills them anew', async () => {
    // Every Chinese paragraph's stored breaks one character earlier: lines a build must not compute itself.
    const file = linesFile(out, 'bilingual');
    const stored = await readLines(out, 'bilingual');
    const shifted = Object.fromEntries(Object.entries(stored.entries).map(([key, value]) => [key, Array.isArray(value) ? (value as number[]).map((at) => at - 1) : value]));
    await writeFile(file, JSON.stringify({ ...stored, entries: shifted }));
    await forgetParts(out);
    build(out);
    assert.ok(!(await readFile(path.join(out, 'report.pdf'))).equals(await readFile(path.join(cold, 'report.pdf'))), 'the stored breaks were used');
    build(out, '--force');
    await assertSamePdfs(out, cold, 'under --force equals a build in a fresh folder');
    assert.deepEqual(await readLines(out, 'bilingual'), await readLines(cold, 'bilingual'), 'the store filled anew');
  });

  it('takes no entry stored for another column width or another text', async () => {
    await writeFile(path.join(source, 'report-press.yaml'), 'margins:\n  inner: 30\n  outer: 25\n');
    const english = path.join(source, 'report.en.md');
    const text = await readFile(english, 'utf8');
    const paragraph = 'We will deliver ten practical projects for the people, as listed in the appendix.';
    assert.ok(text.includes(paragraph), `expected report.en.md to hold the paragraph to edit: ${paragraph}`);
    await writeFile(english, text.replace(paragraph, `${paragraph} Work will proceed steadily.`));
    build(out);
    const fresh = path.join(work, 'fresh');
    build(fresh, '--force');
    await assertSamePdfs(out, fresh, 'after the edit equals a --force build');
  });
});

describe('the stored lines saved again in one process (watch)', () => {
  it('writes what this build used, in the same form, and takes nothing written under another environment', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'report-press-stored-lines-'));
    try {
      const file = linesFile(work, 'edition');
      const settleAll = async (environment: string, values: Record<string, unknown>): Promise<void> => {
        const stored = await openStoredLines({ file, environment, fresh: false });
        const part = stored.part();
        for (const [text, value] of Object.entries(values)) part.settle({ text }, () => value);
        await stored.save();
      };
      await settleAll('first', { a: [1, 2], b: { lines: ['x'] } });
      await settleAll('first', { b: { lines: ['y'] }, c: [3] });
      const kept = await readLines(work, 'edition');
      assert.equal(await readFile(file, 'utf8'), JSON.stringify(kept), 'the file is JSON.stringify of what it holds');
      assert.deepEqual(Object.values(kept.entries).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))), [[3], { lines: ['x'] }], 'b kept its stored value, a is gone');
      await settleAll('second', { b: { lines: ['z'] } });
      assert.deepEqual(Object.values((await readLines(work, 'edition')).entries), [{ lines: ['z'] }], 'under another environment b is computed and written anew');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
