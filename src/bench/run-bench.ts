/**
 * `make bench`: what a build costs on this machine. A script, not a test: it prints numbers and asserts nothing.
 * Each measurement runs in a child process, as a user would run it, timed with the peak memory of its whole process
 * tree (Chromium included); the rows of the table are the median of three runs, each a ratio to Pandoc + XeLaTeX
 * typesetting the Chinese text, measured in the same run when Pandoc is installed (it is not on CI).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectDir } from '../common/code-location.ts';
import { englishBodyLines, measureEnglishLines, normalWordSpace, readTextLines } from './english-typography.ts';
import { type TreeMeasurement, measureTree } from './measure-tree.ts';
import { startWatch } from './measure-watch.ts';

const bin = path.join(projectDir, 'bin/report-press.js');

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const record = (what: string, value: string): void => console.log(`${what.padEnd(52)} ${value}`);

/** The middle of several runs: a single cold run on a 2-core machine varies by a tenth of a second or more. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// BENCH_RUNS=1 gives a quick look (no medians) when the machine is busy.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** `RUNS` measurements of one row; `prepare` runs before each, untimed. */
async function measureRuns(run: (index: number) => Promise<TreeMeasurement>, prepare?: (index: number) => Promise<void>): Promise<TreeMeasurement[]> {
  const runs: TreeMeasurement[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    await prepare?.(index);
    runs.push(await run(index));
  }
  return runs;
}

const cli = (args: string[]) => measureTree(process.execPath, [bin, ...args], { cwd: projectDir });

/** The seconds a build spent up to the end of its check, from its `check  0.69 s` line. */
function checkSeconds(output: string): number {
  return Number(/^check\s+(\d+\.\d+) s$/m.exec(output)?.[1] ?? Number.NaN);
}

/** Adds `sentence` to the `index`th paragraph with a bold head, so each run has something new to lay out. */
async function extendParagraph(file: string, index: number, sentence: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const edited = lines.map((line, at) => (line.startsWith('**') ? at : -1)).filter((at) => at >= 0)[index];
  lines[edited] = `${lines[edited]}${sentence}`;
  await writeFile(file, lines.join('\n'));
}

/** The stages a build's log says it rebuilt. */
function rebuiltStages(output: string): string {
  return output.split('\n').filter((text) => /^(pdf|slides|handouts)\s+\d/.test(text)).map((text) => text.split(/\s+/)[0]).join(', ') || 'nothing';
}

interface Row {
  what: string;
  seconds: number;
  peakMB?: number;
  note?: string;
}

function printTable(rows: Row[], reference: number | undefined): void {
  console.log(`\n| measurement | report-press | ratio to Pandoc + XeLaTeX | peak memory, whole process tree |\n| --- | --- | --- | --- |`);
  for (const row of rows) {
    const ratio = reference ? `${(row.seconds / reference).toFixed(2)}×` : 'Pandoc not installed';
    const memory = row.peakMB === undefined ? '' : `${row.peakMB.toFixed(0)} MB`;
    console.log(`| ${row.what} | ${row.seconds.toFixed(2)} s${row.note ? ` (${row.note})` : ''} | ${ratio} | ${memory} |`);
  }
}

const work = await mkdtemp(path.join(tmpdir(), 'report-press-bench-'));
try {
  const source = path.join(work, 'source');
  const out = path.join(work, 'output');
  await cp(path.join(projectDir, 'source'), source, { recursive: true });
  const rows: Row[] = [];

  let reference: number | undefined;
  if (has('pandoc') && has('xelatex')) {
    const pandocArgs = [path.join(projectDir, 'source/report.zh.md'), '--from', 'markdown', '--pdf-engine=xelatex', '-V', 'documentclass=ctexart', '-o', path.join(work, 'pandoc.pdf')];
    reference = median((await measureRuns(() => measureTree('pandoc', pandocArgs, { cwd: work }))).map((run) => run.seconds));
    const pages = execFileSync('pdfinfo', [path.join(work, 'pandoc.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
    record('reference: Pandoc + XeLaTeX (ctexart), Chinese only', `${reference.toFixed(2)} s, ${pages} pages`);
  } else {
    record('reference: Pandoc + XeLaTeX', 'not installed (apt-get install pandoc texlive-xetex texlive-lang-chinese): no ratios');
  }

  const colds = await measureRuns(() => cli(['build', '--source', source, '--out', out, '--force']));
  rows.push({ what: 'full cold build, all outputs (`build --force`)', seconds: median(colds.map((run) => run.seconds)), peakMB: Math.max(...colds.map((run) => run.peakMB)) });
  for (const line of colds[0].output.split('\n').filter((text) => /^(check|pdf|slides|handouts)\s+\d/.test(text))) record(`  stage ${line.split(/\s+/)[0]}`, line.split(/\s+/).slice(1).join(' '));

  for (const [file, columns] of [['report.pdf', 2], ['report.en.pdf', 1]] as const) {
    // Body pages start after the cover and the contents, one page for the seed.
    const typography = measureEnglishLines(englishBodyLines(readTextLines(path.join(out, file)), { firstPage: 3, columns }), normalWordSpace(columns));
    const share = ((100 * typography.hyphenated) / typography.lines).toFixed(1);
    record(
      `typography ${file}, English lines`,
      `${typography.lines} lines, ${typography.hyphenated} hyphenated (${share} %, at most ${typography.longestHyphenRun} in a row), ` +
        `${typography.punctuationFaults.length} breaks beside punctuation, ${typography.numberSplits.length} numbers cut from their unit, ` +
        `widest justified word space ${typography.widestSpace.toFixed(2)}× normal (99th percentile ${typography.spaceP99.toFixed(2)}×), ${typography.looseLines.length} lines with one over 1.5×`,
    );
  }

  const english = path.join(source, 'report.en.md');
  const edits = await measureRuns(
    () => cli(['build', '--source', source, '--out', out]),
    (index) => extendParagraph(english, index, ' This sentence was added by the benchmark.'),
  );
  rows.push({ what: 'one English paragraph changed, then `build`', seconds: median(edits.map((run) => run.seconds)), peakMB: Math.max(...edits.map((run) => run.peakMB)), note: `rebuilt: ${rebuiltStages(edits[0].output)}` });

  // The editors' loop: `watch` on a source and an output folder of its own, its first build done before the first edit.
  const watchSource = path.join(work, 'watch-source');
  await cp(path.join(projectDir, 'source'), watchSource, { recursive: true });
  const session = await startWatch({ bin, cwd: projectDir, sourceDir: watchSource, outDir: path.join(work, 'watch-output') });
  try {
    for (const [language, sentence] of [['English', ' This sentence was added by the benchmark.'], ['Chinese', '本句由基准测试添加。']] as const) {
      const file = path.join(watchSource, language === 'English' ? 'report.en.md' : 'report.zh.md');
      const runs = await measureRuns((index) => session.measureEdit(() => extendParagraph(file, index, sentence)));
      const what = `one ${language} paragraph changed in \`watch\` → all outputs current`;
      rows.push({ what, seconds: median(runs.map((run) => run.seconds)), peakMB: Math.max(...runs.map((run) => run.peakMB)), note: `rebuilt: ${rebuiltStages(runs[0].output)}` });
    }
  } finally {
    await session.stop();
  }

  const editions = await measureRuns((index) => cli(['build', '--only', 'pdf', '--force', '--source', source, '--out', path.join(work, `editions-${index}`)]));
  rows.push({ what: 'the three print editions alone (`build --only pdf --force`, fresh out folder)', seconds: median(editions.map((run) => run.seconds)), peakMB: Math.max(...editions.map((run) => run.peakMB)) });
  rows.push({ what: '`check` alone, inside the build (after one English paragraph changed)', seconds: median(edits.map((run) => checkSeconds(run.output))) });

  // `make` is its dependency check then a build, here into this run's folder, not output/. The npm side is only
  // asked (-q): were it out of date, `make deps` would run `npm ci` and replace node_modules under the running bench.
  const noops = await measureRuns(async () => {
    const installed = await measureTree('make', ['-s', '-q', 'node_modules/.report-press-installed'], { cwd: projectDir }).catch(() => {
      throw new Error('node_modules is older than package.json: run `make deps` before `make bench`');
    });
    const system = await measureTree('make', ['-s', 'system-deps'], { cwd: projectDir });
    const make = { seconds: installed.seconds + system.seconds, peakMB: Math.max(installed.peakMB, system.peakMB) };
    const noop = await cli(['build', '--source', source, '--out', out]);
    return { seconds: make.seconds + noop.seconds, peakMB: Math.max(make.peakMB, noop.peakMB), output: noop.output };
  });
  rows.push({ what: 'no-op `make` (its dependency check + a build with nothing changed)', seconds: median(noops.map((run) => run.seconds)), peakMB: Math.max(...noops.map((run) => run.peakMB)) });

  const editionTimes: Record<string, number> = {};
  for (const edition of ['bilingual', 'zh', 'en']) {
    const runs = await measureRuns(async () => measureTree(process.execPath, ['--import', 'tsx', path.join(projectDir, 'src/bench/pdf-edition.ts'), edition], { cwd: projectDir }));
    const parsed = runs.map((run) => ({ process: run.seconds, ...(JSON.parse(run.output.trim().split('\n').at(-1) ?? '{}') as { file: string; seconds: number; pages: number }) }));
    const { file, pages } = parsed[0];
    editionTimes[file] = median(parsed.map((run) => run.seconds));
    const whole = median(parsed.map((run) => run.process));
    record(`cold print PDF edition ${file}`, `${editionTimes[file].toFixed(2)} s, ${pages} pages (whole process with Node start-up and loading the source: ${whole.toFixed(2)} s)`);
  }

  const growth = new Map<number, { seconds: number; peakMB: number }>();
  // Every output, Chromium's included: the memory target is the whole tree's. The glossary and the deck do not grow with the parts.
  for (const times of [1, 8]) {
    const run = await measureTree(process.execPath, ['--import', 'tsx', path.join(projectDir, 'src/bench/output-growth.ts'), String(times), 'all'], { cwd: projectDir });
    const measured = JSON.parse(run.output.trim().split('\n').at(-1) ?? '{}') as { seconds: number; pages: number[] };
    growth.set(times, { seconds: measured.seconds, peakMB: run.peakMB });
    record(`all outputs, report ×${times}`, `${measured.seconds.toFixed(2)} s, peak ${run.peakMB.toFixed(0)} MB, pages ${measured.pages.join('/')}`);
  }
  const [once, eightfold] = [growth.get(1)!, growth.get(8)!];
  rows.push({ what: 'all outputs of the report ×8 (in one process)', seconds: eightfold.seconds, peakMB: eightfold.peakMB, note: `${(eightfold.seconds / once.seconds).toFixed(1)}× the ×1 time, target ≤ 6×; memory target < 1,536 MB` });

  const imported = await measureTree(process.execPath, ['--import', 'tsx', path.join(projectDir, 'src/bench/import-corpus.ts')], { cwd: projectDir });
  const importTime = JSON.parse(imported.output.trim().split('\n').at(-1) ?? '{}') as { file: string; kilobytes: number; seconds: number };
  record(`import the largest corpus report, in-process`, `${importTime.seconds.toFixed(3)} s (${importTime.file}, ${importTime.kilobytes} KB; target < 1 s)`);
  if (reference) record('report.pdf ÷ Pandoc + XeLaTeX', `${(editionTimes['report.pdf'] / reference).toFixed(2)}× (target ≤ 1×)`);

  printTable(rows, reference);
} finally {
  await rm(work, { recursive: true, force: true });
}
