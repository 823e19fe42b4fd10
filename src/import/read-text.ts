import { decodeText } from './decode-text.ts';
import { indentColumn, stripInvisible, trimLine } from './clean-line.ts';
import type { DroppedLine, InputLine, ReadInput } from './input-line.ts';
import { UserError } from '../errors.ts';
import { InputRejected, readLimited } from '../common/read-limited.ts';

/** A plain-text report, one paragraph a line; blank lines are dropped, invisible format characters removed and listed. */
export async function readText(filePath: string): Promise<ReadInput> {
  const bytes = await readLimited(filePath, 'text').catch((error: unknown) => {
    throw error instanceof InputRejected ? new UserError(`cannot import ${filePath}: ${error.message}`) : error;
  });
  const { text, encoding } = decodeText(bytes, filePath);
  const dropped: DroppedLine[] = [];
  const lines: InputLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const visible = stripInvisible(raw);
    if (visible.removed) dropped.push({ line: index + 1, text: `${visible.removed} (invisible)`, reason: 'invisible characters' });
    const line = { text: trimLine(visible.text), line: index + 1, column: indentColumn(raw), continuesRow: /^[\u3000 \u00a0]*\t/.test(visible.text) };
    if (line.text !== '') lines.push(line);
  });
  return { lines, encoding, notes: [], dropped };
}
