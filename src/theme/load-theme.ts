import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { z } from 'zod';
import { parseYamlFile } from '../common/yaml-schema.ts';
import { UserError } from '../errors.ts';
import { shippedTemplatesDir } from './templates-dir.ts';

const colour = z.string('needs a colour as #rrggbb').regex(/^#[0-9a-fA-F]{6}$/, 'needs a colour as #rrggbb');
const size = (unit: string, most: number) => z.number(`needs a size in ${unit}`).positive(`needs a size above 0 ${unit}`).max(most, `at most ${most} ${unit}`);

const themeSchema = z.strictObject({
  colour: z.strictObject({ ink: colour, muted: colour, accent: colour, accentDark: colour, paper: colour, rule: colour, tint: colour }),
  print: z.strictObject({ body: size('pt', 72), small: size('pt', 72), h1: size('pt', 144), h2: size('pt', 144), title: size('pt', 144), lineHeight: z.number('needs a multiple of the body size').min(1, 'at least 1').max(4, 'at most 4') }),
  slides: z.strictObject({ body: size('px', 400), caption: size('px', 400), label: size('px', 400), figure: size('px', 720), title: size('px', 720), notes: size('px', 400), furnitureBand: size('px', 360) }),
  largePrint: z.strictObject({ body: size('pt', 144), term: size('pt', 144) }),
});

/** One palette and type scale for the print PDF, the deck and the handouts, as `templates/theme.yaml` gives it. */
export type Theme = z.infer<typeof themeSchema>;

/** A theme file is a few hundred bytes: a megabyte is a mistake. */
const MAX_BYTES = 1024 * 1024;

/**
 * Reads `<templatesDir>/theme.yaml` now, validated against its schema (the first problem is a one-line error at its
 * place): a build, `watch`'s included, sees the file as it is when the build starts.
 */
export function loadTheme(templatesDir: string = shippedTemplatesDir): Theme {
  const filePath = path.join(templatesDir, 'theme.yaml');
  const shown = path.relative(process.cwd(), filePath);
  const info = statSync(filePath, { throwIfNoEntry: false });
  if (!info?.isFile()) throw new UserError(`${shown}: no such file: a templates folder needs a theme.yaml (copy the shipped templates/theme.yaml)`);
  if (info.size > MAX_BYTES) throw new UserError(`${shown}: more than 1 MB; a theme is a few lines`);
  const file = new VFile({ path: shown, value: readFileSync(filePath, 'utf8') });
  const { data } = parseYamlFile(file, { schema: themeSchema, ruleId: 'theme', unknownKeyHint: (at) => (at.length === 0 ? 'known: colour, print, slides, largePrint' : 'see the shipped templates/theme.yaml') });
  const [problem] = file.messages;
  if (!data || problem) throw new UserError(`${file.path}:${problem?.line ?? 1}:${problem?.column ?? 1} ${problem?.reason ?? 'cannot be read'}`);
  return data;
}
