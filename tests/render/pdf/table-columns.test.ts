import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as fontkit from 'fontkit';
import { UserError } from '../../../src/errors.ts';
import type { Table } from '../../../src/model/types.ts';
import { layoutTable } from '../../../src/render/pdf/table-columns.ts';
import { fonts } from '../../../src/theme/theme.ts';

const faces = { regular: fontkit.openSync(fonts.serifEn.regular) as fontkit.Font, bold: fontkit.openSync(fonts.serifEn.bold) as fontkit.Font };
const position = { file: 'source/report.en.md', line: 40, column: 1 };
const measure = { width: 470, fontSize: 9, padding: 3, minFontSize: 6.5, lineHeight: 1.35, keepRowHeight: 200 };

function table(rows: string[][]): Table {
  return { rows: rows.map((row) => row.map((text) => ({ inlines: [{ type: 'text', value: text }], text }))), headerRows: 1, align: rows[0].map(() => null) };
}

test('a narrow table fills the width, its columns in proportion to their text', () => {
  const layout = layoutTable(table([['No.', 'Project'], ['1', 'Building new kindergartens']]), { faces, measure, position });
  assert.equal(layout.fontSize, 9);
  assert.ok(Math.abs(layout.widths.reduce((sum, width) => sum + width, 0) - 470) < 0.01, `the columns fill 470 pt: ${layout.widths.join(' + ')}`);
  assert.ok(layout.widths[1] > 3 * layout.widths[0], `the Project column is over 3 times the No. column: ${layout.widths.join(', ')} pt`);
});

test('a wide table gives every column at least its longest word and wraps the rest', () => {
  const long = 'the development of a modern industrial system with innovation as its driving force '.repeat(3);
  const layout = layoutTable(table([['No.', 'Project', 'Progress'], ['12', 'Responsibilities', long]]), { faces, measure, position });
  const word = (faces.regular.layout('Responsibilities').advanceWidth / faces.regular.unitsPerEm) * 9;
  assert.ok(layout.widths[1] >= word + 6, `${layout.widths[1]} pt holds the word of ${word} pt`);
  assert.ok(Math.abs(layout.widths.reduce((sum, width) => sum + width, 0) - 470) < 0.01, `the columns fill 470 pt: ${layout.widths.join(' + ')}`);
  assert.deepEqual(layout.breakable, [false, false]);
});

test('a table too wide for its longest words is set smaller, down to the least size', () => {
  const row = Array.from({ length: 7 }, () => 'Responsibilities');
  const layout = layoutTable(table([row, row]), { faces, measure, position });
  assert.ok(layout.fontSize < 9 && layout.fontSize >= 6.5, `set at ${layout.fontSize} pt`);
});

test('a table that cannot fit even at the least size is an error at its position, never clipped', () => {
  const row = Array.from({ length: 20 }, () => 'Responsibilities');
  assert.throws(() => layoutTable(table([row, row]), { faces, measure, position }), (error: unknown) => {
    assert.ok(error instanceof UserError, `expected a UserError, got ${String(error)}`);
    assert.match(error.message, /^source\/report\.en\.md:40:1: this table of 20 columns is too wide to print even at 6\.5 pt/);
    return true;
  });
});

test('a row taller than the limit may break across pages; short rows move whole', () => {
  const tall = 'word '.repeat(2000);
  const layout = layoutTable(table([['A', 'B'], ['1', 'short'], ['2', tall]]), { faces, measure, position });
  assert.deepEqual(layout.breakable, [false, false, true]);
});
