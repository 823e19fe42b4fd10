import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { DeckChart, Figure, FigureText } from '../../model/types.ts';
import type { Theme } from '../../theme/load-theme.ts';
import { figureBound } from './figure-bound.ts';

export interface ChartOptions {
  chart: DeckChart;
  figures: Figure[];
  fontFamily: string;
  /** The build's palette (templates/theme.yaml). */
  colour: Theme['colour'];
}

export interface ChartDrawing {
  svg: string;
  /** What the chart shows, as text for a screen reader: each figure's label and value in each language. */
  description: string;
}

const FONT_SIZE = 24;
const ROW_HEIGHT = 84;
const PLOT_WIDTH = 560;
const LABEL_PADDING = 12;

const CAPTION_OFFSET = 30;

/** Width in px of the widest line of a `|`-broken text: Vega without canvas guesses 0.8 em a character, too wide for Latin, too narrow for Han. */
function textWidth(text: string): number {
  const lineWidth = (line: string): number => Array.from(line).reduce((sum, char) => sum + (/[\p{Script=Han}\u3000-\u30ff\uff00-\uffef]/u.test(char) ? 1 : 0.56), 0);
  return Math.ceil(Math.max(...text.split('|').map(lineWidth)) * FONT_SIZE);
}

/** 6.5%-7% and 6.5%–7%, 3% and 3%: an English value that only repeats the Chinese one is printed once. */
function valueCaption(figure: Figure): string {
  const { zh, en } = figure.text;
  const plain = (display: string): string => display.replace(/[\s\u2010-\u2015-]/gu, '-');
  return en && plain(en.display) !== plain(zh.display) ? `${zh.display}|${en.display}` : zh.display;
}

/** The English axis: the unit and scale the English text prints its largest figure in (62.21 billion yuan: 1e9, billion yuan). */
function englishAxis(figures: Figure[]): { scale: number; unit: string } | undefined {
  const texts = figures.map((figure) => figure.text.en).filter((text): text is FigureText => text !== undefined);
  if (texts.length < figures.length || texts.length === 0) return undefined;
  const largest = texts.reduce((top, text) => (text.value > top.value ? text : top));
  const printed = Number(largest.number.replaceAll(',', ''));
  return printed > 0 ? { scale: largest.value / printed, unit: largest.unit.trim() } : undefined;
}

/**
 * One row per figure, drawn for what it says: a value as a bar from zero, a floor (以上, over) as a bar with an
 * open arrow at its end, a range as a bar from its low to its high end over a pale bar from zero, a ceiling
 * (以下, below) as a mark at the ceiling with no bar. Each row is captioned with the figures exactly as printed.
 * The Chinese axis is in the chart's unit below; when the English text counts in other units (billion yuan for
 * 亿元), an English axis in those units runs along the top. Drawn by Vega-Lite into SVG at build time.
 */
export async function renderChartSvg(options: ChartOptions): Promise<ChartDrawing> {
  const { chart, figures, colour } = options;
  const rows = figures.map((figure) => {
    const bound = figureBound(figure.text.zh, chart.scale);
    const end = bound.kind === 'range' ? bound.high : bound.value;
    return {
      label: [figure.text.zh.label, figure.text.en?.label].filter(Boolean).join('|'),
      kind: bound.kind,
      low: bound.kind === 'range' ? bound.low : 0,
      end,
      caption: valueCaption(figure),
    };
  });
  const domainEnd = Math.max(...rows.map((row) => row.end)) * 1.6;
  // Room on the right for the caption after the longest bars.
  const overhang = Math.max(8, ...rows.map((row) => textWidth(row.caption) + CAPTION_OFFSET + 8 - ((domainEnd - row.end) / domainEnd) * PLOT_WIDTH));
  const english = englishAxis(figures);
  const ratio = english ? chart.scale / english.scale : 1;
  const twoAxes = english !== undefined && Math.abs(ratio - 1) > 1e-9;
  const zhTitle = twoAxes ? chart.axis.zh : [chart.axis.zh, chart.axis.en ?? english?.unit].filter(Boolean).join(' · ');
  // An explicit domain keeps the rows in the deck's order: each layer sees only the rows of its own kind.
  const y = { field: 'label', type: 'nominal' as const, sort: null, scale: { domain: rows.map((row) => row.label) }, axis: { title: null, labelExpr: "split(datum.label, '|')", labelLimit: 0, labelPadding: LABEL_PADDING } };
  const x = (field: string) => ({ field, type: 'quantitative' as const, scale: { domain: [0, domainEnd] }, axis: null });
  const only = (...kinds: string[]) => ({ filter: kinds.map((kind) => `datum.kind === '${kind}'`).join(' || ') });
  const layer = [
    { transform: [only('exact', 'at-least')], mark: { type: 'bar', color: colour.accent, height: ROW_HEIGHT * 0.5 }, encoding: { y, x: x('low'), x2: { field: 'end' } } },
    { transform: [only('range')], mark: { type: 'bar', color: colour.rule, height: ROW_HEIGHT * 0.5 }, encoding: { y, x: x('low'), x2: { datum: 0 } } },
    { transform: [only('range')], mark: { type: 'bar', color: colour.accent, height: ROW_HEIGHT * 0.5 }, encoding: { y, x: x('low'), x2: { field: 'end' } } },
    { transform: [only('at-least')], mark: { type: 'point', shape: 'triangle-right', filled: true, opacity: 1, size: 500, color: colour.accentDark, xOffset: 12 }, encoding: { y, x: x('end') } },
    { transform: [only('at-most')], mark: { type: 'tick', orient: 'vertical', opacity: 1, thickness: 6, size: ROW_HEIGHT * 0.7, color: colour.accentDark }, encoding: { y, x: x('end') } },
    { transform: [only('at-most')], mark: { type: 'point', shape: 'triangle-left', filled: true, opacity: 1, size: 500, color: colour.accentDark, xOffset: -14 }, encoding: { y, x: x('end') } },
    { mark: { type: 'text', align: 'left', baseline: 'middle', dx: CAPTION_OFFSET, lineBreak: '|', color: colour.ink }, encoding: { y, x: x('end'), text: { field: 'caption' } } },
    { mark: { type: 'rule', opacity: 0 }, encoding: { x: { ...x('end'), axis: { title: zhTitle || null, tickCount: 4, labelFlush: true, orient: 'bottom' } } } },
  ];
  if (twoAxes) {
    const enDomain = [0, domainEnd * ratio];
    layer.push({ mark: { type: 'rule', opacity: 0 }, encoding: { x: { field: 'enEnd', type: 'quantitative', scale: { domain: enDomain }, axis: { title: english!.unit, tickCount: 4, labelFlush: true, orient: 'top' } } } } as never);
  }
  const spec = {
    description: describe(figures),
    width: PLOT_WIDTH,
    height: rows.length * ROW_HEIGHT,
    autosize: { type: 'none' },
    padding: { left: Math.max(...rows.map((row) => textWidth(row.label))) + LABEL_PADDING, right: overhang, top: twoAxes ? 2.6 * FONT_SIZE + 16 : 8, bottom: 2.6 * FONT_SIZE + 16 },
    data: { values: rows.map((row) => ({ ...row, enEnd: row.end * ratio })) },
    layer,
    resolve: { scale: { x: 'independent' } },
    config: {
      font: options.fontFamily,
      view: { stroke: null },
      background: colour.paper,
      axis: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelColor: colour.ink, titleColor: colour.ink, labelAngle: 0, grid: false },
      text: { fontSize: FONT_SIZE },
    },
  } as unknown as vl.TopLevelSpec;
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return { svg, description: describe(figures) };
}

/** 一般公共预算收入增长：3%；… then the English labels and values. */
function describe(figures: Figure[]): string {
  const zh = figures.map((figure) => `${figure.text.zh.label}：${figure.text.zh.display}`).join('；');
  const en = figures.every((figure) => figure.text.en) ? figures.map((figure) => `${figure.text.en!.label}: ${figure.text.en!.display}`).join('; ') : '';
  return [zh + '。', en && en + '.'].filter(Boolean).join(' ');
}
