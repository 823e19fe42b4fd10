import { location } from 'vfile-location';
import type { VFile } from 'vfile';
import type { SourcePosition } from '../model/types.ts';

const HALF_WIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')' };

/**
 * Where the character at `index` of a block's plain text stands in the source file:
 * the same character (or its half-width original), counted from the start of the block.
 */
export function locateInBlock(file: VFile, block: SourcePosition, text: string, index: number): { line: number; column: number } {
  const source = String(file.value);
  const place = location(file);
  const start = place.toOffset({ line: block.line, column: block.column }) ?? 0;
  const char = text[index];
  const wanted = new Set([char, HALF_WIDTH[char] ?? char]);
  const nth = Array.from(text.slice(0, index)).filter((c) => c === char).length;
  let seen = 0;
  for (let offset = start; offset < source.length; offset += 1) {
    if (!wanted.has(source[offset])) continue;
    if (seen === nth) return place.toPoint(offset) ?? { line: block.line, column: block.column };
    seen += 1;
  }
  return { line: block.line, column: block.column };
}

/** Where `char` first stands in a file that keeps no positions of its texts (deck.yaml). */
export function locateInFile(file: VFile, char: string): { line: number; column: number } {
  const offset = String(file.value).indexOf(char);
  return (offset < 0 ? undefined : location(file).toPoint(offset)) ?? { line: 1, column: 1 };
}
