/** Prints how long importing the largest corpus report takes in-process, median of three (JSON on the last line). */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectDir } from '../common/code-location.ts';
import { importReport } from '../import/import-report.ts';

const corpus = path.join(projectDir, 'tests', 'fixtures', 'reports', 'corpus', path.sep);
const RUNS = 3;

const sizes = await Promise.all((await readdir(corpus)).filter((name) => name.endsWith('.txt')).map(async (name) => ({ name, bytes: (await stat(path.join(corpus, name))).size })));
const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0];
const work = await mkdtemp(path.join(tmpdir(), 'report-press-bench-import-'));
try {
  const seconds: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await importReport({ inputPath: path.join(corpus, largest.name), outDir: work, force: true });
    seconds.push((performance.now() - started) / 1000);
  }
  console.log(JSON.stringify({ file: largest.name, kilobytes: Math.round(largest.bytes / 1024), seconds: seconds.sort((a, b) => a - b)[1] }));
} finally {
  await rm(work, { recursive: true, force: true });
}
