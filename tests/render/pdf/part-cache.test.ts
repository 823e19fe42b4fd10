import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { partsFolder } from '../../../src/render/pdf/part-cache.ts';
import { pdfFonts } from '../../helpers/pdf.ts';
import { printWorkspace } from '../../helpers/workspace.ts';

interface StoredPart {
  key: string;
  firstPage: number;
  pages: number;
  /** The PDF's inode: a part written again is a new file. */
  inode: number;
}

/** An edition's laid-out parts in its cache folder, by part id. */
async function storedParts(out: string, edition: string): Promise<Map<string, StoredPart>> {
  const folder = partsFolder(out, edition);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  const parts = new Map<string, StoredPart>();
  for (const name of names) {
    const key = name.replace(/\.json$/, '');
    const meta = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as { id: string; firstPage: number; pages: number };
    assert.ok(!parts.has(meta.id), `part ${meta.id} stored twice`);
    parts.set(meta.id, { key, firstPage: meta.firstPage, pages: meta.pages, inode: (await stat(path.join(folder, `${key}.pdf`))).ino });
  }
  return parts;
}

describe('print editions laid out part by part', () => {
  let source: string;
  let out: string;
  let cold: string;
  let build: (folder: string, ...args: string[]) => void;

  before(async () => {
    ({ source, out, cold, build } = await printWorkspace('part-cache', 'tests/fixtures/structures'));
    build(out);
  });

  it('lays out again only the part of an edited paragraph, the parts after it only if its page count changed', async () => {
    const before = await storedParts(out, 'en');
    const zhBefore = await storedParts(out, 'zh');
    const file = path.join(source, 'report.en.md');
    const text = await readFile(file, 'utf8');
    const paragraph = 'We will deliver ten practical projects for the people, as listed in the appendix.';
    assert.ok(text.includes(paragraph), 'report.en.md has the paragraph to edit');
    await writeFile(file, text.replace(paragraph, `${paragraph} Work will proceed steadily.`));
    build(out);
    const now = await storedParts(out, 'en');
    assert.deepEqual([...now.keys()].sort(), [...before.keys()].sort(), 'the same parts, the old files of the edited one removed');
    const body = [...before.keys()].filter((id) => !['cover', 'contents', 'contents-pages'].includes(id)).sort((a, b) => before.get(a)!.firstPage - before.get(b)!.firstPage);
    // The paragraph stands in the report's second part: what comes before it is kept as it was.
    const [first, edited, ...rest] = body;
    assert.equal(body.length, 5, `two parts, two appendices and the glossary: ${body.join(', ')}`);
    for (const id of ['cover', 'contents-pages', first]) assert.deepEqual(now.get(id), before.get(id), `${id} is kept`);
    assert.notEqual(now.get(edited)!.key, before.get(edited)!.key, `${edited} is laid out again`);
    if (now.get(edited)!.pages === before.get(edited)!.pages) {
      for (const id of [...rest, 'contents']) assert.deepEqual(now.get(id), before.get(id), `${id} is kept: the edited part kept its page count`);
    }
    assert.deepEqual(await storedParts(out, 'zh'), zhBefore, 'the Chinese edition does not print the English paragraph');
  });

  it('assembles the same PDFs from kept and fresh parts as a --force build, each face embedded once', async () => {
    build(cold, '--force');
    for (const file of ['report.pdf', 'report.zh.pdf', 'report.en.pdf']) {
      assert.ok((await readFile(path.join(out, file))).equals(await readFile(path.join(cold, file))), `${file} equals the --force build`);
      assert.equal(await readFile(path.join(out, `${file}.map.json`), 'utf8'), await readFile(path.join(cold, `${file}.map.json`), 'utf8'));
      const faces = pdfFonts(path.join(out, file)).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
      assert.deepEqual(faces, [...new Set(faces)], `${file} embeds each face once`);
    }
  });
});
