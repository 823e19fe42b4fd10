import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';
import { readPdf } from '../helpers/pdf.ts';
import { copyOfSource } from '../helpers/workspace.ts';

const EPOCH = 1_700_000_000;

/** The date of a PDF string such as D:20231114221320Z or D:20261129213306+01'00'. */
function pdfDate(value: unknown): Date {
  const match = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:Z|([+-])(\d{2})'(\d{2}))?/.exec(String(value));
  assert.ok(match, `a PDF date: ${String(value)}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const offset = match[7] ? (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9])) : 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000);
}

describe('two builds with the same SOURCE_DATE_EPOCH', () => {
  let source: string;
  let outs: string[];

  before(async () => {
    ({ source } = await copyOfSource('reproducible'));
    outs = [path.join(path.dirname(source), 'a'), path.join(path.dirname(source), 'b')];
    for (const out of outs) {
      const result = runCli(['build', '--deck-notes', '--source', source, '--out', out], { env: { SOURCE_DATE_EPOCH: String(EPOCH) } });
      assert.equal(result.status, 0, result.stderr);
    }
  });

  after(async () => {
    await rm(path.dirname(source), { recursive: true, force: true });
  });

  it('give byte-identical PDFs, the Chromium ones included, and the same cache file', async () => {
    const pdfs = (await readdir(outs[0])).filter((name) => name.endsWith('.pdf')).sort();
    for (const name of ['report.pdf', 'report.zh.pdf', 'report.en.pdf', 'slides.pdf', 'slides-notes.pdf', 'handouts.pdf', 'handouts-cards.pdf', 'handouts-large.pdf']) assert.ok(pdfs.includes(name), `${name} built`);
    for (const name of [...pdfs, '.report-press-cache.json']) {
      const [a, b] = await Promise.all(outs.map((out) => readFile(path.join(out, name))));
      assert.ok(a.equals(b), `${name} is the same in both builds`);
    }
  });

  it('date every PDF at SOURCE_DATE_EPOCH, the react-pdf editions and the Chromium ones', async () => {
    for (const name of ['report.pdf', 'report.zh.pdf', 'report.en.pdf', 'slides.pdf', 'slides-notes.pdf', 'handouts.pdf', 'handouts-cards.pdf', 'handouts-large.pdf']) {
      const { info } = await readPdf(path.join(outs[0], name));
      assert.equal(pdfDate(info.CreationDate).getTime(), EPOCH * 1000, `${name} CreationDate`);
      assert.equal(pdfDate(info.ModDate).getTime(), EPOCH * 1000, `${name} ModDate`);
    }
  });
});

describe('a build without SOURCE_DATE_EPOCH', () => {
  it('dates every PDF at the build time, the react-pdf editions and the Chromium ones', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'report-press-build-time-'));
    try {
      const [source, out] = [path.join(work, 'source'), path.join(work, 'output')];
      await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
      // PDF dates count whole seconds.
      const started = Math.floor(Date.now() / 1000) * 1000;
      const result = runCli(['build', '--source', source, '--out', out], { env: { SOURCE_DATE_EPOCH: '' } });
      assert.equal(result.status, 0, result.stderr);
      const ended = Date.now();
      const pdfs = (await readdir(out)).filter((name) => name.endsWith('.pdf')).sort();
      for (const name of ['report.pdf', 'report.zh.pdf', 'report.en.pdf', 'slides.pdf', 'handouts.pdf']) assert.ok(pdfs.includes(name), `${name} built`);
      for (const name of pdfs) {
        const { info } = await readPdf(path.join(out, name));
        for (const key of ['CreationDate', 'ModDate']) {
          const date = pdfDate(info[key]).getTime();
          assert.ok(date >= started && date <= ended, `${name} ${key} ${String(info[key])} lies within the build`);
        }
        assert.doesNotMatch(execFileSync('pdfinfo', ['-meta', path.join(out, name)], { encoding: 'utf8' }), /CreateDate|ModifyDate/, `${name} has no XMP date that could disagree`);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
