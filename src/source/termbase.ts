import { access } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { readSourceFile } from './read-source.ts';
import { parseYamlFile } from '../common/yaml-schema.ts';

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

const text = z.string('needs a text').trim().min(1, 'needs a text');

const termbaseSchema = z.strictObject({
  terms: z.array(z.strictObject({ zh: text, en: text }), 'needs a list of `- zh: …` / `  en: …` entries').default([]),
  'allow-in-english': z.array(text, 'needs a list of names: [名字, 名字]').default([]),
});

/** `source/termbase.yaml`: `terms: [{zh, en}]` and `allow-in-english: [name]`. A missing file is an empty termbase. */
export async function loadTermbase(sourceDir: string): Promise<Termbase> {
  const filePath = path.join(sourceDir, 'termbase.yaml');
  const present = await access(filePath).then(
    () => true,
    () => false,
  );
  if (!present) return { terms: [], allowInEnglish: [], file: undefined };
  const file = await readSourceFile(filePath);
  if (file.messages.length > 0) return { terms: [], allowInEnglish: [], file };
  const { data } = parseYamlFile(file, { schema: termbaseSchema, ruleId: 'termbase', unknownKeyHint: (at) => (at.length === 0 ? 'known: terms, allow-in-english' : 'an entry has zh: and en:') });
  return { terms: data?.terms ?? [], allowInEnglish: data?.['allow-in-english'] ?? [], file };
}
