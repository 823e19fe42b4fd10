import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { z } from 'zod';
import { UserError } from '../errors.ts';
import { parseYamlFile } from '../common/yaml-schema.ts';
import { shippedTemplatesDir } from './templates-dir.ts';
import type { Bilingual } from '../model/types.ts';

export type LabelEntries = Record<string, Required<Bilingual<string>>>;

/** The templates report-press ships: Handlebars layouts, partials, `labels.yaml` and `theme.yaml`. */
const labelsSchema = z.record(z.string(), z.strictObject({ zh: z.string('needs a text'), en: z.string('needs a text') }, 'needs { zh: …, en: … }'));

/** The bilingual labels of every output, as read from one templates folder for one build. */
export interface Labels {
  entries: LabelEntries;
  text: (key: string, lang: 'zh' | 'en', values?: Record<string, string | number>) => string;
}

/**
 * Reads `<templatesDir>/labels.yaml` now, validated against its schema (the first problem is a one-line error at its
 * place): a build sees the file as it is when the build starts, never an older copy.
 */
export function loadLabels(templatesDir: string = shippedTemplatesDir): Labels {
  const filePath = path.join(templatesDir, 'labels.yaml');
  const file = new VFile({ path: path.relative(process.cwd(), filePath), value: readFileSync(filePath, 'utf8') });
  const { data: entries } = parseYamlFile(file, { schema: labelsSchema, ruleId: 'labels' });
  const [problem] = file.messages;
  if (!entries || problem) throw new UserError(`${file.path}:${problem?.line ?? 1}:${problem?.column ?? 1} ${problem?.reason ?? 'cannot be read'}`);
  return {
    entries,
    text: (key, lang, values = {}) => {
      const entry = entries[key];
      if (!entry) throw new Error(`no label "${key}" in ${filePath}`);
      return entry[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
    },
  };
}
