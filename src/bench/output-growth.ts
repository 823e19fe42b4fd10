/**
 * One measurement for `make bench`, run in a child process of its own so that its peak memory is its own:
 * the outputs of the report with its parts repeated N times, the print PDFs only (`pdf`) or every output (`all`),
 * in the order a build runs them: Chromium's outputs side by side, Chromium closed, then the print PDFs. Prints one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../browser/browser.ts';
import { loadReport } from '../model/load-report.ts';
import { renderers } from '../pipeline/renderers.ts';
import type { RenderContext } from '../render/renderer.ts';
import { repeatReport } from './repeat-report.ts';

const times = Number(process.argv[2] ?? '1');
const which = process.argv[3] ?? 'pdf';
const { report } = await loadReport('source');
if (!report) throw new Error('the source must load');
const outDir = await mkdtemp(path.join(tmpdir(), 'report-press-bench-'));
let browser: Promise<Browser> | undefined;
const context: RenderContext = { report: repeatReport(report, times), outDir, browser: () => (browser ??= launchBrowser()), note: () => undefined };
const started = performance.now();
const pages: number[] = [];
try {
  const selected = which === 'all' ? renderers : renderers.filter((entry) => entry.name === 'pdf');
  const render = async (entries: typeof renderers): Promise<void> => {
    for (const outputs of await Promise.all(entries.map(async (entry) => (await entry.load()).render(context)))) pages.push(...outputs.map((output) => output.pages ?? 0));
  };
  await render(selected.filter(({ runsIn }) => runsIn === 'browser'));
  if (browser) await (await browser).close();
  browser = undefined;
  for (const entry of selected.filter(({ runsIn }) => runsIn === 'node')) await render([entry]);
} finally {
  if (browser) await (await browser).close();
  await rm(outDir, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ times, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, pages }));
