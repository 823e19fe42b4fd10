import { decodeText } from './decode-text.ts';
import { indentColumn, trimLine } from './clean-line.ts';
import type { ReadInput } from './input-line.ts';
import { UserError } from '../errors.ts';
import { InputRejected, readLimited } from '../files/read-limited.ts';

/** A plain-text report, one paragraph a line; blank lines are dropped. */
export async function readText(filePath: string): Promise<ReadInput> {
  const bytes = await readLimited(filePath, 'text').catch((error: unknown) => {
    throw error instanceof InputRejected ? new UserError(`cannot import ${filePath}: ${error.message}`) : error;
  });
  const { text, encoding } = decodeText(bytes, filePath);
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: trimLine(raw), line: index + 1, column: indentColumn(raw) }))
    .filter((line) => line.text !== '');
  return { lines, encoding, notes: [] };
}
