import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadReport } from '../../src/model/load-report.ts';
import type { Report } from '../../src/model/types.ts';
import { projectDir, runCli } from '../helpers/cli.ts';
import { readPdf } from '../helpers/pdf.ts';

const luohu = path.join(projectDir, 'tests/fixtures/reports/luohu-2021.zh.txt');
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('a second real report (Luohu 2021: no title block, full-width text, 25 glossary terms)', () => {
  let source: string;
  let out: string;
  let report: Report;
  let buildOutput: string;
  let work: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-luohu-'));
    source = path.join(work, 'source');
    out = path.join(work, 'output');
    const imported = runCli(['import', luohu, '--out', source]);
    assert.equal(imported.status, 0, imported.stderr);
    const built = runCli(['build', '--source', source, '--out', out]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    buildOutput = built.stdout;
    report = (await loadReport(source)).report!;
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('passes check with no error', () => {
    const checked = runCli(['check', '--source', source]);
    assert.equal(checked.status, 0, checked.stdout);
    assert.match(checked.stdout, /^0 errors/m);
  });

  it('builds the Chinese print PDF, the handouts and a deck, and says once what it skipped', async () => {
    const built = await readdir(out);
    for (const name of ['report.zh.pdf', 'handouts.pdf', 'handouts-cards.pdf', 'handouts-large.pdf', 'slides', 'slides.pdf']) assert.ok(built.includes(name), `${name} is built`);
    assert.ok(!built.includes('report.pdf') && !built.includes('report.en.pdf'), `no report.pdf or report.en.pdf is built: ${built.join(', ')}`);
    assert.equal(buildOutput.match(/^note: no English source/gm)?.length, 1, buildOutput);
  });

  it('prints all 25 glossary terms in the PDF appendix and on the handout sheet', async () => {
    assert.equal(report.glossary?.terms.length, 25);
    for (const file of ['report.zh.pdf', 'handouts.pdf']) {
      const text = squeeze((await readPdf(path.join(out, file))).text);
      for (const term of report.glossary!.terms) assert.ok(text.includes(squeeze(term.text.zh.term)), `${file} lacks ${term.text.zh.term}`);
    }
  });
});
