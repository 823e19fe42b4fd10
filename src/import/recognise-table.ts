import { ITEM, PART, SECTION } from './genre.ts';
import type { ImportedTable } from './imported-report.ts';
import type { InputLine } from './input-line.ts';

/** A header cell of a table flattened to one cell a line: 序号, 项目名称, 牵头单位. */
const HEADER_CELL = /^[^。，,；;：:！？]{1,12}$/u;
const ROW_NUMBER = /^\d{1,3}$/u;

export type TableRead =
  | { kind: 'table'; table: ImportedTable; end: number }
  /** It starts like a table but its rows do not line up: the lines stay paragraphs, `end` says how far. */
  | { kind: 'unsure'; reason: string; end: number };

/** Joins the lines that continue a row (the raw line began with a tab) to the line before, and splits the cells. */
function rowsFrom(lines: InputLine[], start: number): Array<{ cells: string[]; end: number }> {
  const rows: Array<{ cells: string[]; end: number }> = [];
  let index = start;
  while (index < lines.length) {
    const cells = lines[index].text.split('\t');
    index += 1;
    while (index < lines.length && lines[index].continuesRow) cells.push(...lines[index++].text.split('\t'));
    rows.push({ cells: cells.map((cell) => cell.trim()), end: index });
  }
  return rows;
}

/**
 * Tab-separated rows: a row with fewer cells than the first takes the next lines as its missing cells
 * (some pages break the row before its last cell).
 */
function readCellRows(lines: InputLine[], start: number): TableRead | undefined {
  const rows = rowsFrom(lines, start);
  const width = rows[0]?.cells.length ?? 0;
  if (width < 2) return undefined;
  const table: string[][] = [];
  let at = 0;
  while (at < rows.length && rows[at].cells.length >= 2) {
    const cells = [...rows[at].cells];
    let end = rows[at].end;
    at += 1;
    while (cells.length < width && at < rows.length && rows[at].cells.length === 1) {
      cells.push(rows[at].cells[0]);
      end = rows[at].end;
      at += 1;
    }
    if (cells.length !== width) return { kind: 'unsure', reason: `row ${table.length + 1} has ${cells.length} cells where the first has ${width}`, end };
    table.push(cells);
    if (at === rows.length || rows[at].cells.length < 2) return table.length >= 2 ? { kind: 'table', table: { kind: 'table', rows: table, line: lines[start].line }, end } : undefined;
  }
  return undefined;
}

/** 序号 / header cells / 1 / cells / 2 / cells …, one cell a line with no tabs left. */
function readNumberedRows(lines: InputLine[], start: number): TableRead | undefined {
  if (!/^序\s*号$/u.test(lines[start].text)) return undefined;
  let first = start + 1;
  while (first < lines.length && !ROW_NUMBER.test(lines[first].text) && HEADER_CELL.test(lines[first].text)) first += 1;
  const width = first - start;
  if (width < 2 || lines[first]?.text !== '1') return undefined;
  const rows: string[][] = [lines.slice(start, first).map((line) => line.text)];
  let index = first;
  while (index < lines.length && lines[index].text === String(rows.length)) {
    const cells = [lines[index].text];
    index += 1;
    while (index < lines.length && cells.length < width && lines[index].text !== String(rows.length + 1)) cells.push(lines[index++].text);
    if (cells.length !== width) return { kind: 'unsure', reason: `row ${rows.length} has ${cells.length} cells where the header has ${width}`, end: index };
    rows.push(cells);
  }
  return { kind: 'table', table: { kind: 'table', rows, line: lines[start].line }, end: index };
}

/** So many cell-length lines in a row are a table the page flattened, even when its rows cannot be told apart. */
const CELL_RUN_MIN = 6;

/** A cell-length line that is neither a heading nor the start of a table readTable can read. */
function isLoneCell(lines: InputLine[], index: number): boolean {
  const { text } = lines[index];
  return HEADER_CELL.test(text) && !PART.test(text) && !SECTION.test(text) && !ITEM.test(text) && !/^序\s*号$/u.test(text) && lines[index + 1]?.continuesRow !== true;
}

/** How many cell-length lines (short, no sentence, no heading) run from `start`: at least CELL_RUN_MIN, or 0. */
export function cellRunLength(lines: InputLine[], start: number): number {
  let end = start;
  while (end < lines.length && isLoneCell(lines, end)) end += 1;
  return end - start >= CELL_RUN_MIN ? end - start : 0;
}

/** A flattened table starting at `start`, if one does. */
export function readTable(lines: InputLine[], start: number): TableRead | undefined {
  const split = lines[start].text.includes('\t') || lines[start + 1]?.continuesRow === true;
  return split ? readCellRows(lines, start) : readNumberedRows(lines, start);
}
