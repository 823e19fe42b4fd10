import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium } from '../../src/browser/browser.ts';
import type { SourceArea, SourceMap } from '../../src/render/pdf/source-map.ts';
import { projectDir, runCli } from '../helpers/cli.ts';
import { type PdfPage, readPdf } from '../helpers/pdf.ts';

const bin = path.join(projectDir, 'bin/report-press.js');
/** The viewer's pixels per point (templates/preview/viewer.js). */
const SCALE = 1.4;
const DOC = 'report.zh.pdf';
const PAGE = 9;

/** Han characters only: a paragraph's text in the PDF (line breaks, marks set apart) and in the source line compare equal. */
const han = (text: string): string => text.replace(/[^\u4e00-\u9fff]/g, '');

/** The text of `page` whose baseline starts inside `area`, read from the PDF's text layer. */
function textIn(page: PdfPage, area: SourceArea, view: { left: number; top: number }): string {
  return page.items
    .filter((item) => item.x - view.left >= area.x - 1 && item.x - view.left <= area.x + area.width && view.top - item.y >= area.y && view.top - item.y <= area.y + area.height + 2)
    .map((item) => item.str)
    .join('');
}

describe('the proof viewer of report-press watch, in Chromium', () => {
  let work: string;
  let source: string;
  let out: string;
  let child: ChildProcess;
  let browser: Browser;
  let page: Page;
  let log = '';
  let url: string;

  async function waitFor(pattern: RegExp, from: number): Promise<string> {
    for (let tries = 0; tries < 1800; tries += 1) {
      const match = log.slice(from).match(pattern);
      if (match) return match[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`waited for ${pattern} in:\n${log.slice(from)}`);
  }

  const readMap = async (): Promise<SourceMap> => JSON.parse(await readFile(path.join(out, `${DOC}.map.json`), 'utf8')) as SourceMap;
  const sourceLine = async (position: { file: string; line: number }): Promise<string> => (await readFile(path.join(work, position.file), 'utf8')).split('\n')[position.line - 1];

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-viewer-'));
    source = path.join(work, 'source');
    out = path.join(work, 'output');
    await cp(path.join(projectDir, 'source'), source, { recursive: true });
    // Run in the work folder, so the positions in the page maps read source/report.zh.md.
    child = spawn(process.execPath, [bin, 'watch', '--only', 'pdf', '--port', '0', '--source', 'source', '--out', 'output'], { cwd: work });
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => (log += chunk));
    url = (await waitFor(/http:\/\/127\.0\.0\.1:\d+\//, 0)).trim();
    await waitFor(/done in/, 0);
    browser = await puppeteer.launch({ executablePath: await findChromium(), pipe: true, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(`${url}#doc=${DOC}&page=${PAGE}`);
    await page.waitForFunction('window.proof.loads === 1', { timeout: 60_000 });
  });

  after(async () => {
    await browser?.close();
    child?.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
    await rm(work, { recursive: true, force: true });
  });

  it('leads from a click on three different blocks to their exact source lines', async () => {
    const map = await readMap();
    const pdf = await readPdf(path.join(out, DOC));
    const onPage = map.areas.filter((area) => area.page === PAGE && area.lang === 'zh' && han(textIn(pdf.pages[PAGE - 1], area, { left: 0, top: pdf.pages[PAGE - 1].height })).length > 6);
    const picked = [onPage.find((area) => area.kind === 'heading'), ...onPage.filter((area) => area.kind === 'paragraph').slice(0, 2)].filter((area) => area !== undefined);
    assert.equal(picked.length, 3, 'a heading and two paragraphs on the page');
    for (const area of picked) {
      const box = await page.$eval(`.page[data-page="${PAGE}"]`, (element) => element.getBoundingClientRect().toJSON() as DOMRect);
      await page.mouse.click(box.left + (area.x + area.width / 2) * SCALE, box.top + (area.y + Math.min(area.height / 2, 8)) * SCALE);
      const shown = (await page.evaluate('window.proof.source')) as { lines: string[]; copied: string };
      const zh = area.sources.zh!;
      assert.equal(shown.copied, `source/report.zh.md:${zh.line}:${zh.column}`);
      assert.deepEqual(shown.lines, [`source/report.zh.md:${zh.line}:${zh.column}`, `source/report.en.md:${area.sources.en!.line}:${area.sources.en!.column}`]);
      // The line is exact: the source line holds the text the PDF shows at the top of the area.
      const printed = han(textIn(pdf.pages[PAGE - 1], area, { left: 0, top: pdf.pages[PAGE - 1].height })).slice(0, 6);
      assert.ok(han(await sourceLine(zh)).includes(printed), `${shown.copied} holds ${printed}`);
      assert.match(await page.$eval('#source', (element) => element.textContent ?? ''), new RegExp(`source/report\\.en\\.md:${area.sources.en!.line}:`));
    }
  });

  it('`where` names the pages whose text layer shows the line', async () => {
    const map = await readMap();
    const pdf = await readPdf(path.join(out, DOC));
    const lines = [...new Set(map.areas.filter((area) => area.kind === 'paragraph').map((area) => area.sources.zh!.line))].filter((_, index) => index % 15 === 3);
    assert.ok(lines.length >= 3, `expected at least 3 source lines to look up, got ${lines.length}`);
    for (const line of lines) {
      const result = runCli(['where', `source/report.zh.md:${line}`, '--out', out]);
      assert.equal(result.status, 0, result.stderr);
      const row = result.stdout.split('\n').find((text) => text.startsWith(`${DOC} `))!;
      const pages = /pages? ([\d, ]+)/.exec(row)![1].split(', ').map(Number);
      const wanted = han(await sourceLine({ file: 'source/report.zh.md', line })).slice(0, 8);
      assert.ok(han(pdf.pages[pages[0] - 1].lines.join('')).includes(wanted.slice(0, 4)), `page ${pages[0]} starts line ${line}`);
      assert.ok(han(pages.map((number) => pdf.pages[number - 1].lines.join('')).join('')).includes(wanted), `line ${line} on pages ${pages.join(', ')}`);
    }
  });

  it('jumps to the page of #src=report.zh.md:LINE', async () => {
    const map = await readMap();
    const target = map.areas.find((area) => area.page === PAGE + 3 && area.kind === 'paragraph' && area.y > 150)!;
    await page.evaluate((hash) => (location.hash = hash), `#doc=${DOC}&src=report.zh.md:${target.sources.zh!.line}`);
    await page.waitForFunction(`window.proof.page === ${PAGE + 3} && window.proof.loads === 2`, { timeout: 30_000 });
    await page.evaluate((hash) => (location.hash = hash), `#doc=${DOC}&page=${PAGE}`);
    await page.waitForFunction(`window.proof.page === ${PAGE} && window.proof.loads === 3`, { timeout: 30_000 });
  });

  it('after a rebuild still shows the page being read, with the new text, the page marked changed', async () => {
    const map = await readMap();
    const area = map.areas.find((candidate) => candidate.page === PAGE && candidate.kind === 'paragraph' && candidate.y > 100 && !map.areas.some((other) => other.page === PAGE - 1 && other.sources.zh!.line === candidate.sources.zh!.line))!;
    const file = path.join(source, 'report.zh.md');
    const text = (await readFile(file, 'utf8')).split('\n');
    const at = text[area.sources.zh!.line - 1].search(/[\u4e00-\u9fff]/);
    text[area.sources.zh!.line - 1] = `${text[area.sources.zh!.line - 1].slice(0, at)}校样预览修改测试${text[area.sources.zh!.line - 1].slice(at)}`;
    const loads = (await page.evaluate('window.proof.loads')) as number;
    await writeFile(file, text.join('\n'));
    await page.waitForFunction(`window.proof.loads === ${loads + 1}`, { timeout: 180_000 });
    assert.equal(await page.evaluate('window.proof.page'), PAGE);
    assert.ok(((await page.evaluate('window.proof.changed')) as number[]).includes(PAGE), `page ${PAGE} is marked changed`);
    const pdf = await readPdf(path.join(out, DOC));
    assert.match(han(pdf.pages[PAGE - 1].lines.join('')), /校样预览修改测试/);
  });

  it('keeps the last good proof under a banner of the errors, which goes once the source is fixed', async () => {
    const file = path.join(source, 'report.en.md');
    const good = await readFile(file, 'utf8');
    const loads = (await page.evaluate('window.proof.loads')) as number;
    const from = log.length;
    await writeFile(file, good.replace(/::salutation\[[^\]]*\]\n/, ''));
    await page.waitForSelector('#banner:not([hidden])', { timeout: 120_000 });
    const banner = await page.$eval('#messages', (element) => element.textContent ?? '');
    assert.match(banner, /source\/report\.en\.md:\d+:\d+ the opening has 1 paragraph.*\[[\w-]+\]/);
    assert.equal(await page.evaluate('window.proof.loads'), loads, 'the old proof stays');
    assert.equal(await page.$$eval('.page canvas', (canvases) => canvases.length > 0), true);
    await waitFor(/nothing was built/, from);
    await writeFile(file, good);
    await page.waitForSelector('#banner[hidden]', { timeout: 180_000 });
  });
});
