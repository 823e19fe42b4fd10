import { warn } from '../model/messages.ts';
import type { Table } from '../model/types.ts';
import { type CheckRule, allBlocks } from './context.ts';

function shape(table: Table): string {
  return `${table.rows.length} rows × ${Math.max(0, ...table.rows.map((row) => row.length))} columns`;
}

/** A table and its English partner have the same rows and columns: a cell lost in translation shows here. */
export const checkTableShapes: CheckRule = ({ report, files }) => {
  for (const block of allBlocks(report)) {
    const zh = block.text.zh;
    const en = block.text.en;
    if (!zh.table || !en?.table || !files.en) continue;
    const sameCells = zh.table.rows.length === en.table.rows.length && zh.table.rows.every((row, index) => row.length === en.table!.rows[index].length);
    if (sameCells) continue;
    warn(files.en, `this table is ${shape(en.table)}, its partner at ${zh.position.file}:${zh.position.line} is ${shape(zh.table)}`, { line: en.position.line, column: en.position.column }, 'table-shape');
  }
};

/** A row of more or fewer cells than the header: GFM keeps the cells, but the columns no longer read across. */
export const checkTableRows: CheckRule = ({ report, files }) => {
  for (const block of allBlocks(report)) {
    for (const lang of report.languages) {
      const paragraph = block.text[lang];
      const file = files[lang];
      if (!paragraph?.table || !file) continue;
      const [header, ...rows] = paragraph.table.rows;
      rows.forEach((row, index) => {
        if (row.length === header.length) return;
        // One line per row, and the delimiter row after the header.
        const line = paragraph.position.line + index + 2;
        warn(file, `this table row has ${row.length} cells, the header ${header.length}`, { line, column: 1 }, 'table-shape');
      });
    }
  }
};
