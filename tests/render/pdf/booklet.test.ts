import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { saddleStitchOrder } from '../../../src/render/pdf/impose-booklet.ts';
import { projectDir, runCli } from '../../helpers/cli.ts';
import { pageBoxes } from '../../helpers/pdf-boxes.ts';
import { readPdf, type PdfPage } from '../../helpers/pdf.ts';

/** The folios a sheet side shows, left page then right: the numbers on the lowest line of each half (undefined for a page without one). */
function foliosOf(side: PdfPage): Array<number | undefined> {
  const numbers = side.items.filter((item) => /^\d+$/.test(item.str.trim()));
  const lowest = Math.min(...side.items.filter((item) => item.str.trim() !== '').map((item) => item.y));
  return [0, 1].map((half) => {
    const inHalf = numbers.filter((item) => (item.x < side.width / 2) === (half === 0) && Math.abs(item.y - lowest) < 2);
    return inHalf.length === 1 ? Number(inHalf[0].str) : undefined;
  });
}

describe('saddle-stitch order', () => {
  it('puts the last page beside the first and works inwards, each sheet holding four pages', () => {
    assert.deepEqual(saddleStitchOrder(8), [
      [7, 0],
      [1, 6],
      [5, 2],
      [3, 4],
    ]);
    const order = saddleStitchOrder(16).flat();
    assert.deepEqual([...order].sort((a, b) => a - b), [...Array(16).keys()]);
  });
});

describe('report-press build --booklet', () => {
  let work: string;
  let out: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-booklet-'));
    const source = path.join(work, 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
    out = path.join(work, 'output');
    const built = runCli(['build', '--only', 'pdf', '--booklet', '--source', source, '--out', out]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('writes a booklet beside each print edition', async () => {
    const files = await readdir(out);
    for (const name of ['report.booklet.pdf', 'report.zh.booklet.pdf', 'report.en.booklet.pdf']) assert.ok(files.includes(name), name);
  });

  for (const edition of ['report.zh.pdf', 'report.pdf']) {
    it(`imposes ${edition} two-up on sheets twice the page, padded to four, folios in saddle-stitch order`, async () => {
      const pages = await readPdf(path.join(out, edition));
      const sheets = await readPdf(path.join(out, edition.replace('.pdf', '.booklet.pdf')));
      const padded = Math.ceil(pages.pages.length / 4) * 4;
      assert.ok(padded > pages.pages.length, 'the fixture needs blank pages to pad');
      assert.equal(sheets.pages.length, padded / 2);
      // Every page but the cover prints its number as its folio; the padding pages are blank.
      const expected = saddleStitchOrder(padded).map((side) => side.map((index) => (index >= 1 && index < pages.pages.length ? index + 1 : undefined)));
      assert.deepEqual(sheets.pages.map(foliosOf), expected);
      // The cover's title stands on the right half of the first sheet's front.
      const title = sheets.pages[0].items.find((item) => item.str.includes('政府工作报告'));
      assert.ok(title && title.x > sheets.pages[0].width / 2, `the cover title stands on the right half: x ${title?.x} of ${sheets.pages[0].width}`);
    });
  }

  it('sets each sheet\'s TrimBox to two pages side by side, with room for crop and fold marks around it', async () => {
    const [page] = await pageBoxes(path.join(out, 'report.zh.pdf'));
    const sheets = await pageBoxes(path.join(out, 'report.zh.booklet.pdf'));
    for (const sheet of sheets) {
      const [x0, y0, x1, y1] = sheet.trim!;
      assert.ok(Math.abs(x1 - x0 - 2 * (page.trim![2] - page.trim![0])) < 0.01, `the TrimBox is two pages wide: ${x1 - x0} pt`);
      assert.ok(Math.abs(y1 - y0 - (page.trim![3] - page.trim![1])) < 0.01, `the TrimBox is one page high: ${y1 - y0} pt`);
      assert.ok(sheet.media[0] < x0 - 15 && sheet.media[2] > x1 + 15 && sheet.media[3] > y1 + 15, `15 pt for marks around the TrimBox ${sheet.trim!.join(' ')} in the MediaBox ${sheet.media.join(' ')}`);
    }
  });

  it('imposes from the settings file too', async () => {
    const source = path.join(work, 'source');
    await writeFile(path.join(source, 'report-press.yaml'), 'booklet: true\neditions: [zh]\n');
    const settingsOut = path.join(work, 'settings-output');
    const built = runCli(['build', '--only', 'pdf', '--source', source, '--out', settingsOut]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    assert.deepEqual((await readdir(settingsOut)).filter((name) => name.endsWith('.pdf')).sort(), ['report.zh.booklet.pdf', 'report.zh.pdf']);
  });
});
