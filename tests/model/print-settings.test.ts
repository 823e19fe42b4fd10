import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadReport } from '../../src/model/load-report.ts';
import { readPrintSettings } from '../../src/model/print-settings.ts';
import { projectDir, runCli } from '../helpers/cli.ts';
import { readPdf } from '../helpers/pdf.ts';

const MM = 72 / 25.4;

/** How many pixels of page `page` are exactly `hex`, rendered by poppler at 144 dpi. */
function pixelsOf(file: string, page: number, hex: string): number {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '144', file], { maxBuffer: 64 * 1024 * 1024 });
  const header = ppm.toString('latin1', 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!;
  const pixels = ppm.subarray(header[0].length);
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  let count = 0;
  for (let index = 0; index < pixels.length; index += 3) if (pixels[index] === r && pixels[index + 1] === g && pixels[index + 2] === b) count += 1;
  return count;
}

describe('source/report-press.yaml', () => {
  let work: string;
  let source: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-settings-'));
    source = path.join(work, 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
    await cp(path.join(projectDir, 'tests/fixtures/print/emblem.png'), path.join(source, 'emblem.png'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const settingsOf = async (yaml: string) => {
    await writeFile(path.join(source, 'report-press.yaml'), yaml);
    return readPrintSettings(source);
  };
  const messagesOf = (file: { messages: Array<{ reason: string; line?: number; column?: number; fatal?: boolean | null }> } | undefined) =>
    (file?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason}`);

  it('without the file, gives today’s A4 editions: 595.28 × 841.89 pt, three editions, no bleed', async () => {
    const { settings, file } = await readPrintSettings(path.join(projectDir, 'tests/fixtures/mini'));
    assert.equal(file, undefined);
    assert.deepEqual(settings.paper, { name: 'A4', width: 595.28, height: 841.89 });
    assert.deepEqual(settings.margins, { top: 72, bottom: 68, inner: 70, outer: 52 });
    assert.deepEqual(settings.editions, ['bilingual', 'zh', 'en']);
    assert.equal(settings.bleed, 0);
  });

  it('reads every key: 16K in points, margins and bleed from millimetres, the emblem as a PNG, colours and publisher', async () => {
    const { settings, file } = await settingsOf(
      ['paper: 16K', 'margins: { inner: 20, outer: 15 }', 'editions: [zh]', 'bleed: 3', 'booklet: true', 'emblem: emblem.png', "colours: { accent: '#1f5aa8' }", 'publisher: { zh: 某某区人民政府办公室 }', ''].join('\n'),
    );
    assert.deepEqual(messagesOf(file), []);
    assert.equal(settings.paper.width.toFixed(1), '524.4');
    assert.equal(settings.paper.height.toFixed(1), '737.0');
    assert.equal(settings.margins.inner, 20 * MM);
    assert.equal(settings.margins.top, 72 * (524.41 / 595.28) * (settings.paper.width / 524.41), 'an unset margin scales with the paper');
    assert.deepEqual(settings.editions, ['zh']);
    assert.equal(settings.bleed, 3 * MM);
    assert.equal(settings.booklet, true);
    assert.equal(settings.emblem?.format, 'png');
    assert.equal(settings.colours.accent, '#1f5aa8');
    assert.equal(settings.publisher.zh, '某某区人民政府办公室');
  });

  it('reads a paper size in millimetres', async () => {
    const { settings } = await settingsOf('paper: { width: 140, height: 203 }\n');
    assert.equal(settings.paper.width, 140 * MM);
    assert.equal(settings.paper.height, 203 * MM);
  });

  it('puts each mistake at its line and column: an unknown paper, an unknown key, a colour, a missing emblem', async () => {
    const { file } = await settingsOf(['paper: 17K', 'bleed: 3', 'colour: red', "colours: { accent: 'red' }", 'emblem: logo.png', ''].join('\n'));
    const messages = messagesOf(file);
    assert.ok(messages.some((message) => /^1:8 error paper: needs A4, 16K, B5, A5/.test(message)), messages.join('\n'));
    assert.ok(messages.some((message) => /^3:1 error unknown key `colour`/.test(message)), messages.join('\n'));
    assert.ok(messages.some((message) => /^4:\d+ error colours.accent: needs a colour as #rrggbb/.test(message)), messages.join('\n'));
    const { file: missing } = await settingsOf('emblem: logo.png\n');
    assert.deepEqual(messagesOf(missing), ['1:9 error emblem: no file logo.png in the source folder']);
  });

  it('fails check with the position, and builds nothing', async () => {
    await writeFile(path.join(source, 'report-press.yaml'), 'bleed: 30\n');
    const checked = runCli(['check', '--source', source]);
    assert.equal(checked.status, 1);
    assert.match(checked.stdout, /report-press\.yaml:1:8 +error +bleed: at most 10 mm/);
  });

  it('sets the cover, the contents title and the part titles in the accent colour, the emblem and the publisher line on the cover', async () => {
    await writeFile(path.join(source, 'report-press.yaml'), "editions: [zh]\nemblem: emblem.png\ncolours: { accent: '#1f5aa8' }\npublisher: { zh: 某某区人民政府办公室 }\n");
    const out = path.join(work, 'colour-output');
    const built = runCli(['build', '--only', 'pdf', '--source', source, '--out', out]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    const file = path.join(out, 'report.zh.pdf');
    // Page 1 the cover, 2 the contents, 3 the first part's title.
    for (const page of [1, 2, 3]) {
      assert.ok(pixelsOf(file, page, '#1f5aa8') > 50, `page ${page} shows the accent colour`);
      assert.equal(pixelsOf(file, page, '#a4161a'), 0, `page ${page} shows no default accent`);
    }
    const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    assert.equal(images.length, 1, 'the emblem is the cover\'s one image');
    assert.match(images[0], /\b64\s+64\b/);
    const pdf = await readPdf(file);
    assert.ok(pdf.pages[0].lines.some((line) => line.includes('某某区人民政府办公室')), `the cover names the publisher 某某区人民政府办公室: ${pdf.pages[0].lines.join(' / ')}`);
    assert.ok(!pdf.pages[0].lines.some((line) => line.includes('示例区人民政府\u3000') || line.startsWith('示例区人民政府 ')), `the cover has no publisher line of the source's 示例区人民政府: ${pdf.pages[0].lines.join(' / ')}`);
  });

  it('is part of the cache key: a changed setting rebuilds the PDF, an unchanged one does not', async () => {
    await writeFile(path.join(source, 'report-press.yaml'), 'editions: [zh]\n');
    const out = path.join(work, 'cache-output');
    const build = () => runCli(['build', '--only', 'pdf', '--source', source, '--out', out]);
    assert.equal(build().status, 0);
    assert.match(build().stdout, /up to date/);
    await writeFile(path.join(source, 'report-press.yaml'), 'editions: [zh]\npaper: A5\n');
    const rebuilt = build();
    assert.doesNotMatch(rebuilt.stdout, /up to date/);
    assert.equal((await readPdf(path.join(out, 'report.zh.pdf'))).pages[0].width.toFixed(1), (148 * MM).toFixed(1));
  });

  it('reaches the model: loadReport carries the settings', async () => {
    await writeFile(path.join(source, 'report-press.yaml'), 'paper: A5\n');
    const { report } = await loadReport(source);
    assert.equal(report?.print?.paper.name, 'A5');
  });
});

describe('the Zhongshan report on 16K paper', () => {
  let work: string;
  let out: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-16k-'));
    const source = path.join(work, 'source');
    await cp(path.join(projectDir, 'source'), source, { recursive: true });
    await writeFile(path.join(source, 'report-press.yaml'), 'paper: 16K\n');
    out = path.join(work, 'output');
    const built = runCli(['build', '--only', 'pdf', '--source', source, '--out', out]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  for (const file of ['report.pdf', 'report.zh.pdf', 'report.en.pdf']) {
    it(`sets ${file} on 524.4 × 737.0 pt pages with every line inside the page's margins`, async () => {
      const pdf = await readPdf(path.join(out, file));
      for (const page of pdf.pages) {
        assert.equal(page.width.toFixed(1), '524.4');
        assert.equal(page.height.toFixed(1), '737.0');
      }
      // 16K margins: 70 and 52 pt on A4 scaled by 185 / 210 (61.7 and 45.8 pt). A mirrored page moves its MediaBox,
      // not its content, so every page's text lies between 61.7 and 524.4 − 45.8 pt, wider only where a line overflows.
      // 2 pt of slack: a justified English line ending in ” reads up to 1.1 pt long in pdf.js (on A4 too).
      const side = 52 * (524.41 / 595.28) - 2;
      const outside = pdf.pages.flatMap((page) =>
        page.items
          .filter((item) => item.str.trim() !== '')
          .filter((item) => item.x < side || item.x + item.width > page.width - side)
          .map((item) => `p. ${page.number}: ${item.str} at ${item.x.toFixed(1)}–${(item.x + item.width).toFixed(1)}`),
      );
      assert.deepEqual(outside, []);
    });
  }
});
