import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadReport } from '../../../src/model/load-report.ts';
import type { Block, Report, Section, TableCell } from '../../../src/model/types.ts';
import { withGlossaryTitle } from '../../../src/render/glossary-title.ts';
import { buildEdition } from '../../../src/render/pdf/build-edition.tsx';
import { editions } from '../../../src/render/pdf/edition.ts';
import { reportForEdition } from '../../../src/render/pdf/edition-report.ts';
import { type EditionJob, planLanes } from '../../../src/render/pdf/edition-workers.ts';
import { registerFonts } from '../../../src/render/pdf/fonts.ts';
import { createPdfRenderer } from '../../../src/render/pdf/pdf-renderer.ts';
import { loadLabels } from '../../../src/theme/labels.ts';
import { loadTheme } from '../../../src/theme/load-theme.ts';
import { projectDir, runCli } from '../../helpers/cli.ts';
import { printWorkspace } from '../../helpers/workspace.ts';

const EPOCH = '1700000000';
const noBrowser = () => Promise.reject(new Error('no browser for the print PDF'));

/** The threads of this process (the worker threads among them), as the kernel lists them. */
async function threadCount(): Promise<number> {
  return (await readdir('/proc/self/task')).length;
}

/** The editions of `report` laid out one after the other in this thread, as the renderer lays them out in its workers. */
async function oneAtATime(report: Report): Promise<Map<string, { data: Buffer; areas: unknown }>> {
  const labels = loadLabels();
  const theme = loadTheme();
  const titled = { ...report, glossary: report.glossary && withGlossaryTitle(report.glossary, labels) };
  const built = new Map<string, { data: Buffer; areas: unknown }>();
  for (const edition of editions) {
    const { data, areas } = await buildEdition({ report: reportForEdition(titled, edition.langs), edition, labels, theme });
    built.set(edition.file, { data, areas });
  }
  return built;
}

describe('the print editions laid out in worker threads', () => {
  const outs: string[] = [];

  before(() => {
    // Read by the workers too: they share this process's environment.
    process.env.SOURCE_DATE_EPOCH = EPOCH;
    registerFonts();
  });

  after(async () => {
    await Promise.all(outs.map((out) => rm(out, { recursive: true, force: true })));
  });

  for (const folder of ['source', 'tests/fixtures/structures']) {
    it(`are byte for byte the editions laid out one after the other in one thread, page maps included (${folder})`, async () => {
      const { report } = await loadReport(path.join(projectDir, folder));
      assert.ok(report, folder);
      const out = await mkdtemp(path.join(tmpdir(), 'report-press-edition-workers-'));
      outs.push(out);
      const threads = await threadCount();
      await createPdfRenderer().render({ report, outDir: out, browser: noBrowser, note: () => undefined });
      assert.equal(await threadCount(), threads, 'the workers ended with the build');
      for (const [file, { data, areas }] of await oneAtATime(report)) {
        assert.ok((await readFile(path.join(out, file))).equals(data), `${file} of ${folder}`);
        assert.deepEqual(JSON.parse(await readFile(path.join(out, `${file}.map.json`), 'utf8')).areas, areas, `page map of ${file} of ${folder}`);
      }
    });
  }

  it('end every worker when one fails, and reject with the error the same layout throws in one thread', async () => {
    const { report } = await loadReport(path.join(projectDir, 'tests/fixtures/structures'));
    assert.ok(report);
    // A table of 20 columns of a long word: too wide for the English column of report.pdf and for report.en.pdf.
    const row: TableCell[] = Array.from({ length: 20 }, () => ({ text: 'Responsibilities', inlines: [{ type: 'text', value: 'Responsibilities' }] }));
    const blocks = (sections: Section[]): Block[] => sections.flatMap((section) => [...section.blocks, ...blocks(section.sections)]);
    const english = blocks([...report.sections, ...report.appendices]).find((block) => block.text.en?.table)?.text.en;
    assert.ok(english?.table, 'the fixture has a table');
    english.table = { ...english.table, rows: [row, row], align: row.map(() => null) };
    const inThread = await buildEdition({ report: reportForEdition(report, ['en']), edition: editions.find(({ name }) => name === 'en')!, labels: loadLabels(), theme: loadTheme() }).then(
      () => assert.fail('the table cannot be laid out'),
      (error: Error) => error,
    );
    const out = await mkdtemp(path.join(tmpdir(), 'report-press-edition-workers-'));
    outs.push(out);
    const threads = await threadCount();
    await assert.rejects(createPdfRenderer().render({ report, outDir: out, browser: noBrowser, note: () => undefined }), (error: Error) => {
      assert.equal(`${error.name}: ${error.message}`, `${inThread.name}: ${inThread.message}`);
      return true;
    });
    assert.equal(await threadCount(), threads, 'no worker is left running');
    const written = await readdir(out);
    assert.ok(!written.includes('report.pdf') && !written.includes('report.en.pdf'), `no edition that failed is written: ${written.join(', ')}`);
  });
});

describe('the lanes of the print editions', () => {
  const job = (file: string): EditionJob => ({ edition: editions.find((edition) => edition.file === file)!, request: {} as EditionJob['request'] });
  const files = (lanes: EditionJob[][]) => lanes.map((lane) => lane.map(({ edition }) => edition.file));

  it('give the bilingual edition a lane of its own and the two others the other, the one the reader looks at first in its lane', () => {
    const jobs = ['report.pdf', 'report.zh.pdf', 'report.en.pdf'].map(job);
    assert.deepEqual(files(planLanes(jobs, { lanes: 2 })), [['report.pdf'], ['report.zh.pdf', 'report.en.pdf']]);
    assert.deepEqual(files(planLanes(jobs, { lanes: 2, first: 'report.en.pdf' })), [['report.pdf'], ['report.en.pdf', 'report.zh.pdf']]);
    assert.deepEqual(files(planLanes(jobs, { lanes: 1, first: 'report.zh.pdf' })), [['report.zh.pdf', 'report.pdf', 'report.en.pdf']]);
  });

  it('start no more lanes than editions to lay out', () => {
    assert.deepEqual(files(planLanes(['report.en.pdf'].map(job), { lanes: 2 })), [['report.en.pdf']]);
    assert.deepEqual(files(planLanes(['report.pdf', 'report.en.pdf'].map(job), { lanes: 2 })), [['report.pdf'], ['report.en.pdf']]);
  });
});

describe('a build whose print edition fails in its worker', () => {
  it('exits non-zero, ends its workers with it and keeps the previous editions as they were', async () => {
    const { source, out, build } = await printWorkspace('edition-worker-error', 'tests/fixtures/structures');
    build(out);
    const before = await Promise.all(['report.pdf', 'report.en.pdf'].map((name) => readFile(path.join(out, name))));
    const file = path.join(source, 'report.en.md');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((line) => line.startsWith('| Indicator |'));
    // Its numbers stay, so the check passes it: 16 columns more, of a word too long to share a line with 19 others.
    for (let row = at; lines[row].startsWith('|'); row += 1) lines[row] += (row === at + 1 ? ' --- |' : ' Responsibilities |').repeat(16);
    await writeFile(file, lines.join('\n'));
    // A worker left running would keep the process alive: killed at the bound, its status would be null.
    const result = runCli(['build', '--only', 'pdf', '--source', source, '--out', out], { env: { SOURCE_DATE_EPOCH: EPOCH }, timeoutMs: 120_000 });
    assert.equal(result.status, 1, result.stderr);
    assert.doesNotMatch(result.stdout, /^done in/m);
    const after = await Promise.all(['report.pdf', 'report.en.pdf'].map((name) => readFile(path.join(out, name))));
    assert.ok(after[0].equals(before[0]) && after[1].equals(before[1]), 'report.pdf and report.en.pdf as the last good build left them');
    assert.deepEqual((await readdir(out)).filter((name) => name.endsWith('.tmp')), [], 'no staging file left');
  });
});
