import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { checkSource } from '../../../src/check/run-checks.ts';
import type { DeckChart, Figure, Report } from '../../../src/model/types.ts';
import { renderChartSvg } from '../../../src/render/slides/chart-svg.ts';
import { loadTheme } from '../../../src/theme/load-theme.ts';

/** Vega labels each mark it draws with its ARIA role description: bar, tick, point. */
function markPaths(svg: string, kind: string): string[] {
  return Array.from(svg.matchAll(new RegExp(`<path[^>]*aria-roledescription="${kind}"[^>]*>`, 'gu')), (match) => match[0]);
}

/** Widths of the bars, in order (`d="M x,y h w …"`). */
function barWidths(svg: string): number[] {
  return markPaths(svg, 'bar').map((path) => Number(/d="M[\d.-]+,[\d.-]+h([\d.]+)/u.exec(path)![1]));
}

function marks(svg: string, kind: string): number {
  return markPaths(svg, kind).length;
}

describe('charts of the deck, drawn for what each figure says', () => {
  let report: Report;
  const figures = (...ids: string[]): Figure[] => ids.map((id) => report.figures.find((figure) => figure.id === id)!);
  const chart = (ids: string[], extra: Partial<DeckChart> = {}): DeckChart => ({ id: 'test', title: { zh: '测试', en: 'Test' }, axis: { zh: '百分比', en: 'per cent' }, scale: 1, figures: ids, ...extra });
  const draw = (ids: string[], extra: Partial<DeckChart> = {}) => renderChartSvg({ chart: chart(ids, extra), figures: figures(...ids), fontFamily: 'Noto Sans SC', colour: loadTheme().colour });

  before(async () => {
    report = (await checkSource('source')).report!;
  });

  it('draws a ceiling (以下, below) as a mark at the ceiling, never as a bar', async () => {
    const { svg } = await draw(['unemployment-target-2021', 'revenue-target-2021']);
    assert.equal(barWidths(svg).length, 1, 'only the growth rate is a bar');
    assert.equal(marks(svg, 'tick'), 1, 'the ceiling is a tick');
  });

  it('draws a range from its low to its high end, over a pale bar from zero', async () => {
    const { svg } = await draw(['gdp-target-2021']);
    const [pale, range] = barWidths(svg).sort((a, b) => b - a);
    assert.ok(Math.abs(pale / range - 6.5 / 0.5) < 0.05, `6.5%-7%: ${pale} and ${range}`);
  });

  it('marks a floor (以上, over) with an arrow at the end of its bar', async () => {
    const { svg } = await draw(['investment-target-2021', 'retail-target-2021']);
    assert.equal(barWidths(svg).length, 2);
    assert.equal(marks(svg, 'point'), 1);
  });

  it('prints a value once when both languages print it alike, both when they differ', async () => {
    const { svg } = await draw(['revenue-target-2021', 'investment-target-2021']);
    const texts = Array.from(svg.matchAll(/<text[^>]*>(.*?)<\/text>/gsu), (match) => match[1].replace(/<[^>]+>/gu, ' ').trim());
    assert.equal(texts.filter((text) => /^3%/u.test(text)).length, 1, texts.join(' / '));
    assert.ok(texts.some((text) => text.includes('7%以上') && text.includes('over 7%')), texts.join(' / '));
  });

  it('gives English an axis of its own units: billion yuan for 亿元', async () => {
    const { svg } = await draw(['investment-5y', 'revenue-5y'], { axis: { zh: '亿元' }, scale: 1e8 });
    const axisTexts = Array.from(svg.matchAll(/<g class="mark-text role-axis-(?:label|title)"[^>]*>(.*?)<\/g>/gsu), (match) => Array.from(match[1].matchAll(/>([^<>]+)<\/text>/gu), (text) => text[1]));
    const flat = axisTexts.flat();
    assert.ok(flat.includes('亿元') && flat.includes('billion yuan'), flat.join(' '));
    const english = axisTexts.find((labels) => labels.includes('20'));
    assert.ok(english && english.every((label) => Number(label) <= 100), 'billion-yuan ticks stay under 100 for 622 亿元');
  });

  it('describes itself for a screen reader with every label and value in both languages', async () => {
    const { description } = await draw(['gdp-target-2021', 'unemployment-target-2021']);
    for (const figure of figures('gdp-target-2021', 'unemployment-target-2021')) {
      assert.ok(description.includes(`${figure.text.zh.label}：${figure.text.zh.display}`), description);
      assert.ok(description.includes(`${figure.text.en!.label}: ${figure.text.en!.display}`), description);
    }
  });
});
