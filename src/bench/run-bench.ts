/**
 * `make bench`: what a build costs on this machine. A script, not a test: it prints numbers and asserts nothing.
 * Each measurement runs in a child process, as a user would run it; the editions and the Pandoc reference are the
 * median of three runs each.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishBodyLines, measureEnglishLines, normalWordSpace, readTextLines } from './english-typography.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(projectDir, 'bin/report-press.js');

function timed(command: string, args: string[], options: { cwd?: string } = {}): { seconds: number; output: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: options.cwd ?? projectDir, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds, output: result.stdout };
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const record = (what: string, value: string): void => console.log(`${what.padEnd(52)} ${value}`);

/** The middle of several runs: a single cold run on a 2-core machine varies by a tenth of a second or more. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const RUNS = 3;

const work = await mkdtemp(path.join(tmpdir(), 'report-press-bench-'));
try {
  const source = path.join(work, 'source');
  const out = path.join(work, 'output');
  await cp(path.join(projectDir, 'source'), source, { recursive: true });

  const cold = timed(process.execPath, [bin, 'build', '--source', source, '--out', out, '--force']);
  record('cold full build, all outputs', `${cold.seconds.toFixed(2)} s`);
  for (const line of cold.output.split('\n').filter((text) => /^(check|pdf|slides|handouts)\s+\d/.test(text))) record(`  stage ${line.split(/\s+/)[0]}`, line.split(/\s+/).slice(1).join(' '));

  for (const [file, columns] of [['report.pdf', 2], ['report.en.pdf', 1]] as const) {
    // Body pages start after the cover and the contents, one page for the seed.
    const typography = measureEnglishLines(englishBodyLines(readTextLines(path.join(out, file)), 3), normalWordSpace(columns));
    const share = ((100 * typography.hyphenated) / typography.lines).toFixed(1);
    record(
      `typography ${file}, English lines`,
      `${typography.lines} lines, ${typography.hyphenated} hyphenated (${share} %, at most ${typography.longestHyphenRun} in a row), ` +
        `${typography.punctuationFaults.length} breaks beside punctuation, ${typography.numberSplits.length} numbers cut from their unit, ` +
        `widest justified word space ${typography.widestSpace.toFixed(2)}× normal, ${typography.looseLines.length} lines with one over 1.5×`,
    );
  }

  const noop = timed(process.execPath, [bin, 'build', '--source', source, '--out', out]);
  record('no-op rebuild', `${noop.seconds.toFixed(2)} s`);

  const english = path.join(source, 'report.en.md');
  const lines = (await readFile(english, 'utf8')).split('\n');
  const edited = lines.findIndex((line) => line.startsWith('**'));
  lines[edited] = `${lines[edited]} This sentence was added by the benchmark.`;
  await writeFile(english, lines.join('\n'));
  const edit = timed(process.execPath, [bin, 'build', '--source', source, '--out', out]);
  const rebuiltStages = edit.output.split('\n').filter((text) => /^(pdf|slides|handouts)\s+\d/.test(text)).map((text) => text.split(/\s+/)[0]);
  record('rebuild after one English paragraph changed', `${edit.seconds.toFixed(2)} s (rebuilt: ${rebuiltStages.join(', ') || 'nothing'})`);

  const editionTimes: Record<string, number> = {};
  for (const edition of ['bilingual', 'zh', 'en']) {
    const runs = Array.from({ length: RUNS }, () => {
      const result = timed(process.execPath, ['--import', 'tsx', path.join(projectDir, 'src/bench/pdf-edition.ts'), edition]);
      return { process: result.seconds, ...(JSON.parse(result.output.trim().split('\n').at(-1) ?? '{}') as { file: string; seconds: number; pages: number }) };
    });
    const { file, pages } = runs[0];
    editionTimes[file] = median(runs.map((run) => run.seconds));
    const whole = median(runs.map((run) => run.process));
    record(`cold print PDF edition ${file}`, `${editionTimes[file].toFixed(2)} s, ${pages} pages (whole process with Node start-up and loading the source: ${whole.toFixed(2)} s)`);
  }

  for (const times of [1, 2, 4, 8]) {
    const result = timed(process.execPath, ['--import', 'tsx', path.join(projectDir, 'src/bench/pdf-growth.ts'), String(times)]);
    const measured = JSON.parse(result.output.trim().split('\n').at(-1) ?? '{}') as { seconds: number; maxRssMB: number; pages: number[] };
    record(`print PDFs (3 editions), report ×${times}`, `${measured.seconds.toFixed(2)} s, peak ${measured.maxRssMB.toFixed(0)} MB, pages ${measured.pages.join('/')}`);
  }

  const imported = timed(process.execPath, ['--import', 'tsx', path.join(projectDir, 'src/bench/import-corpus.ts')]);
  const importTime = JSON.parse(imported.output.trim().split('\n').at(-1) ?? '{}') as { file: string; kilobytes: number; seconds: number };
  record(`import the largest corpus report, in-process`, `${importTime.seconds.toFixed(3)} s (${importTime.file}, ${importTime.kilobytes} KB; target < 1 s)`);

  if (has('pandoc') && has('xelatex')) {
    const pandoc = () => timed('pandoc', [path.join(projectDir, 'source/report.zh.md'), '--from', 'markdown', '--pdf-engine=xelatex', '-V', 'documentclass=ctexart', '-o', path.join(work, 'pandoc.pdf')]);
    const reference = median(Array.from({ length: RUNS }, () => pandoc().seconds));
    const pages = execFileSync('pdfinfo', [path.join(work, 'pandoc.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
    record('reference: Pandoc + XeLaTeX (ctexart), Chinese only', `${reference.toFixed(2)} s, ${pages} pages`);
    record('cold full build ÷ Pandoc + XeLaTeX', `${(cold.seconds / reference).toFixed(2)}× (target ≤ 2.5×)`);
    record('report.pdf ÷ Pandoc + XeLaTeX', `${(editionTimes['report.pdf'] / reference).toFixed(2)}× (target ≤ 1×)`);
  } else {
    record('reference: Pandoc + XeLaTeX', 'not installed (apt-get install pandoc texlive-xetex texlive-lang-chinese)');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
