import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Bilingual } from '../model/types.ts';

export type LabelEntries = Record<string, Required<Bilingual<string>>>;

/** The templates report-press ships: Handlebars layouts, partials and `labels.yaml`. */
export const shippedTemplatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The bilingual labels of every output, as read from one templates folder for one build. */
export interface Labels {
  entries: LabelEntries;
  text: (key: string, lang: 'zh' | 'en', values?: Record<string, string | number>) => string;
}

/** Reads `<templatesDir>/labels.yaml` now: a build sees the file as it is when the build starts, never an older copy. */
export function loadLabels(templatesDir: string = shippedTemplatesDir): Labels {
  const file = path.join(templatesDir, 'labels.yaml');
  const entries = parseYaml(readFileSync(file, 'utf8')) as LabelEntries;
  return {
    entries,
    text: (key, lang, values = {}) => {
      const entry = entries[key];
      if (!entry) throw new Error(`no label "${key}" in ${file}`);
      return entry[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
    },
  };
}
