import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.ts';
import type { SourceArea, SourceMap } from '../render/pdf/source-map.ts';

export interface WherePages {
  document: string;
  pages: number[];
  /** The block that holds the line: the last one starting at or before it. */
  area: SourceArea;
}

function parseTarget(target: string): { file: string; line: number } {
  const match = /^(.+?):(\d+)(?::\d+)?$/.exec(target);
  if (!match) throw new UserError(`"${target}" is not FILE:LINE: give e.g. source/report.zh.md:41`, 2);
  return { file: match[1], line: Number(match[2]) };
}

const sameFile = (recorded: string, asked: string): boolean => recorded === asked || path.resolve(recorded) === path.resolve(asked) || recorded.endsWith(`/${asked}`);

/** The pages of each PDF in `outDir` that show source line `target` (FILE:LINE), from the sidecars the print renderer writes. */
export async function findPages(options: { outDir: string; target: string }): Promise<WherePages[]> {
  const { file, line } = parseTarget(options.target);
  const names = (await readdir(options.outDir).catch(() => [] as string[])).filter((name) => name.endsWith('.pdf.map.json')).sort();
  if (names.length === 0) throw new UserError(`no page maps (*.pdf.map.json) in ${options.outDir}: build the PDF first (report-press build --only pdf)`);
  const found: WherePages[] = [];
  for (const name of names) {
    const map = JSON.parse(await readFile(path.join(options.outDir, name), 'utf8')) as SourceMap;
    const starts = map.areas.flatMap((area) => Object.values(area.sources).filter((source) => sameFile(source.file, file) && source.line <= line).map((source) => ({ area, start: source.line })));
    if (starts.length === 0) continue;
    const start = Math.max(...starts.map((entry) => entry.start));
    const areas = starts.filter((entry) => entry.start === start).map((entry) => entry.area);
    found.push({ document: map.document, pages: [...new Set(areas.map((area) => area.page))].sort((a, b) => a - b), area: areas[0] });
  }
  if (found.length === 0) throw new UserError(`${options.target}: no block of the PDFs in ${options.outDir} starts at or before that line of ${file}`);
  return found;
}

/** One line per PDF: `report.pdf  page 9  paragraph at source/report.zh.md:41:1`. */
export function formatPages(found: WherePages[]): string {
  return found
    .map(({ document, pages, area }) => {
      const start = Object.values(area.sources).map((source) => `${source.file}:${source.line}:${source.column}`).join(' / ');
      return `${document}  page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}  ${area.kind} at ${start}`;
    })
    .join('\n');
}
