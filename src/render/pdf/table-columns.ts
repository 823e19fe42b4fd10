import type * as fontkit from 'fontkit';
import { UserError } from '../../errors.ts';
import type { SourcePosition, Table } from '../../model/types.ts';
import { breakCellWord } from './break-words.ts';
import { textWidth } from './running-head.ts';

export interface TableFaces {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

export interface TableMeasure {
  /** The width the table may take, in points. */
  width: number;
  fontSize: number;
  /** Horizontal padding of a cell, each side, in points. */
  padding: number;
  /** The smallest size the text may be set at to fit. */
  minFontSize: number;
  lineHeight: number;
  /** A row estimated taller than this may break across pages; shorter ones move whole. */
  keepRowHeight: number;
}

export interface TableLayout {
  widths: number[];
  fontSize: number;
  /** Per row: may it break across pages (too tall to move whole)? */
  breakable: boolean[];
}

/** The widest piece a cell's text cannot be broken inside (a number, a Latin word, a Han character with its marks), at 1 pt. */
function unbreakableWidth(value: string, font: fontkit.Font): number {
  return Math.max(0, ...value.split(/\s+/u).flatMap((word) => breakCellWord(word).map((piece) => textWidth(font, piece, 1))));
}

/**
 * Column widths for a table set `measure.width` wide: each column at least as wide as its widest unbreakable piece,
 * the rest shared out by how long the columns' texts are. A table whose columns cannot fit even at
 * `minFontSize` is an error at its position: react-pdf would draw the text over the next cell.
 */
export function layoutTable(table: Table, options: { faces: TableFaces; measure: TableMeasure; position: SourcePosition }): TableLayout {
  const { faces, measure, position } = options;
  const columns = Math.max(...table.rows.map((row) => row.length));
  const minimum = new Array<number>(columns).fill(0);
  const natural = new Array<number>(columns).fill(0);
  table.rows.forEach((row, index) => {
    const font = index < table.headerRows ? faces.bold : faces.regular;
    row.forEach((cell, column) => {
      minimum[column] = Math.max(minimum[column], unbreakableWidth(cell.text, font));
      natural[column] = Math.max(natural[column], textWidth(font, cell.text, 1));
    });
  });
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const padded = (values: number[], size: number) => values.map((value) => value * size + 2 * measure.padding + 0.5);
  const fontSize = Math.min(measure.fontSize, (measure.width - columns * (2 * measure.padding + 0.5)) / sum(minimum));
  if (fontSize < measure.minFontSize) {
    throw new UserError(
      `${position.file}:${position.line}:${position.column}: this table of ${columns} columns is too wide to print even at ${measure.minFontSize} pt: split it or shorten its longest words`,
    );
  }
  const least = padded(minimum, fontSize);
  const most = padded(natural, fontSize);
  const spare = measure.width - sum(least);
  const wants = most.map((width, column) => width - least[column]);
  const widths = sum(most) <= measure.width ? most.map((width) => (width * measure.width) / sum(most)) : least.map((width, column) => width + (spare * wants[column]) / sum(wants));
  // Lines a cell takes, estimated from its one-line width: enough to tell a short row from a tall one.
  const height = (row: Table['rows'][number], font: fontkit.Font) =>
    Math.max(...row.map((cell, column) => Math.ceil((textWidth(font, cell.text, fontSize) + 1) / (widths[column] - 2 * measure.padding)))) * fontSize * measure.lineHeight;
  const breakable = table.rows.map((row, index) => height(row, index < table.headerRows ? faces.bold : faces.regular) > measure.keepRowHeight);
  return { widths, fontSize, breakable };
}
