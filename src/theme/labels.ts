import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Bilingual } from '../model/types.ts';

export type Labels = Record<string, Required<Bilingual<string>>>;

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** `templates/labels.yaml`: the bilingual labels of every output. */
export const labels: Labels = parseYaml(readFileSync(new URL('labels.yaml', `file://${templatesDir}`), 'utf8'));

export function label(key: string, lang: 'zh' | 'en', values: Record<string, string | number> = {}): string {
  const entry = labels[key];
  if (!entry) throw new Error(`no label "${key}" in templates/labels.yaml`);
  return entry[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
