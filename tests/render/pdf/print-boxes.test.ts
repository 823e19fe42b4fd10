import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadReport } from '../../../src/model/load-report.ts';
import type { Report } from '../../../src/model/types.ts';
import { buildEdition } from '../../../src/render/pdf/build-edition.tsx';
import { defaultPrintSettings } from '../../../src/model/print-defaults.ts';
import { editions } from '../../../src/render/pdf/edition.ts';
import { imposeBooklet } from '../../../src/render/pdf/impose-booklet.ts';
import { registerFonts } from '../../../src/render/pdf/fonts.ts';
import { projectDir } from '../../helpers/cli.ts';
import { pageBoxes } from '../../helpers/pdf-boxes.ts';
import { readPdf } from '../../helpers/pdf.ts';

const MM = 72 / 25.4;
const close = (actual: number[], expected: number[], what: string) => actual.forEach((value, index) => assert.ok(Math.abs(value - expected[index]) < 0.01, `${what}: ${actual} against ${expected}`));

/** The colours of a square of `size` points around (x, y) points from the top left of page `page`, rendered by poppler at 144 dpi. */
function colours(file: string, page: number, at: { x: number; y: number; size?: number }): Set<string> {
  const size = 2 * (at.size ?? 1);
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '144', '-x', String(Math.round(2 * at.x - size / 2)), '-y', String(Math.round(2 * at.y - size / 2)), '-W', String(size), '-H', String(size), file]);
  const pixels = ppm.subarray(-size * size * 3);
  const found = new Set<string>();
  for (let index = 0; index < pixels.length; index += 3) found.add([...pixels.subarray(index, index + 3)].map((byte) => byte.toString(16).padStart(2, '0')).join(''));
  return found;
}

describe('print-shop boxes', () => {
  let work: string;
  let report: Report;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-boxes-'));
    report = (await loadReport(path.join(projectDir, 'tests/fixtures/mini'))).report!;
    registerFonts();
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('gives every page a TrimBox equal to its MediaBox, mirrored pages included, and no BleedBox without a bleed', async () => {
    const file = path.join(work, 'plain.pdf');
    await writeFile(file, (await buildEdition({ report, edition: editions[1] })).data);
    const boxes = await pageBoxes(file);
    assert.ok(boxes.length >= 2, `expected at least 2 pages, got ${boxes.length}`);
    for (const page of boxes) {
      assert.deepEqual(page.trim, page.media);
      assert.equal(page.bleed, undefined);
    }
    assert.notDeepEqual(boxes[1].media, boxes[0].media, 'the even page is mirrored');
  });

  it('with a 3 mm bleed, sets a BleedBox 3 mm outside the trim, room for crop marks, and runs the cover band into the bleed', async () => {
    const bleed = 3 * MM;
    const file = path.join(work, 'bleed.pdf');
    await writeFile(file, (await buildEdition({ report: { ...report, print: { ...defaultPrintSettings(), bleed } }, edition: editions[1] })).data);
    const boxes = await pageBoxes(file);
    for (const page of boxes) {
      const [x0, y0, x1, y1] = page.trim!;
      assert.ok(Math.abs(x1 - x0 - 595.28) < 0.01 && Math.abs(y1 - y0 - 841.89) < 0.01, 'the trim is the A4 page');
      close(page.bleed!, [x0 - bleed, y0 - bleed, x1 + bleed, y1 + bleed], 'BleedBox');
      assert.ok(page.media[0] < page.bleed![0] - 12 && page.media[3] > page.bleed![3] + 12, 'the MediaBox holds the crop marks outside the bleed');
    }
    const [x0, , , y1] = boxes[0].media;
    const trim = boxes[0].trim!;
    // Inside the bleed above the cover's trimmed top edge, and just below it: the accent colour; the slug stays white.
    assert.deepEqual(colours(file, 1, { x: trim[0] - x0 + 100, y: y1 - trim[3] - bleed / 2 }), new Set(['a4161a']));
    assert.deepEqual(colours(file, 1, { x: trim[0] - x0 + 100, y: y1 - trim[3] + 10 }), new Set(['a4161a']));
    assert.deepEqual(colours(file, 1, { x: 2, y: 2 }), new Set(['ffffff']));
    // A crop mark: on the line of the trim's top edge, in the slug left of the bleed; none on the line below it.
    const mark = { x: boxes[1].trim![0] - boxes[1].media[0] - bleed - 8, y: boxes[1].media[3] - boxes[1].trim![3], size: 2 };
    assert.ok([...colours(file, 2, mark)].some((colour) => colour !== 'ffffff'), 'a crop mark is drawn');
    assert.deepEqual(colours(file, 2, { ...mark, y: mark.y + 6 }), new Set(['ffffff']));
  });

  it('imposes a booklet that keeps the bleed on the sheet\'s outer edges: a BleedBox, and the cover band running into it', async () => {
    const bleed = 3 * MM;
    const built = await buildEdition({ report: { ...report, print: { ...defaultPrintSettings(), bleed } }, edition: editions[1] });
    const file = path.join(work, 'booklet.pdf');
    await writeFile(file, await imposeBooklet(built.data));
    const sheets = await pageBoxes(file);
    for (const sheet of sheets) {
      const [x0, y0, x1, y1] = sheet.trim!;
      assert.ok(Math.abs(x1 - x0 - 2 * 595.28) < 0.01, 'the trim is two pages wide');
      close(sheet.bleed!, [x0 - bleed, y0 - bleed, x1 + bleed, y1 + bleed], 'the sheet\'s BleedBox');
      assert.ok(sheet.media[0] < sheet.bleed![0] - 12 && sheet.media[3] > sheet.bleed![3] + 12, 'room for the marks outside the bleed');
    }
    // The cover is the right half of the first sheet: its band fills the bleed above the trim and beyond its outer edge.
    const [mx0, , , my1] = sheets[0].media;
    const trim = sheets[0].trim!;
    const aboveTop = my1 - trim[3] - bleed / 2;
    assert.deepEqual(colours(file, 1, { x: trim[2] - mx0 - 100, y: aboveTop }), new Set(['a4161a']));
    assert.deepEqual(colours(file, 1, { x: trim[2] - mx0 + bleed / 2, y: my1 - trim[3] + 10 }), new Set(['a4161a']));
    // The spine side is cut at the trim: left of the middle, above the trim, the last page's empty bleed stays white.
    assert.deepEqual(colours(file, 1, { x: (trim[0] + trim[2]) / 2 - mx0 - 20, y: aboveTop }), new Set(['ffffff']));
  });

  it('with a bleed, maps each block to where a viewer shows it on the grown page (the page map is shifted by the slug)', async () => {
    const built = await buildEdition({ report: { ...report, print: { ...defaultPrintSettings(), bleed: 3 * MM } }, edition: editions[0] });
    const file = path.join(work, 'bleed-map.pdf');
    await writeFile(file, built.data);
    const [pages, boxes] = await Promise.all([readPdf(file), pageBoxes(file)]);
    let placed = 0;
    let lines = 0;
    pages.pages.forEach((page, index) => {
      const areas = built.areas.filter((area) => area.page === index + 1);
      if (areas.length === 0) return;
      const [left, , , top] = boxes[index].media;
      // The running head, the page's topmost line, is furniture: no block's.
      const head = Math.max(...page.items.map((entry) => entry.y));
      for (const item of page.items.filter((entry) => /\p{L}{4}/u.test(entry.str) && entry.y < head - 1)) {
        // The item's box as a viewer shows it: from the MediaBox's top left, y downwards (its baseline and its top).
        const x = item.x - left;
        const baseline = top - item.y;
        lines += 1;
        if (areas.some((area) => x >= area.x - 1 && x + item.width <= area.x + area.width + 1 && baseline - item.size >= area.y - 2 && baseline <= area.y + area.height + 2)) placed += 1;
      }
    });
    assert.ok(lines > 20, `${lines} lines of text`);
    assert.equal(placed, lines, `${placed} of ${lines} lines inside their mapped area`);
  });
});
