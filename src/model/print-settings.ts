import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { isMap, type Node } from 'yaml';
import { z } from 'zod';
import { parseYamlFile } from '../common/yaml-schema.ts';
import { A4_MARGINS, A4_POINTS, defaultPrintSettings, PAPER_SIZES, POINTS_PER_MM } from './print-defaults.ts';
import type { EditionName, PrintSettings } from './types.ts';
import { readSourceFile } from '../source/read-source.ts';

export const SETTINGS_FILE = 'report-press.yaml';

/** An emblem is a small picture: larger than this is a mistake (a scan of the whole cover). */
const MAX_EMBLEM_BYTES = 2 * 1024 * 1024;

const millimetres = (most: number) => z.number('needs a number of millimetres').positive('needs a length above 0').max(most, `at most ${most} mm`);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'needs a colour as #rrggbb');
const text = z.string('needs a text').trim().min(1, 'needs a text');

const settingsSchema = z.strictObject({
  paper: z.union([z.enum(Object.keys(PAPER_SIZES) as [string, ...string[]]), z.strictObject({ width: millimetres(1000), height: millimetres(1000) })], {
    error: `needs ${Object.keys(PAPER_SIZES).join(', ')} or { width: mm, height: mm }`,
  }),
  margins: z.strictObject({ top: millimetres(100), bottom: millimetres(100), inner: millimetres(100), outer: millimetres(100) }).partial(),
  editions: z.array(z.enum(['bilingual', 'zh', 'en'], 'needs bilingual, zh or en')).min(1, 'needs at least one edition'),
  bleed: z.number('needs a number of millimetres').min(0, 'needs 0 or more millimetres').max(10, 'at most 10 mm'),
  booklet: z.boolean('needs true or false'),
  emblem: z.string('needs a file name in the source folder').regex(/^[^/\\]+\.png$/i, 'needs the name of a PNG file in the source folder (emblem.png)'),
  colours: z.strictObject({ accent: colour }).partial(),
  publisher: z.strictObject({ zh: text, en: text }).partial(),
}).partial();

type SettingsData = z.infer<typeof settingsSchema>;

const KNOWN = 'known: paper, margins, editions, bleed, booklet, emblem, colours, publisher';

function resolveSettings(data: SettingsData, emblem: PrintSettings['emblem']): PrintSettings {
  const defaults = defaultPrintSettings();
  const paperName = typeof data.paper === 'string' ? data.paper : data.paper ? `${data.paper.width} × ${data.paper.height} mm` : 'A4';
  const size = typeof data.paper === 'object' ? data.paper : PAPER_SIZES[paperName];
  // A4 keeps its points as always set (595.28 × 841.89), so the defaults reproduce today's outputs.
  const { width, height } = paperName === 'A4' ? A4_POINTS : { width: size.width * POINTS_PER_MM, height: size.height * POINTS_PER_MM };
  const scale = width / A4_POINTS.width;
  const margin = (key: keyof typeof A4_MARGINS) => (data.margins?.[key] === undefined ? A4_MARGINS[key] * scale : data.margins[key]! * POINTS_PER_MM);
  return {
    paper: { name: paperName, width, height },
    margins: { top: margin('top'), bottom: margin('bottom'), inner: margin('inner'), outer: margin('outer') },
    editions: (data.editions ?? defaults.editions) as EditionName[],
    bleed: (data.bleed ?? 0) * POINTS_PER_MM,
    booklet: data.booklet ?? false,
    emblem,
    colours: data.colours ?? defaults.colours,
    publisher: data.publisher ?? {},
  };
}

/** The emblem file as base64, or an error at the `emblem:` key of the settings file. */
async function readEmblem(options: { sourceDir: string; name: string; file: VFile; node: Node | undefined; placeOf: (node: Node | undefined) => { line: number; column: number } }) {
  const filePath = path.join(options.sourceDir, options.name);
  const problem = (reason: string) => {
    const message = options.file.message(reason, { place: options.placeOf(options.node), ruleId: 'settings', source: 'report-press' });
    message.fatal = true;
    return undefined;
  };
  const info = await stat(filePath).catch(() => undefined);
  if (!info?.isFile()) return problem(`emblem: no file ${options.name} in the source folder`);
  if (info.size > MAX_EMBLEM_BYTES) return problem(`emblem: ${options.name} is ${(info.size / 1024 / 1024).toFixed(1)} MB; an emblem is at most 2 MB`);
  const bytes = await readFile(filePath);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return problem(`emblem: ${options.name} is not a PNG image`);
  return { format: 'png' as const, data: bytes.toString('base64') };
}

/**
 * `source/report-press.yaml`, the office's print settings: every key optional, each problem an error at its line
 * and column. Without the file, the defaults (and no file).
 */
export async function readPrintSettings(sourceDir: string): Promise<{ settings: PrintSettings; file: VFile | undefined }> {
  const filePath = path.join(sourceDir, SETTINGS_FILE);
  const present = await access(filePath).then(
    () => true,
    () => false,
  );
  if (!present) return { settings: defaultPrintSettings(), file: undefined };
  const file = await readSourceFile(filePath);
  if (file.messages.length > 0) return { settings: defaultPrintSettings(), file };
  const { data, document, placeOf } = parseYamlFile(file, { schema: settingsSchema, ruleId: 'settings', unknownKeyHint: (at) => (at.length === 0 ? KNOWN : 'see the README, Print settings') });
  if (!data) return { settings: defaultPrintSettings(), file };
  const emblemNode = isMap(document.contents) ? (document.contents.items.find((pair) => String((pair.key as { value?: unknown })?.value) === 'emblem')?.value as Node | undefined) : undefined;
  const emblem = data.emblem ? await readEmblem({ sourceDir, name: data.emblem, file, node: emblemNode, placeOf }) : undefined;
  return { settings: resolveSettings(data, emblem), file };
}
