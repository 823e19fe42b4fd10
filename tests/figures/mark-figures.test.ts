import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { loadReport } from '../../src/model/load-report.ts';
import { markFigures } from '../../src/figures/mark-figures.ts';
import { suggestReport } from '../../src/figures/suggest-report.ts';
import { projectDir } from '../helpers/cli.ts';
import { stripFigureMarks } from '../helpers/strip-marks.ts';

describe('figures mark on a small bilingual report', () => {
  let source: string;

  beforeEach(async () => {
    source = path.join(await mkdtemp(path.join(tmpdir(), 'report-press-mark-')), 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
  });

  afterEach(() => rm(path.dirname(source), { recursive: true, force: true }));

  async function idOf(display: string): Promise<string> {
    const figure = (await suggestReport(source)).figures.find((candidate) => candidate.display === display);
    assert.ok(figure, `${display} is suggested`);
    return figure.id;
  }

  it('marks 18.18亿元 at 1.818 billion yuan and 1.1万人 at 11,000, labelled from the English sentence, and the model pairs them', async () => {
    const ids = [await idOf('18.18亿元'), await idOf('1.1万人')];
    const result = await markFigures({ sourceDir: source, ids, allSuggested: false });
    assert.deepEqual(result.notes, []);
    const en = await readFile(path.join(source, 'report.en.md'), 'utf8');
    assert.match(en, new RegExp(`reached :fig\\[1\\.818 billion yuan\\]\\{#${ids[0]} label="General public budget revenue"\\}, an increase`));
    assert.match(en, new RegExp(`recruited :fig\\[11,000\\]\\{#${ids[1]} label="Volunteers"\\} volunteers`));
    const zh = await readFile(path.join(source, 'report.zh.md'), 'utf8');
    assert.match(zh, new RegExp(`一般公共预算收入:fig\\[18\\.18亿元\\]\\{#${ids[0]} group=results-2020 label="一般公共预算收入"\\},增长`));
    const { report } = await loadReport(source);
    const figure = report?.figures.find((candidate) => candidate.id === ids[0]);
    assert.equal(figure?.text.en?.value, 1818000000);
  });

  it('marks nothing in English where no English number matches, and names both positions', async () => {
    const english = path.join(source, 'report.en.md');
    await writeFile(english, (await readFile(english, 'utf8')).replace('11,000 volunteers', 'ten thousand volunteers'));
    const before = await readFile(english, 'utf8');
    const result = await markFigures({ sourceDir: source, ids: [await idOf('1.1万人')], allSuggested: false });
    assert.equal(result.marked[0].en, undefined);
    assert.match(result.notes[0], /report\.zh\.md:22:\d+: \S+ \(1\.1万人\) marked in Chinese only: no English number of this value in its English paragraph \S*report\.en\.md:22$/);
    assert.equal(await readFile(english, 'utf8'), before);
  });

  it('marks nothing in English where two English numbers match one Chinese one', async () => {
    const english = path.join(source, 'report.en.md');
    await writeFile(english, (await readFile(english, 'utf8')).replace('11,000 volunteers', '11,000 volunteers (11,000 more than planned)'));
    const result = await markFigures({ sourceDir: source, ids: [await idOf('1.1万人')], allSuggested: false });
    assert.match(result.notes[0], /2 English numbers of this value in its English paragraph/);
  });

  it('keeps both files byte for byte outside the marks', async () => {
    const original = { zh: await readFile(path.join(source, 'report.zh.md'), 'utf8'), en: await readFile(path.join(source, 'report.en.md'), 'utf8') };
    const id = await idOf('18.18亿元');
    await markFigures({ sourceDir: source, ids: [id], allSuggested: false });
    const unmark = (text: string): string => stripFigureMarks(text).text;
    assert.equal(unmark(await readFile(path.join(source, 'report.zh.md'), 'utf8')), original.zh);
    assert.equal(unmark(await readFile(path.join(source, 'report.en.md'), 'utf8')), original.en);
  });
});
