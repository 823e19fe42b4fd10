import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { markFigures } from '../../src/figures/mark-figures.ts';
import { suggestReport, type ReportSuggestions } from '../../src/figures/suggest-report.ts';
import { projectDir } from '../helpers/cli.ts';
import { stripFigureMarks, type StrippedMark } from '../helpers/strip-marks.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

describe('figures on the Zhongshan report with its 33 hand marks stripped', () => {
  let work: string;
  let source: string;
  let handZh: StrippedMark[];
  let handEn: StrippedMark[];
  let stripped: { zh: string; en: string };
  let report: ReportSuggestions;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-figures-'));
    source = path.join(work, 'source');
    await cp(path.join(projectDir, 'source'), source, { recursive: true });
    await rm(path.join(source, 'deck.yaml'));
    const zh = stripFigureMarks(await readFile(path.join(source, 'report.zh.md'), 'utf8'));
    const en = stripFigureMarks(await readFile(path.join(source, 'report.en.md'), 'utf8'));
    [handZh, handEn, stripped] = [zh.marks, en.marks, { zh: zh.text, en: en.text }];
    await writeFile(path.join(source, 'report.zh.md'), zh.text);
    await writeFile(path.join(source, 'report.en.md'), en.text);
    report = await suggestReport(source);
  });

  after(() => rm(work, { recursive: true, force: true }));

  it('has 33 hand-marked figures to find', () => {
    assert.equal(handZh.length, 33);
    assert.equal(handEn.length, 33);
  });

  it('ranks at least 90 % of the hand-marked figures among the top 50 suggestions', () => {
    const top = report.figures.slice(0, 50);
    const missed = handZh.filter((mark) => !top.some((figure) => overlaps(figure, mark)));
    assert.ok(handZh.length - missed.length >= Math.ceil(0.9 * handZh.length), `missed: ${missed.map((mark) => mark.id).join(', ')}`);
  });

  it('gives each suggestion an indicator, a kind, a year and its sentence', () => {
    const revenue = report.figures.find((figure) => figure.display === '18.18亿元');
    assert.ok(revenue, '18.18亿元 is suggested as a figure');
    assert.equal(revenue.indicator, '一般公共预算收入');
    assert.deepEqual([revenue.kind, revenue.year, revenue.unit, revenue.value], ['result', '2020', '亿元', 1818000000]);
    assert.match(revenue.sentence, /一般公共预算收入18\.18亿元/);
    assert.equal(stripped.zh.slice(revenue.start, revenue.end), '18.18亿元');
    const target = report.figures.find((figure) => figure.display === '6.5%-7%');
    assert.deepEqual([target?.kind, target?.year, target?.group], ['target', '2021', 'targets-2021']);
    const fiveYear = report.figures.find((figure) => figure.display === '622.1亿元');
    assert.deepEqual([fiveYear?.kind, fiveYear?.group], ['five-year', 'five-year']);
    const growth = report.figures.find((figure) => figure.display === '5.2%');
    assert.deepEqual([growth?.kind, growth?.indicator], ['growth', '地区生产总值年均增长']);
  });

  it('marks every hand-marked figure in Chinese and its English partner where the hand mark stands, and nothing else', async () => {
    const idOf = new Map(handZh.map((mark) => [mark.id, report.figures.find((figure) => overlaps(figure, mark))?.id]));
    const unfound = [...idOf].filter(([, id]) => id === undefined).map(([hand]) => hand);
    assert.deepEqual(unfound, [], 'every hand-marked figure is a candidate');
    const result = await markFigures({ sourceDir: source, ids: [...idOf.values()] as string[], allSuggested: false });
    assert.deepEqual(result.notes, []);
    assert.equal(result.marked.length, 33);
    const zh = stripFigureMarks(await readFile(path.join(source, 'report.zh.md'), 'utf8'));
    const en = stripFigureMarks(await readFile(path.join(source, 'report.en.md'), 'utf8'));
    assert.equal(zh.text, stripped.zh, 'report.zh.md is unchanged outside the marks');
    assert.equal(en.text, stripped.en, 'report.en.md is unchanged outside the marks');
    for (const hand of handEn) {
      const mark = en.marks.find((candidate) => candidate.id === idOf.get(hand.id));
      assert.ok(mark, `${hand.id} is marked in English`);
      assert.ok(overlaps(mark, hand), `${hand.id}: marked “${en.text.slice(mark.start, mark.end)}”, by hand “${en.text.slice(hand.start, hand.end)}”`);
    }
  });
});
