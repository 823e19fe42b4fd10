import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, test } from 'node:test';
import { UserError } from '../../src/errors.ts';
import { importReport, summariseImport } from '../../src/import/import-report.ts';
import { projectDir } from '../helpers/cli.ts';

const structures = path.join(projectDir, 'tests/fixtures/import/structures.txt');
const folders: string[] = [];

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const made = await mkdtemp(path.join(os.tmpdir(), 'rp-structures-'));
  folders.push(made);
  return made;
}

async function importText(lines: string[]): Promise<ReturnType<typeof importReport>> {
  const dir = await folder();
  const inputPath = path.join(dir, 'report.txt');
  await writeFile(inputPath, lines.join('\n'));
  return importReport({ inputPath, outDir: dir, force: false });
}

/** The Markdown's blocks (runs of lines between blank lines). */
function blocksOf(markdown: string): string[] {
  return markdown.trimEnd().split(/\n\n+/);
}

test('writes third-level items as level-3 headings and keeps a numbered paragraph’s number outside its bold run-in head', async () => {
  const { markdown } = await importReport({ inputPath: structures, outDir: await folder(), force: false });
  const blocks = blocksOf(markdown);
  assert.ok(blocks.includes('### 1.加快建设现代产业体系'), markdown);
  assert.ok(blocks.includes('2.**推进城市更新。**全面完成旧改项目12个，新增公共空间3万平方米。'), markdown);
  assert.ok(blocks.includes('### （1）优化营商环境'), markdown);
  assert.ok(blocks.includes('① **深化放管服改革。**推行“一网通办”，办理时限压减一半。'), markdown);
});

test('an unnumbered part title is a part, and a 同志们： salutation followed later by 各位代表！ keeps the text between', async () => {
  const { markdown } = await importReport({ inputPath: structures, outDir: await folder(), force: false });
  const blocks = blocksOf(markdown);
  assert.equal(blocks[1], '::salutation[同志们：]');
  assert.deepEqual(blocks.slice(2, 7), ['现在，我代表区人民政府向大会报告工作，请予审议。', '# 2023年工作回顾', '过去一年，我们主要做了以下工作。', '各位代表！', '这一年的成绩来之不易。']);
});

test('a table flattened to one cell a line becomes a GFM table; a closing opening 各位代表，同志们！ is the closing, followed by the appendix and the glossary', async () => {
  const { markdown } = await importReport({ inputPath: structures, outDir: await folder(), force: false });
  const blocks = blocksOf(markdown);
  const closingAt = blocks.findIndex((block) => block.startsWith(':::closing'));
  assert.equal(blocks[closingAt - 1], ['| 序号 | 项目名称 | 牵头单位 |', '| --- | --- | --- |', '| 1 | 新增学位2000个 | 区教育局 |', '| 2 | 建成社区公园3座 | 区城管局 |'].join('\n'));
  assert.equal(blocks[closingAt], ':::closing\n各位代表，同志们！让我们团结奋斗，再创新佳绩。\n:::');
  assert.deepEqual(blocks.slice(closingAt + 1), [
    ':::appendix[附件1 2024年民生实事完成情况]',
    ['| 指标 | 目标 | 完成 |', '| --- | --- | --- |', '| 新增学位 | 2000个 | 2100个 |', '| 公园\\|广场 | 3座 | 3座 |'].join('\n'),
    ':::',
    [':::glossary[《政府工作报告》有关名词解释]', '1. 链长制：由区领导担任产业链链长的工作机制。', '2. 一网通办：政务服务一个网站办理。', '3. 旧改：旧住宅区改造。', ':::'].join('\n'),
  ]);
});

test('the summary lists every dropped line with its input line: footers, share widget, attachment links, invisible characters', async () => {
  const result = await importReport({ inputPath: structures, outDir: await folder(), force: false });
  const summary = summariseImport(result).split('\n');
  assert.deepEqual(summary.slice(0, 6), [
    'dropped 5 input lines that are not report text:',
    '     27  invisible characters: U+200D (invisible)',
    '     37  editor and error-report footer: 【我要纠错】责任编辑：赵六',
    '     38  share widget: 扫一扫在手机打开当前页',
    '     39  attachment link: 附件：',
    '     40  attachment link: 1．附件1：民生实事.doc',
  ]);
  assert.match(summary[6], /: 2 parts, 2 sections, 8 paragraphs, 2 tables, 1 appendix, 3 glossary entries, 5 dropped lines, 0 warnings$/);
});

test('a flattened table whose rows do not line up stays as paragraphs, with a warning at its first line', async () => {
  const result = await importText(['各位代表：', '一、工作', '（一）实事', '序号', '\t项目', '\t单位', '1', '\t学位', '2', '\t公园', '\t城管局', '各位代表，让我们奋斗。']);
  const blocks = blocksOf(result.markdown);
  assert.deepEqual(blocks.slice(3, 10), ['序号', '项目', '单位', '1', '学位', '2', '公园']);
  assert.deepEqual(
    result.file.messages.filter((message) => message.ruleId === 'import-table').map((message) => `${message.line}: ${message.reason}`),
    ['4: looks like a table flattened to one cell a line, but row 2 has 2 cells where the first has 3: kept as paragraphs (check it)'],
  );
});

test('a contents list that repeats the headings is reported and left out, not imported as text', async () => {
  const result = await importText(['各位代表：', '目录', '一、回顾', '二、任务', '现在，我代表区政府报告工作。', '一、回顾', '过去一年成绩显著。', '二、任务', '今年重点做好工作。', '各位代表，让我们奋斗。']);
  assert.deepEqual(result.report.contents, { line: 2, entries: 3 });
  assert.deepEqual(result.report.dropped.map((item) => item.line), [2, 3, 4]);
  assert.equal(result.report.parts.length, 2);
  assert.ok(result.file.messages.some((message) => message.line === 2 && /contents list of 3 headings/.test(message.reason)), result.file.messages.map(String).join('\n'));
});

test('a title found after lines of report text is an error, not a silent cut', async () => {
  await assert.rejects(
    importText(['各位代表！过去一年，我们坚持稳中求进，经济运行总体平稳，各项事业取得新进展，人民生活持续改善。', '某区2024年政府工作报告', '各位代表：', '一、回顾', '成绩显著。']),
    (error: unknown) => error instanceof UserError && /report\.txt:1: the report seems to start at line 2/.test(error.message),
  );
});

test('a short web page header before the title is dropped and listed', async () => {
  const result = await importText(['某区人民政府门户网站', '某区2024年政府工作报告', '各位代表：', '一、回顾', '成绩显著。', '各位代表，让我们奋斗。']);
  assert.deepEqual(result.report.dropped, [{ line: 1, text: '某区人民政府门户网站', reason: 'web page header before the title' }]);
  assert.equal(result.report.meta.title, '某区2024年政府工作报告');
  assert.match(await readFile(result.outPath, 'utf8'), /^# 一、回顾$/m);
});

test('short lines in a row that cannot be read as table rows stay paragraphs, with one warning at the first', async () => {
  const cells = ['项目', '单位', '学位', '教育局', '公园', '城管局'];
  const result = await importText(['各位代表：', '一、工作', '（一）实事', ...cells, '各位代表，让我们奋斗。']);
  assert.deepEqual(blocksOf(result.markdown).slice(3, 9), cells);
  assert.deepEqual(
    result.file.messages.filter((message) => message.ruleId === 'import-table').map((message) => `${message.line}: ${message.reason}`),
    ['4: 6 short lines in a row look like a table flattened to one cell a line: kept as paragraphs (make it a table by hand)'],
  );
});

test('a contents list with dot leaders and page numbers is recognised too', async () => {
  const result = await importText(['各位代表：', '一、回顾……………1', '二、任务……………5', '现在，我代表区政府报告工作。', '一、回顾', '过去一年成绩显著。', '二、任务', '今年重点做好工作。', '各位代表，让我们奋斗。']);
  assert.deepEqual(result.report.contents, { line: 2, entries: 2 });
  assert.equal(result.report.parts.length, 2);
});

test('glossary items numbered 1) and 1． each become one item', async () => {
  const result = await importText(['各位代表：', '一、工作', '成绩显著。', '各位代表，让我们奋斗。', '名词解释', '1) 链长制：产业链工作机制。', '2．一网通办：一个网站办理。']);
  assert.match(result.markdown, /:::glossary\[名词解释\]\n1\. 链长制：产业链工作机制。\n2\. 一网通办：一个网站办理。\n:::/);
});

test('with no title line, the lines before the salutation are read as its title block and kept, never dropped', async () => {
  const result = await importText(['政府工作报告全文', '——2024年1月10日在某区第二届人民代表大会第三次会议上', '各位代表：', '一、回顾', '成绩显著。', '各位代表，让我们奋斗。']);
  assert.deepEqual(result.report.dropped, []);
  assert.equal(result.report.meta.occasion, '2024年1月10日在某区第二届人民代表大会第三次会议上');
  assert.equal(blocksOf(result.markdown)[2], '政府工作报告全文');
});
