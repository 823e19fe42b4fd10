/**
 * One measurement for `make bench`, run in a child process of its own so that its peak memory is its own:
 * the print PDF of the report with its parts repeated N times. Prints one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderers } from '../pipeline/renderers.ts';
import { loadReport } from '../model/load-report.ts';
import { repeatReport } from './repeat-report.ts';

const times = Number(process.argv[2] ?? '1');
const { report } = await loadReport('source');
const entry = renderers.find((candidate) => candidate.name === 'pdf');
if (!report || !entry) throw new Error('the source must load and the pdf renderer must be registered');
const outDir = await mkdtemp(path.join(tmpdir(), 'report-press-bench-'));
const renderer = await entry.load();
const started = performance.now();
const outputs = await renderer.render({ report: repeatReport(report, times), outDir, browser: () => Promise.reject(new Error('no browser in this benchmark')), note: () => undefined });
const seconds = (performance.now() - started) / 1000;
await rm(outDir, { recursive: true, force: true });
console.log(JSON.stringify({ times, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, pages: outputs.map((output) => output.pages ?? 0) }));
