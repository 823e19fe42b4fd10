import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { Figure } from '../../model/types.ts';
import { theme } from '../../theme/theme.ts';
import type { DeckChart } from '../../model/types.ts';

export interface ChartOptions {
  chart: DeckChart;
  figures: Figure[];
  fontFamily: string;
}

const FONT_SIZE = 24;
const ROW_HEIGHT = 84;
const PLOT_WIDTH = 600;
const LABEL_PADDING = 12;

/** Width of the widest label line: Vega without canvas guesses 0.8 em a character, too wide for Latin, too narrow for Han. */
function labelGutter(labels: string[]): number {
  const lineWidth = (line: string): number => Array.from(line).reduce((sum, char) => sum + (/[\p{Script=Han}\u3000-\u30ff\uff00-\uffef]/u.test(char) ? 1 : 0.56), 0);
  const widest = Math.max(...labels.flatMap((label) => label.split('|').map(lineWidth)));
  return Math.ceil(widest * FONT_SIZE) + LABEL_PADDING;
}

/**
 * One horizontal bar per figure (labels stay horizontal, in both languages), each bar captioned with the
 * figures exactly as the report prints them; drawn by Vega-Lite into SVG at build time.
 */
export async function renderChartSvg(options: ChartOptions): Promise<string> {
  const { chart, figures } = options;
  const rows = figures.map((figure) => ({
    label: [figure.text.zh.label, figure.text.en?.label].filter(Boolean).join('|'),
    value: figure.text.zh.value / chart.scale,
    caption: [figure.text.zh.display, figure.text.en?.display].filter(Boolean).join('|'),
  }));
  const largest = Math.max(...rows.map((row) => row.value));
  const axisTitle = [chart.axis.zh, chart.axis.en].filter(Boolean);
  const y = { field: 'label', type: 'nominal' as const, sort: null, axis: { title: null, labelExpr: "split(datum.label, '|')", labelLimit: 0, labelPadding: LABEL_PADDING } };
  const x = { field: 'value', type: 'quantitative' as const, scale: { domain: [0, largest * 1.6] } };
  const spec: vl.TopLevelSpec = {
    width: PLOT_WIDTH,
    height: rows.length * ROW_HEIGHT,
    autosize: { type: 'none' },
    padding: { left: labelGutter(rows.map((row) => row.label)), right: 8, top: 8, bottom: 2.6 * FONT_SIZE + 16 },
    data: { values: rows },
    layer: [
      { mark: { type: 'bar', color: theme.colour.accent, height: ROW_HEIGHT * 0.55 }, encoding: { y, x: { ...x, axis: { title: axisTitle.length > 0 ? axisTitle.join(' · ') : null, tickCount: 4, labelFlush: true } } } },
      { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 10, lineBreak: '|', color: theme.colour.ink }, encoding: { y, x, text: { field: 'caption' } } },
    ],
    config: {
      font: options.fontFamily,
      view: { stroke: null },
      background: theme.colour.paper,
      axis: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelColor: theme.colour.ink, titleColor: theme.colour.ink, labelAngle: 0, grid: false },
      text: { fontSize: FONT_SIZE },
    },
  };
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
