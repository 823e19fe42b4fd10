import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { importReport } from '../../src/import/import-report.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { tempFolder } from '../helpers/temp-folder.ts';
import { projectDir } from '../helpers/cli.ts';
import { structureOf } from './report-structure.ts';

const seedPath = path.join(projectDir, 'tests/fixtures/reports/zhongshan-2021.zh.txt');

/** The seed as an author would keep it in Word: parts and sections as headings, the glossary as a numbered list. */
async function seedAsDocx(folder: string, options: { boldRunIns: string[] } = { boldRunIns: [] }): Promise<string> {
  const lines = (await readFile(seedPath, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const glossaryAt = lines.findIndex((line) => line.replace(/ /g, '') === '名词解释');
  const children = lines.map((line, index) => {
    if (/^[一二三四五六七八九十]+、/.test(line)) return new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 });
    if (/^\([一二三四五六七八九十]+\)/.test(line)) return new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 });
    if (index > glossaryAt && /^\d+\./.test(line)) return new Paragraph({ text: line.replace(/^\d+\./, ''), numbering: { reference: 'glossary', level: 0 } });
    const bold = options.boldRunIns.find((head) => line.startsWith(head));
    if (bold) return new Paragraph({ children: [new TextRun({ text: bold, bold: true }), new TextRun(line.slice(bold.length))] });
    return new Paragraph({ text: line });
  });
  const document = new Document({
    numbering: { config: [{ reference: 'glossary', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  const docxPath = path.join(folder, 'report.docx');
  await writeFile(docxPath, await Packer.toBuffer(document));
  return docxPath;
}

test('a Word copy of the seed (headings, numbered glossary) imports to the structure of the shipped source', async () => {
  const folder = await tempFolder('rp-docx-');
  const result = await importReport({ inputPath: await seedAsDocx(folder), outDir: folder, force: false });
  const [imported, shipped] = await Promise.all([loadReport(folder), loadReport(path.join(projectDir, 'source'))]);
  assert.ok(imported.report && shipped.report, [...imported.files, ...shipped.files].flatMap((file) => file.messages.map(String)).join('\n'));
  assert.deepEqual(structureOf(imported.report), structureOf(shipped.report));
  assert.equal(result.encoding, 'docx');
  assert.match(result.markdown, /^1\. 双查双管:/m);
});

test('bold text opening a Word paragraph becomes its run-in head', async () => {
  const folder = await tempFolder('rp-docx-bold-');
  const docxPath = await seedAsDocx(folder, { boldRunIns: ['此外,我们高标准完成第九轮全国双拥模范城创建,'] });
  await importReport({ inputPath: docxPath, outDir: folder, force: false });
  const { report } = await loadReport(folder);
  const blocks = (report?.sections ?? []).flatMap((part) => [...part.blocks, ...part.sections.flatMap((section) => section.blocks)]);
  const block = blocks.find((candidate) => candidate.text.zh.text.startsWith('此外'));
  assert.equal(block?.text.zh.runIn, '此外，我们高标准完成第九轮全国双拥模范城创建，');
});

test('a Word report whose Heading styles disagree with the numbering of its text is imported by the styles, with a warning where they disagree', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rp-docx-styles-'));
  try {
    const children = [
      new Paragraph({ text: '各位代表：' }),
      new Paragraph({ text: '现在，我代表区人民政府向大会报告工作。' }),
      new Paragraph({ text: '一、过去一年工作回顾', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '二、稳增长', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '全年地区生产总值增长6%。' }),
      new Paragraph({ text: '加快建设现代产业体系', heading: HeadingLevel.HEADING_3 }),
      new Paragraph({ text: '三、这一行像部分标题却是正文' }),
      new Paragraph({ text: '今年主要工作', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '各位代表，让我们团结奋斗。' }),
    ];
    const docxPath = path.join(folder, 'report.docx');
    await writeFile(docxPath, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const result = await importReport({ inputPath: docxPath, outDir: folder, force: false });
    assert.deepEqual(
      result.markdown.split('\n').filter((line) => line.startsWith('#')),
      ['# 一、过去一年工作回顾', '## 二、稳增长', '### 加快建设现代产业体系', '# 今年主要工作'],
    );
    assert.match(result.markdown, /^三、这一行像部分标题却是正文$/m);
    const disagreements = result.file.messages.filter((message) => message.ruleId === 'import-heading').map((message) => `${message.line}: ${message.reason}`);
    assert.deepEqual(disagreements, [
      '4: its Heading 2 style and its numbering (part) disagree: imported by the style as section',
      '6: its Heading 3 style and its numbering (none) disagree: imported by the style as item',
      '7: its body style and its numbering (part) disagree: imported by the style as a paragraph',
    ]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a Word table becomes a GFM table, one row per table row', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rp-docx-table-'));
  try {
    const row = (cells: string[]): TableRow => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ text })] })) });
    const children = [
      new Paragraph({ text: '各位代表：' }),
      new Paragraph({ text: '一、主要指标' }),
      new Paragraph({ text: '全年主要指标如下。' }),
      new Table({ rows: [row(['指标', '目标']), row(['地区生产总值', '增长6%']), row(['新增学位', '2000个'])] }),
      new Paragraph({ text: '各位代表，让我们团结奋斗。' }),
    ];
    const docxPath = path.join(folder, 'report.docx');
    await writeFile(docxPath, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const { markdown } = await importReport({ inputPath: docxPath, outDir: folder, force: false });
    assert.match(markdown, /\n\| 指标 \| 目标 \|\n\| --- \| --- \|\n\| 地区生产总值 \| 增长6% \|\n\| 新增学位 \| 2000个 \|\n/);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
