import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { suggestReport } from '../../src/figures/suggest-report.ts';
import { projectDir, runCli } from '../helpers/cli.ts';

interface KeyFigure {
  indicator: string;
  value: string;
  context: string;
}

/** Three reports of other districts and years, each with the key figures a reader picked (tests/fixtures/key-figures). */
const REPORTS = ['longgang-2022', 'dapeng-2021', 'baoan-2022'];

describe('suggested figures of three imported reports of the corpus', () => {
  let work: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-corpus-figures-'));
  });

  after(() => rm(work, { recursive: true, force: true }));

  for (const name of REPORTS) {
    it(`ranks at least 90 % of the hand-picked key figures of ${name} among the top 50`, async () => {
      const source = path.join(work, name);
      const imported = runCli(['import', path.join(projectDir, 'tests/fixtures/reports', `${name}.zh.txt`), '--out', source]);
      assert.equal(imported.status, 0, imported.stderr);
      const picked = parse(await readFile(path.join(projectDir, 'tests/fixtures/key-figures', `${name}.yaml`), 'utf8')).figures as KeyFigure[];
      const report = await suggestReport(source);
      const top = report.figures.slice(0, 50);
      const missed = picked.filter((figure) => {
        const context = report.zh.text.indexOf(String(figure.context));
        assert.ok(context >= 0, `“${figure.context}” stands in the imported report`);
        const start = context + String(figure.context).indexOf(String(figure.value));
        const end = start + String(figure.value).length;
        return !top.some((suggestion) => suggestion.start < end && start < suggestion.end);
      });
      const found = picked.length - missed.length;
      assert.ok(found >= Math.ceil(0.9 * picked.length), `${found} of ${picked.length}; missed: ${missed.map((figure) => `${figure.indicator} ${figure.value}`).join(', ')}`);
    });
  }
});
