import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { formatMessages } from '../../src/check/format-messages.ts';
import { checkSource } from '../../src/check/run-checks.ts';
import { projectDir } from '../helpers/cli.ts';

describe('images and links in the source', () => {
  let source: string;
  let chinese: string;
  before(async () => {
    source = path.join(await mkdtemp(path.join(tmpdir(), 'report-press-markup-')), 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
    chinese = await readFile(path.join(source, 'report.zh.md'), 'utf8');
  });
  after(() => rm(path.dirname(source), { recursive: true, force: true }));

  /** `check` of the mini report with `from` replaced by `to` in its Chinese source, and where `mark` stands then. */
  async function checkEdited(from: string, to: string, mark: string): Promise<{ printed: string; place: string }> {
    const edited = chinese.replace(from, to);
    assert.notEqual(edited, chinese, from);
    const before = edited.slice(0, edited.indexOf(mark)).split('\n');
    await writeFile(path.join(source, 'report.zh.md'), edited);
    const result = await checkSource(source);
    assert.equal(result.ok, false);
    return { printed: formatMessages(result.files), place: `report.zh.md:${before.length}:${before[before.length - 1].length + 1}` };
  }

  it('is an error at its place wherever it stands, never dropped or reduced to text', async () => {
    const cases: Array<{ from: string; to: string; mark: string; reason: string }> = [
      { from: '## (一)稳增长', to: '## (一)稳增长![图表](chart.png)', mark: '![', reason: 'unsupported inline markup (image)' },
      { from: '# 二、2021年工作安排', to: '# 二、[2021年](https://example.com)工作安排', mark: '[2021', reason: 'unsupported inline markup (link)' },
      { from: '1. 六稳:', to: '1. [六稳](https://example.com):', mark: '[六稳]', reason: 'unsupported inline markup (link)' },
      { from: '倡导“最多跑一次”', to: '倡导![跑](run.png)', mark: '![', reason: 'unsupported inline markup (image)' },
      { from: '**项目建设稳步推进。**', to: '**项目建设![x](x.png)稳步推进。**', mark: '![', reason: 'unsupported inline markup (image)' },
      { from: '::salutation[各位代表:]', to: '::salutation[各位代表<https://example.com>:]', mark: '<https', reason: 'unsupported inline markup (link)' },
      { from: '网红街区', to: '[网红街区](https://example.com)', mark: '[网红', reason: 'unsupported inline markup (link)' },
      { from: '1. 六稳:稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。', to: '1. 六稳:稳就业。\n   - 稳金融', mark: '- 稳金融', reason: 'unsupported Markdown in a glossary item (list)' },
    ];
    for (const { from, to, mark, reason } of cases) {
      const { printed, place } = await checkEdited(from, to, mark);
      assert.ok(printed.includes(`${place} error ${reason}`), `${to}: expected ${place} error ${reason} in\n${printed}`);
    }
  });
});
