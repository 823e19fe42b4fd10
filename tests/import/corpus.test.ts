import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { checkSource } from '../../src/check/run-checks.ts';
import { UserError } from '../../src/errors.ts';
import { importReport, type ImportResult } from '../../src/import/import-report.ts';
import { appendicesOf, glossaryOf } from '../../src/import/imported-report.ts';
import { projectDir, runCli } from '../helpers/cli.ts';
import { hanSequence } from '../helpers/pdf.ts';
import { corpusExpectations } from './corpus-expectations.ts';

const corpusDir = path.join(projectDir, 'tests/fixtures/reports/corpus');
/** Front-matter values come from the title block, so they lie within the first characters of the text. */
const TITLE_BLOCK_HAN = 120;
const NUMBERED = /^\s*(\d+\s*[.．、]|[（(]\d+[)）]|[\u2460-\u2473])/u;

/** Bold runs (between a `**` and the next) that open with a third-level number: `**1.加快…。**`. */
function boldNumbered(markdown: string): string[] {
  return markdown.split('\n').flatMap((line) => line.split('**').filter((run, index) => index % 2 === 1 && NUMBERED.test(run)));
}

/** Han characters of the input in order, without the lines the import listed as dropped. */
function keptHan(input: string, dropped: Set<number>): string {
  return hanSequence(
    input
      .split(/\r\n|\r|\n/)
      .filter((_line, index) => !dropped.has(index + 1))
      .join('\n'),
  );
}

/** The Markdown's Han characters with the front-matter values taken out of where the title block had them. */
function assertHanKept(expected: string, markdown: string): void {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const meta = match ? (parse(match[1]) as Record<string, unknown>) : {};
  let want = expected;
  for (const value of Object.values(meta).map((item) => hanSequence(String(item)))) {
    const at = want.indexOf(value);
    assert.ok(value === '' || (at >= 0 && at < TITLE_BLOCK_HAN), `front-matter value ${value} is not in the title block`);
    if (value !== '') want = want.slice(0, at) + want.slice(at + value.length);
  }
  const got = hanSequence(match ? markdown.slice(match[0].length) : markdown);
  const first = Array.from(want).findIndex((char, index) => got[index] !== char);
  assert.equal(first, -1, `first difference at Han character ${first}: …${want.slice(first, first + 20)} / …${got.slice(first, first + 20)}`);
  assert.equal(got.length, want.length);
}

describe('importing every report of the corpus', () => {
  let outRoot: string;
  before(async () => {
    outRoot = await mkdtemp(path.join(os.tmpdir(), 'rp-corpus-'));
  });
  after(async () => {
    await rm(outRoot, { recursive: true, force: true });
  });

  for (const expected of corpusExpectations) {
    test(`${expected.file}: ${expected.status === 0 ? 'keeps every Han character but the listed debris, finds its closing, glossary, appendices and tables, and checks with no error' : 'is refused'}`, async () => {
      const inputPath = path.join(corpusDir, expected.file);
      const outDir = await mkdtemp(path.join(outRoot, 'report-'));
      if (expected.status === 1) {
        await assert.rejects(importReport({ inputPath, outDir, force: false }), (error: unknown) => error instanceof UserError && /is not a work report/.test(error.message) && !error.message.includes('\n'));
        return;
      }
      const result: ImportResult = await importReport({ inputPath, outDir, force: false });
      const { report, markdown } = result;
      assert.deepEqual([...new Set(report.dropped.map((item) => item.reason.split(':')[0]))].sort(), [...(expected.debris ?? [])].sort());
      const droppedLines = new Set(report.dropped.filter((item) => item.reason !== 'invisible characters').map((item) => item.line));
      assertHanKept(keptHan(await readFile(inputPath, 'utf8'), droppedLines), markdown);
      assert.equal(report.closing[0]?.line, expected.closingLine);
      const glossary = glossaryOf(report);
      assert.deepEqual(glossary && { title: glossary.title, terms: glossary.terms.length }, expected.glossary);
      assert.deepEqual(
        appendicesOf(report).map((appendix) => appendix.title),
        expected.appendices ?? [],
      );
      assert.equal((markdown.match(/^\| --- \|/gmu) ?? []).length, expected.tables ?? 0);
      assert.deepEqual(boldNumbered(markdown), []);
      assert.doesNotMatch(markdown, /[\u200b-\u200d\u2060\ufeff]/u);
      assert.equal(await readFile(path.join(outDir, 'report.zh.md'), 'utf8'), markdown);
      const checked = await checkSource(outDir);
      assert.deepEqual(checked.files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String)), []);
    });
  }
});

test('import refuses a saved search page with a one-line reason and exit status 1', async () => {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'rp-corpus-refused-'));
  try {
    const result = runCli(['import', path.join(corpusDir, 'pingshan-2021.zh.txt'), '--out', outDir]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /pingshan-2021\.zh\.txt is not a work report/);
    await assert.rejects(readFile(path.join(outDir, 'report.zh.md')));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});
