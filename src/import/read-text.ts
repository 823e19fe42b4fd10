import { readFile } from 'node:fs/promises';
import { decodeText } from './decode-text.ts';
import { indentColumn, trimLine } from './clean-line.ts';
import type { ReadInput } from './input-line.ts';

/** A plain-text report, one paragraph a line; blank lines are dropped. */
export async function readText(filePath: string): Promise<ReadInput> {
  const { text, encoding } = decodeText(await readFile(filePath), filePath);
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: trimLine(raw), line: index + 1, column: indentColumn(raw) }))
    .filter((line) => line.text !== '');
  return { lines, encoding, notes: [] };
}
