import type { ReportSuggestions } from './suggest-report.ts';
import type { SuggestedFigure } from './suggestion.ts';

const KIND_NAMES: Record<SuggestedFigure['kind'], string> = { result: 'result', target: 'target', 'five-year': 'five-year total', growth: 'growth rate' };

/** The ranked suggestions as the terminal shows them: one line of facts, then the sentence. */
export function formatSuggestions(report: ReportSuggestions, limit: number): string {
  const shown = report.figures.slice(0, limit);
  const lines = shown.flatMap((figure, rank) => [
    `${String(rank + 1).padStart(3)}. ${figure.id}  ${figure.indicator || '(no indicator)'}  ${figure.display}  [${KIND_NAMES[figure.kind]}, ${figure.year}, unit ${figure.unit}]  ${report.zh.file.path}:${figure.line}:${figure.column}`,
    `     ${figure.sentence}`,
  ]);
  const groups = report.groups
    .map((group) => ({ group, count: shown.filter((figure) => figure.group === group.id).length }))
    .filter(({ count }) => count > 0)
    .map(({ group, count }) => `${group.id} (${group.title.zh}, ${count})`);
  lines.push(`${shown.length} of ${report.figures.length} candidates; groups: ${groups.join(', ')}`);
  if (report.markedIds.size > 0) lines.push(`${report.markedIds.size} figures already marked are not listed`);
  return lines.join('\n');
}
