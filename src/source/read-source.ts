import path from 'node:path';
import { VFile } from 'vfile';
import { InputRejected, readLimited } from '../common/read-limited.ts';

/** Index of the first byte that is not valid UTF-8, or -1. */
function findInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return -1;
  } catch {
    let low = 0;
    let high = bytes.length;
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        low = mid;
      } catch {
        high = mid;
      }
    }
    return low;
  }
}

/**
 * Reads a source file into a VFile whose path is relative to the working directory,
 * so that messages read `source/report.zh.md:12:3`. A file that is not regular or too large, and bytes that are
 * not UTF-8, become a fatal message.
 */
export async function readSourceFile(filePath: string): Promise<VFile> {
  const file = new VFile({ path: path.relative(process.cwd(), filePath) || filePath });
  const kind = path.extname(filePath) === '.yaml' ? 'yaml' : 'markdown';
  const bytes = await readLimited(filePath, kind).catch((error: unknown) => {
    if (!(error instanceof InputRejected)) throw error;
    file.value = '';
    const message = file.message(`cannot read this file: ${error.message}`, { place: { line: 1, column: 1 }, ruleId: 'input-limit', source: 'report-press' });
    message.fatal = true;
    return undefined;
  });
  if (!bytes) return file;
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = new TextDecoder().decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    file.value = '';
    const message = file.message(`invalid UTF-8 byte 0x${bytes[bad].toString(16).padStart(2, '0')}: save the file as UTF-8`, {
      place: { line: lines.length, column: lines[lines.length - 1].length + 1 },
      ruleId: 'encoding',
      source: 'report-press',
    });
    message.fatal = true;
    return file;
  }
  file.value = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  if (file.value.trim() === '') {
    const message = file.message('source file is empty', { place: { line: 1, column: 1 }, ruleId: 'empty-file', source: 'report-press' });
    message.fatal = true;
  }
  return file;
}
