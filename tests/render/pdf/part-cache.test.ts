import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { partsFolder } from '../../../src/render/pdf/part-cache.ts';
import { pdfFonts, readPdf } from '../../helpers/pdf.ts';
import { printWorkspace } from '../../helpers/workspace.ts';

interface StoredPart {
  key: string;
  /** The first source line of report.en.md it shows: the parts stand in the edition in the order of the source. */
  line: number;
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
    const meta = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as { id: string; pages: number; areas: Array<{ sources: { en?: { line: number } } }> };
    assert.ok(!parts.has(meta.id), `part ${meta.id} stored twice`);
    const line = Math.min(...meta.areas.map((area) => area.sources.en?.line ?? Infinity));
    parts.set(meta.id, { key, line, pages: meta.pages, inode: (await stat(path.join(folder, `${key}.pdf`))).ino });
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

  it('lays out again only the part of an edited paragraph, and the contents only if its page numbers changed', async () => {
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
    const body = [...before.keys()].filter((id) => !['cover', 'contents', 'contents-pages'].includes(id)).sort((a, b) => before.get(a)!.line - before.get(b)!.line);
    // The paragraph stands in the report's second part: what comes before it is kept as it was.
    const [first, edited, ...rest] = body;
    assert.equal(body.length, 5, `two parts, two appendices and the glossary: ${body.join(', ')}`);
    for (const id of ['cover', 'contents-pages', first, ...rest]) assert.deepEqual(now.get(id), before.get(id), `${id} is kept`);
    assert.notEqual(now.get(edited)!.key, before.get(edited)!.key, `${edited} is laid out again`);
    if (now.get(edited)!.pages === before.get(edited)!.pages) assert.deepEqual(now.get('contents'), before.get('contents'), 'the contents is kept: the edited part kept its page count');
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

  it('lays out only the part that grew by a page and the contents, and stamps every later page with its own folio', async () => {
    const editions = ['en', 'bilingual'];
    const before = new Map(await Promise.all(editions.map(async (edition) => [edition, await storedParts(out, edition)] as const)));
    const file = path.join(source, 'report.en.md');
    const text = await readFile(file, 'utf8');
    const paragraph = 'We fully implemented the industrial upgrading plan and added 35 new high-tech enterprises.';
    assert.ok(text.includes(paragraph), 'report.en.md has the paragraph to lengthen');
    const more = Array.from({ length: 60 }, (_, index) => `Under item ${index + 1} of the plan, the district supported its enterprises with funds, services and land.`);
    await writeFile(file, text.replace(paragraph, [paragraph, ...more].join(' ')));
    build(out);
    for (const edition of editions) {
      const then = before.get(edition)!;
      const now = await storedParts(out, edition);
      const body = [...then.keys()].filter((id) => !['cover', 'contents', 'contents-pages'].includes(id)).sort((a, b) => then.get(a)!.line - then.get(b)!.line);
      const [grown, ...rest] = body;
      assert.ok(now.get(grown)!.pages > then.get(grown)!.pages, `${edition}: ${grown} has more pages: ${then.get(grown)!.pages} → ${now.get(grown)!.pages}`);
      for (const id of ['cover', 'contents-pages', ...rest]) assert.deepEqual(now.get(id), then.get(id), `${edition}: ${id} is kept, though it starts later`);
      assert.notEqual(now.get('contents')!.key, then.get('contents')!.key, `${edition}: the contents is laid out again with the new page numbers`);
    }

    for (const name of ['report.en.pdf', 'report.pdf']) {
      const pdf = path.join(out, name);
      const pages = (await readPdf(pdf)).pages;
      const trims = (await PDFDocument.load(await readFile(pdf))).getPages().map((page) => page.getTrimBox());
      // The folio: the lowest line of each page after the cover, at the outer corner of the page as shown.
      const folios = pages.slice(1).map((page) => {
        const lowest = Math.min(...page.items.filter((item) => item.str.trim() !== '').map((item) => item.y));
        const items = page.items.filter((item) => item.str.trim() !== '' && Math.abs(item.y - lowest) < 0.5);
        const trim = trims[page.number - 1];
        return { page: page.number, text: items.map((item) => item.str).join(''), y: lowest, left: items[0].x - trim.x, right: trim.x + trim.width - (items.at(-1)!.x + items.at(-1)!.width) };
      });
      for (const folio of folios) assert.equal(folio.text, String(folio.page), `${name}: page ${folio.page} has its number`);
      const outer = folios[0].left;
      for (const folio of folios) {
        assert.ok(Math.abs(folio.y - folios[0].y) < 0.01, `${name}: the folio of page ${folio.page} stands on the line of the others`);
        const side = folio.page % 2 === 1 ? folio.right : folio.left;
        assert.ok(Math.abs(side - outer) < 0.01, `${name}: the folio of page ${folio.page} is at the outer margin (${folio.page % 2 === 1 ? 'right' : 'left'}): ${side} against ${outer}`);
      }
    }

    build(cold, '--force');
    for (const name of ['report.pdf', 'report.zh.pdf', 'report.en.pdf']) assert.ok((await readFile(path.join(out, name))).equals(await readFile(path.join(cold, name))), `${name} equals the --force build`);
  });
});
