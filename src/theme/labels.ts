import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { z } from 'zod';
import { UserError } from '../errors.ts';
import { parseYamlFile } from '../shared/yaml-schema.ts';
import type { Bilingual } from '../model/types.ts';

export type Labels = Record<string, Required<Bilingual<string>>>;

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

const labelsSchema = z.record(z.string(), z.strictObject({ zh: z.string('needs a text'), en: z.string('needs a text') }, 'needs { zh: …, en: … }'));

/** `templates/labels.yaml` validated against its schema; the first problem is a one-line error at its place. */
function readLabels(): Labels {
  const filePath = path.join(templatesDir, 'labels.yaml');
  const file = new VFile({ path: path.relative(process.cwd(), filePath), value: readFileSync(filePath, 'utf8') });
  const { data } = parseYamlFile(file, { schema: labelsSchema, ruleId: 'labels' });
  const [problem] = file.messages;
  if (!data || problem) throw new UserError(`${file.path}:${problem?.line ?? 1}:${problem?.column ?? 1} ${problem?.reason ?? 'cannot be read'}`);
  return data;
}

/** `templates/labels.yaml`: the bilingual labels of every output. */
export const labels: Labels = readLabels();

export function label(key: string, lang: 'zh' | 'en', values: Record<string, string | number> = {}): string {
  const entry = labels[key];
  if (!entry) throw new Error(`no label "${key}" in templates/labels.yaml`);
  return entry[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
