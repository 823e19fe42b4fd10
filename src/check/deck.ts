import { fail, warn } from '../model/messages.ts';
import type { Figure } from '../model/types.ts';
import type { CheckRule } from './context.ts';

/** Scale words and approximations around a unit: 亿元 and 万元 are both 元, %以上 is %. */
const SCALE = /^(万亿|亿|万|千|trillion|billion|million|thousand)\s*/i;
const APPROXIMATION = /以上|以下|以内|左右|余|多/g;
/** The far end of a range: the unit of 6.5%-7% is the % after 7, of 100-120亿元 the 亿元 after 120. */
const RANGE_END = /^.*?[-–—~至到]\s*\d[\d.,]*/u;

export function baseUnit(figure: Figure): string {
  return figure.text.zh.unit.replace(RANGE_END, '').replace(APPROXIMATION, '').replace(SCALE, '').trim();
}

/** deck.yaml may refer only to marked figures, and a chart only to figures of one unit. */
export const checkDeck: CheckRule = ({ report, files }) => {
  const { deck } = report;
  const file = files.deck;
  if (!deck || !file) return;
  const figures = new Map(report.figures.map((figure) => [figure.id, figure]));
  const chartUnits = new Map<string, { unit: string; figureId: string }>();
  for (const reference of deck.references) {
    const place = { line: reference.position.line, column: reference.position.column };
    const figure = figures.get(reference.figureId);
    if (!figure) {
      fail(file, `figure \`${reference.figureId}\` is not marked in the report: mark it with :fig[…]{#${reference.figureId}} or remove it here`, place, 'deck');
      continue;
    }
    if (!reference.chartId) continue;
    const unit = baseUnit(figure);
    const first = chartUnits.get(reference.chartId);
    if (!first) chartUnits.set(reference.chartId, { unit, figureId: figure.id });
    else if (first.unit !== unit) {
      fail(file, `chart \`${reference.chartId}\` mixes units: \`${figure.id}\` is in ${unit || 'no unit'}, \`${first.figureId}\` in ${first.unit || 'no unit'}`, place, 'deck');
    }
  }
  const shown = new Set(deck.groups.map((group) => group.id));
  for (const figure of report.figures) {
    if (shown.has(figure.group)) continue;
    shown.add(figure.group);
    warn(files.zh, `figures of group \`${figure.group}\` are not in the deck: add the group to ${file.path}`, figure.text.zh.position, 'deck');
  }
};
