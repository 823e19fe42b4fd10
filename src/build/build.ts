import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../browser/browser.ts';
import { checkSource } from '../check/run-checks.ts';
import { formatMessages } from '../check/format-messages.ts';
import { UserError } from '../errors.ts';
import type { Output } from '../render/renderer.ts';
import { type RendererEntry, renderers } from './renderers.ts';

export interface BuildOptions {
  sourceDir: string;
  outDir: string;
  /** Renderer names to build; all when empty. */
  only: string[];
  log: (line: string) => void;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}

function selectRenderers(only: string[]): RendererEntry[] {
  const unknown = only.filter((name) => !renderers.some((renderer) => renderer.name === name));
  if (unknown.length > 0) {
    throw new UserError(`unknown output "${unknown.join(', ')}" for --only: choose from ${renderers.map((renderer) => renderer.name).join(', ')}`, 2);
  }
  return only.length === 0 ? renderers : renderers.filter((renderer) => only.includes(renderer.name));
}

async function ensureWritable(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create the output folder ${outDir}: ${(error as NodeJS.ErrnoException).code}; choose another with --out`);
  }
}

/** Checks the source, then runs the selected renderers side by side; one Chromium serves them all. */
export async function build(options: BuildOptions): Promise<Output[]> {
  const selected = selectRenderers(options.only);
  let started = performance.now();
  const checked = await checkSource(options.sourceDir);
  if (checked.files.some((file) => file.messages.length > 0)) options.log(formatMessages(checked.files));
  if (!checked.ok || !checked.report) throw new UserError('the source has errors: nothing was built');
  options.log(`check      ${seconds(started)}`);
  await ensureWritable(options.outDir);
  let browser: Promise<Browser> | undefined;
  const context = {
    report: checked.report,
    outDir: options.outDir,
    browser: () => (browser ??= launchBrowser()),
    note: (message: string) => options.log(`note: ${message}`),
  };
  try {
    const results = await Promise.all(
      selected.map(async (entry) => {
        started = performance.now();
        const renderer = await entry.load();
        const outputs = await renderer.render(context);
        options.log(`${renderer.name.padEnd(10)} ${seconds(started)}`);
        return outputs;
      }),
    );
    const outputs = results.flat();
    options.log(await summarise(outputs));
    return outputs;
  } finally {
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}

async function summarise(outputs: Output[]): Promise<string> {
  const rows = await Promise.all(
    outputs.map(async (output) => {
      const info = await stat(output.path);
      const size = info.isDirectory() ? '' : `${(info.size / 1024).toFixed(0)} KB`;
      return [path.relative(process.cwd(), output.path), output.pages === undefined ? '' : String(output.pages), size];
    }),
  );
  const table = [['output', 'pages', 'size'], ...rows];
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((row) => row[column].length)));
  return table.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}
