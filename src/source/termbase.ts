import { access } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { fail } from '../model/messages.ts';
import { readSourceFile } from './read-source.ts';

export interface TermbaseEntry {
  zh: string;
  en: string;
}

export interface Termbase {
  terms: TermbaseEntry[];
  /** Chinese names allowed to stand in the English text. */
  allowInEnglish: string[];
  file: VFile | undefined;
}

/** `source/termbase.yaml`: `terms: [{zh, en}]` and `allow-in-english: [name]`. A missing file is an empty termbase. */
export async function loadTermbase(sourceDir: string): Promise<Termbase> {
  const filePath = path.join(sourceDir, 'termbase.yaml');
  const present = await access(filePath).then(
    () => true,
    () => false,
  );
  if (!present) return { terms: [], allowInEnglish: [], file: undefined };
  const file = await readSourceFile(filePath);
  let data: { terms?: unknown; 'allow-in-english'?: unknown } = {};
  try {
    data = parseYaml(String(file.value)) ?? {};
  } catch (error) {
    const { linePos } = error as { linePos?: Array<{ line: number; col: number }> };
    fail(file, `termbase is not valid YAML: ${(error as Error).message.split('\n')[0]}`, { line: linePos?.[0].line ?? 1, column: linePos?.[0].col ?? 1 }, 'termbase');
    return { terms: [], allowInEnglish: [], file };
  }
  const terms = Array.isArray(data.terms) ? data.terms : [];
  const valid = terms.filter((entry): entry is TermbaseEntry => typeof entry?.zh === 'string' && typeof entry?.en === 'string');
  if (valid.length !== terms.length) fail(file, 'every termbase entry needs `zh:` and `en:` strings', { line: 1, column: 1 }, 'termbase');
  const allow = Array.isArray(data['allow-in-english']) ? data['allow-in-english'].map(String) : [];
  return { terms: valid, allowInEnglish: allow, file };
}
