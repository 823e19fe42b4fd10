import { stringify } from 'yaml';
import type { GroupProposal, SuggestedFigure } from './suggestion.ts';

/** Figures a group shows on slides of their own; the rest of the group is charted or stays marked in the text. */
const HEADLINES_PER_GROUP = 4;
/** A chart needs this many figures of one unit to compare, and shows at most the second number. */
const CHART_MIN = 3;
const CHART_MAX = 6;

const SCALE = /^(万亿|亿|万|千)/u;
const APPROXIMATION = /以上|以下|以内|左右|余|多/gu;

/** The unit a chart's axis counts in, read as `check` reads it: 亿元 and 万元 are both 元, 6.5%-7% is a unit of its own. */
function baseUnit(figure: SuggestedFigure): string {
  return figure.display.replace(/^\d+(?:\.\d+)?/u, '').replace(APPROXIMATION, '').replace(SCALE, '').trim();
}

interface DraftChart {
  id: string;
  title: { zh: string; en: string };
  axis: { zh: string; en?: string };
  scale?: number;
  figures: string[];
}

function axisFor(unit: string, figures: SuggestedFigure[]): Pick<DraftChart, 'axis' | 'scale'> {
  const largest = Math.max(...figures.map((figure) => figure.value));
  if (unit === '%' || unit === '％') return { axis: { zh: '百分比', en: 'per cent' } };
  if (unit === '元' && largest >= 1e8) return { axis: { zh: '亿元', en: '100 million yuan' }, scale: 1e8 };
  if (unit === '元') return { axis: { zh: '万元', en: '10,000 yuan' }, scale: 1e4 };
  if (unit === '美元') return { axis: { zh: '亿美元', en: '100 million US dollars' }, scale: 1e8 };
  return largest >= 1e5 ? { axis: { zh: `万${unit}` }, scale: 1e4 } : { axis: { zh: unit } };
}

/** The largest set of one unit in the group, best ranked first: what a chart of the group compares. */
function chartOf(group: GroupProposal, figures: SuggestedFigure[]): DraftChart | undefined {
  const byUnit = new Map<string, SuggestedFigure[]>();
  for (const figure of figures) byUnit.set(baseUnit(figure), [...(byUnit.get(baseUnit(figure)) ?? []), figure]);
  const [unit, members] = [...byUnit].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  if (members.length < CHART_MIN) return undefined;
  const shown = members.slice(0, CHART_MAX);
  return { id: `${group.id}-chart`, title: group.title, ...axisFor(unit, shown), figures: shown.map((figure) => figure.id) };
}

/**
 * A draft `deck.yaml` of the chosen figures: one group per proposal that has figures, its best figures as
 * headlines, and a chart of the figures that share a unit. The figures are marked by `figures mark --all-suggested`.
 */
export function draftDeck(groups: GroupProposal[], chosen: SuggestedFigure[]): string {
  const deckGroups = groups.flatMap((group) => {
    const members = chosen.filter((figure) => figure.group === group.id);
    if (members.length === 0) return [];
    const chart = chartOf(group, members);
    return [{ id: group.id, title: group.title, headline: members.slice(0, HEADLINES_PER_GROUP).map((figure) => figure.id), ...(chart ? { charts: [chart] } : {}) }];
  });
  const header = [
    '# The key-figure deck, drafted by `report-press figures suggest --write` from the ranked suggestions.',
    '# `report-press figures mark --all-suggested` marks every figure named here in report.zh.md (and report.en.md).',
    '# Edit freely: remove a figure, move it to another group, reorder; ids refer to the suggestions.',
  ];
  return `${header.join('\n')}\n${stringify({ groups: deckGroups }, { aliasDuplicateObjects: false, lineWidth: 0 })}`;
}
