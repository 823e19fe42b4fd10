import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { VFile } from 'vfile';
import { loadReport } from '../../src/model/load-report.ts';
import { pairLanguages } from '../../src/model/pair-languages.ts';
import { readLanguage } from '../../src/model/read-language.ts';
import type { Report } from '../../src/model/types.ts';
import { parseMarkdown } from '../../src/source/parse-markdown.ts';
import { projectDir } from '../helpers/cli.ts';

/** One language's source read from a string: its structure and the messages it left. */
function read(markdown: string, lang: 'zh' | 'en' = 'zh') {
  const file = new VFile({ path: `report.${lang}.md`, value: `---\ntitle: 标题\n---\n\n${markdown}` });
  const document = readLanguage(parseMarkdown(file), file, lang);
  return { document, messages: file.messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason}`) };
}

describe('a report using every structure of the genre', () => {
  let report: Report;

  before(async () => {
    const loaded = await loadReport(path.join(projectDir, 'tests/fixtures/structures'));
    assert.ok(loaded.report, loaded.files.flatMap((file) => file.messages.map(String)).join('\n'));
    assert.deepEqual(loaded.files.flatMap((file) => file.messages.map(String)), []);
    report = loaded.report;
  });

  test('reads unnumbered top-level headings as parts labelled by their title', () => {
    assert.deepEqual(
      report.sections.map((part) => [part.id, part.depth, part.label, part.title.zh.text, part.title.en?.text]),
      [
        ['s1', 1, '“2016年工作回顾”', '2016年工作回顾', 'Review of Our Work in 2016'],
        ['s2', 1, '“2017年主要工作”', '2017年主要工作', 'Major Tasks for 2017'],
      ],
    );
  });

  test('nests ### headings under a ## section, or directly under a part without sections', () => {
    const [first, second] = report.sections;
    const items = first.sections[0].sections;
    assert.deepEqual(
      items.map((item) => [item.id, item.depth, item.label, item.title.zh.text, item.title.en?.text]),
      [
        ['s1.1.1', 3, '“2016年工作回顾”(一)1', '1.加快建设现代产业体系', '1. Accelerating the development of a modern industrial system'],
        ['s1.1.2', 3, '“2016年工作回顾”(一)2', '2.扩大有效投资', '2. Expanding effective investment'],
      ],
    );
    assert.deepEqual(
      second.sections.map((item) => [item.depth, item.title.zh.text]),
      [
        [3, '1.稳增长'],
        [3, '2.惠民生'],
      ],
    );
    assert.match(second.sections[0].blocks[0].text.zh.text, /^全年地区生产总值增长7%/);
  });

  test('reads the number of a numbered paragraph apart from its text, in Chinese as printed and from an English list', () => {
    const [, numbered, other] = report.sections[0].sections[0].sections[0].blocks;
    assert.equal(numbered.text.zh.number, '（1）');
    assert.equal(numbered.text.zh.runIn, undefined);
    assert.deepEqual(numbered.text.zh.inlines[0], { type: 'text', value: '支持企业技术改造。全年安排专项资金12项，带动企业投资增长8.5%。其他配套政策同步落实。' });
    assert.equal(numbered.text.zh.text, '（1）支持企业技术改造。全年安排专项资金12项，带动企业投资增长8.5%。其他配套政策同步落实。');
    assert.equal(numbered.text.en?.number, '(1)');
    assert.match(numbered.text.en?.text ?? '', /^\(1\) Supporting technological upgrading/);
    assert.equal(other.text.zh.number, '（2）');
    const appendixItems = report.appendices[0].sections[0].blocks.filter((block) => block.kind === 'paragraph');
    assert.deepEqual(
      appendixItems.map((block) => [block.text.zh.number, block.text.en?.number]),
      [
        ['1.', '1.'],
        ['2.', '2.'],
      ],
    );
  });

  test('keeps the number outside a bold run-in head, and reads circled numbers', () => {
    const [headed, first, second] = report.sections[0].sections[0].sections[1].blocks;
    assert.equal(headed.text.zh.number, '1.');
    assert.equal(headed.text.zh.runIn, '推进重大项目建设。');
    assert.equal(headed.text.zh.text, '1.推进重大项目建设。全年完成重点项目投资增长12%，新开工项目24个。');
    assert.equal(headed.text.en?.number, '1.');
    assert.equal(headed.text.en?.runIn, 'Advancing major projects.');
    assert.deepEqual([first.text.zh.number, second.text.zh.number, first.text.en?.number], ['①', '②', '①']);
  });

  test('reads a pipe table into rows of cells with its header and alignment, paired with its English partner', () => {
    const table = report.sections[0].sections[1].blocks.find((block) => block.kind === 'table');
    assert.ok(table, 'the second section holds a table');
    const zh = table.text.zh.table!;
    assert.equal(zh.headerRows, 1);
    assert.deepEqual(zh.align, [null, 'right', 'right', 'right']);
    assert.deepEqual(
      zh.rows.map((row) => row.map((cell) => cell.text)),
      [
        ['指标', '2015年', '2016年', '增长'],
        ['新增就业人数（人）', '4800', '5200', '8.3%'],
        ['新建学位（个）', '2160', '3240', '50%'],
        ['社区健康服务中心（家）', '31', '36', '16.1%'],
      ],
    );
    assert.equal(table.text.zh.text.split('\n')[1], '新增就业人数（人）\t4800\t5200\t8.3%');
    assert.deepEqual(table.text.en?.table?.rows[0].map((cell) => cell.text), ['Indicator', '2015', '2016', 'Growth']);
  });

  test('reads :::appendix containers after the closing as back matter outside the parts', () => {
    assert.deepEqual(
      report.appendices.map((appendix) => [appendix.id, appendix.depth, appendix.title.zh.text, appendix.title.en?.text]),
      [
        ['a1', 1, '附件1：2017年十件民生实事', 'Appendix 1: Ten Practical Projects for the People in 2017'],
        ['a2', 1, '附件2：社区民生项目进度表', 'Appendix 2: Progress of Community Livelihood Projects'],
      ],
    );
    const [first, second] = report.appendices;
    assert.deepEqual(first.blocks.map((block) => block.kind), ['paragraph']);
    assert.deepEqual(first.sections.map((item) => [item.id, item.depth, item.title.zh.text]), [['a1.1', 3, '一、教育和医疗']]);
    assert.deepEqual(first.sections[0].blocks.map((block) => [block.id, block.kind]), [
      ['a1.1.p1', 'paragraph'],
      ['a1.1.p2', 'paragraph'],
      ['a1.1.p3', 'table'],
    ]);
    assert.equal(second.blocks[0].text.zh.table?.rows.length, 49);
  });

  test('takes salutation and closing variants as they are', () => {
    assert.equal(report.opening[0].kind, 'salutation');
    assert.equal(report.opening[0].text.zh.text, '各位代表，同志们！');
    assert.match(report.closing[0].text.zh.text, /^各位代表，新的一年/);
    assert.equal(report.glossary?.title.zh.text, '政府工作报告名词、术语注释');
    assert.equal(report.glossary?.terms.length, 2);
  });
});

describe('reading the structures from Markdown', () => {
  test('a quantity or a year at the start of a paragraph is not a number; a number keeps the space after it as published', () => {
    const { document } = read('# 一、回顾\n\n1.5亿元用于民生。\n\n2021年是开局之年。\n\n1、加快发展。\n\n(3) 推进改革。\n\n【2】其他。');
    assert.deepEqual(
      document.sections[0].blocks.map((block) => [block.paragraph.number, block.paragraph.text]),
      [
        [undefined, '1.5亿元用于民生。'],
        [undefined, '2021年是开局之年。'],
        ['1、', '1、加快发展。'],
        ['（3）', '（3） 推进改革。'],
        ['【2】', '【2】其他。'],
      ],
    );
  });

  test('a bold run-in head that holds the number gives the number up', () => {
    const { document } = read('# 一、回顾\n\n**1.加快建设现代产业体系。**全面实施。');
    const [block] = document.sections[0].blocks;
    assert.equal(block.paragraph.number, '1.');
    assert.equal(block.paragraph.runIn, '加快建设现代产业体系。');
  });

  test('the salutation and the closing keep a leading number-like text whole', () => {
    const { document } = read('::salutation[同志们：]\n\n# 一、回顾\n\n正文。\n\n:::closing\n1.各位代表，让我们团结奋斗！\n:::');
    assert.equal(document.opening[0].paragraph.text, '同志们：');
    assert.equal(document.closing[0].paragraph.number, undefined);
  });

  test('a ### heading before any part, a #### heading, a # heading in an appendix and a bulleted list are errors at their lines', () => {
    const { messages } = read('### 1.无处安放\n\n# 一、回顾\n\n正文。\n\n#### 四级\n\n- 项目\n\n:::closing\n结束。\n:::\n\n:::appendix[附件]\n# 一、不行\n\n附件正文。\n:::');
    assert.deepEqual(messages, [
      '5:1 error a `###` heading needs a `#` part heading before it',
      '11:1 error heading level 4 is not used: parts are `#`, sections `##`, numbered items `###`',
      '13:1 error a bulleted list is not used in a report: write numbered items `1.` or paragraphs',
      '20:1 error an appendix holds paragraphs, tables and `###` headings: end it with `:::` before a `#` or `##` heading',
    ]);
  });

  test('an appendix without a title is an error', () => {
    const { messages } = read('# 一、回顾\n\n正文。\n\n:::appendix\n附件正文。\n:::');
    assert.deepEqual(messages, ['9:1 error an appendix needs its title: `:::appendix[附件1：…]`']);
  });
});

test('a numbered paragraph whose English partner has no number is a warning naming both files', () => {
  const zhFile = new VFile({ path: 'report.zh.md', value: '---\ntitle: 标题\n---\n\n# 一、回顾\n\n（1）支持企业技术改造。\n' });
  const enFile = new VFile({ path: 'report.en.md', value: '---\ntitle: Title\n---\n\n# I. Review\n\nSupporting technological upgrading.\n' });
  const zh = readLanguage(parseMarkdown(zhFile), zhFile, 'zh');
  const en = readLanguage(parseMarkdown(enFile), enFile, 'en');
  pairLanguages({ zh, zhFile, en, enFile });
  assert.deepEqual(
    enFile.messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason}`),
    ['7:1 warning section 一: numbers differ; report.zh.md:7 has the number （1）'],
  );
});
