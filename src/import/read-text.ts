import { readFile } from 'node:fs/promises';
import { decodeText } from './decode-text.ts';
import { indentColumn, stripInvisible, trimLine } from './clean-line.ts';
import type { DroppedLine, InputLine, ReadInput } from './input-line.ts';

/** A plain-text report, one paragraph a line; blank lines are dropped, invisible format characters removed and listed. */
export async function readText(filePath: string): Promise<ReadInput> {
  const { text, encoding } = decodeText(await readFile(filePath), filePath);
  const dropped: DroppedLine[] = [];
  const lines: InputLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const visible = stripInvisible(raw);
    if (visible.count > 0) dropped.push({ line: index + 1, text: `${visible.count} invisible format character${visible.count === 1 ? '' : 's'} (U+200B–U+200D, U+2060, U+FEFF)`, reason: 'invisible characters' });
    const line = { text: trimLine(visible.text), line: index + 1, column: indentColumn(raw), continuesRow: /^[\u3000 \u00a0]*\t/.test(visible.text) };
    if (line.text !== '') lines.push(line);
  });
  return { lines, encoding, notes: [], dropped };
}
