import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkSource } from '../../../src/check/run-checks.ts';
import type { Report } from '../../../src/model/types.ts';
import { figurePeriod } from '../../../src/render/slides/figure-period.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const periodOf = (report: Report, id: string) => figurePeriod(report, report.figures.find((figure) => figure.id === id)!);

describe('the period of a figure', () => {
  it('dates a five-year figure by its paragraph, not by the plan it is compared with', async () => {
    const report = (await checkSource('source')).report!;
    const compared = report.figures.find((figure) => /十二五/u.test(figure.text.zh.sentence));
    assert.ok(compared, 'the shipped report compares a five-year figure with the previous plan');
    assert.deepEqual(figurePeriod(report, compared), { from: 2016, to: 2020, status: 'result' });
  });

  it('reads the time before a figure and leaves the year it is compared with', async () => {
    const source = await tempFolder('rp-period-');
    await writeFile(
      path.join(source, 'report.zh.md'),
      [
        '---',
        'title: 示例区2023年政府工作报告',
        'date: 2023-01-10',
        '---',
        '',
        '# 一、过去一年工作回顾',
        '',
        '2022年,完成投资:fig[30亿元]{#investment group=results label="投资"},比2021年增长5%。',
        '',
        '# 二、2023年工作安排',
        '',
        '主要预期目标是:地区生产总值增长:fig[6%]{#gdp group=targets label="地区生产总值增长"}左右,高于2022年。',
        '',
      ].join('\n'),
    );
    const report = (await checkSource(source)).report!;
    assert.deepEqual(periodOf(report, 'investment'), { from: 2022, to: 2022, status: 'result' });
    assert.deepEqual(periodOf(report, 'gdp'), { from: 2023, to: 2023, status: 'target' });
  });
});
