import path from 'node:path';
import { VFile } from 'vfile';
import { writeAtomic } from '../common/write-atomic.ts';
import { UserError } from '../errors.ts';
import { loadReport } from '../model/load-report.ts';
import { fail, hasErrors } from '../model/messages.ts';
import { readSourceFile } from '../source/read-source.ts';
import { readXliff, type TranslatedUnit } from './read-xliff.ts';
import { writeFrontMatterValue } from './front-matter-slots.ts';
import { type Slot, piecesToMarkdown, readSlots } from './slots.ts';

export interface ImportXliffOptions {
  xliffPath: string;
  sourceDir: string;
}

export interface ImportXliffResult {
  /** The XLIFF file, carrying every problem with its line and column. */
  file: VFile;
  written: boolean;
  /** Units whose English changed. */
  changed: number;
}

/** Replaces ranges of `text` (which must not overlap), last first so that earlier offsets stay valid. */
function replaceRanges(text: string, replacements: Array<{ start: number; end: number; value: string }>): string {
  let result = text;
  for (const { start, end, value } of [...replacements].sort((a, b) => b.start - a.start)) result = result.slice(0, start) + value + result.slice(end);
  return result;
}

/** What a target may not hold, by the role of its unit: a line break in a heading, an empty line anywhere (it would split the block). */
function breaksStructure(slot: Slot, markdown: string): string | undefined {
  if (/\n\s*\n/.test(markdown)) return 'an empty line, which would split the block';
  if (slot.role !== 'paragraph' && slot.role !== 'closing' && slot.role !== 'explanation' && markdown.includes('\n')) return 'a line break';
  if (slot.role === 'cell' && /(?<!\\)\|/u.test(markdown)) return 'a bare `|`, which would split the cell: write `\\|`';
  if (slot.role === 'figure-label' && markdown.includes('"')) return 'a straight double quote, which would end the label: use “ ”';
  if (markdown.trim() === '') return 'no text';
  return undefined;
}

/** Writes the targets of a translated XLIFF file into report.en.md: figure marks and structure kept, nothing written on any error. */
export async function importXliff(options: ImportXliffOptions): Promise<ImportXliffResult> {
  const file = await readSourceFile(options.xliffPath);
  if (hasErrors([file])) return { file, written: false, changed: 0 };
  const loaded = await loadReport(options.sourceDir);
  const enFile = loaded.sources.en;
  if (!loaded.report || hasErrors(loaded.files)) throw new UserError(`the source in ${options.sourceDir} has errors: run \`report-press check --source ${options.sourceDir}\` and fix them first`);
  if (!enFile) throw new UserError(`no ${path.join(options.sourceDir, 'report.en.md')}: copy report.zh.md to report.en.md as the skeleton of the translation, then import`);
  const zhSlots = readSlots(loaded.sources.zh);
  const zhById = new Map(zhSlots.map((slot) => [slot.id, slot]));
  const { units, filePlace } = readXliff(file, zhById);
  const byId = new Map<string, TranslatedUnit>();
  for (const unit of units) {
    if (!zhById.has(unit.id)) fail(file, `unit ${unit.id} is not in ${loaded.sources.zh.path}: remove it, or export again`, unit, 'xliff');
    else if (byId.has(unit.id)) fail(file, `unit ${unit.id} appears twice: keep one`, unit, 'xliff');
    byId.set(unit.id, unit);
  }
  for (const slot of zhSlots) {
    if (!byId.has(slot.id)) fail(file, `unit ${slot.id} (${loaded.sources.zh.path}:${slot.line}:${slot.column}) is missing: export again and keep every unit`, filePlace, 'xliff');
  }
  const english = String(enFile.value);
  const enById = new Map(readSlots(enFile).map((slot) => [slot.id, slot]));
  const targetOf = (slot: Slot): string | undefined => {
    const unit = byId.get(slot.id);
    if (!unit?.pieces) return undefined;
    const markdown = piecesToMarkdown(unit.pieces);
    const problem = breaksStructure(slot, markdown);
    if (problem) fail(file, `unit ${slot.id}: the target holds ${problem}`, unit, 'xliff');
    if (slot.role !== 'front-matter') return markdown;
    // A front-matter value is YAML: an unchanged one keeps its bytes, a new one is written as a scalar of the same style.
    return markdown === piecesToMarkdown(slot.pieces) ? english.slice(slot.start, slot.end) : writeFrontMatterValue(markdown, { scalarType: slot.scalarType });
  };
  for (const unit of byId.values()) {
    if (unit.pieces && zhById.has(unit.id) && !enById.has(unit.id)) {
      fail(file, `unit ${unit.id} has a target, but ${enFile.path} has no ${zhById.get(unit.id)!.role} for it to go in: copy that part of report.zh.md into it and import again`, unit, 'xliff');
    }
  }
  const replacements = (slots: Slot[]): Array<{ start: number; end: number; value: string }> =>
    slots.flatMap((slot) => {
      const value = targetOf(slot);
      return value === undefined ? [] : [{ start: slot.start, end: slot.end, value }];
    });
  // Blocks first; figure labels stand inside the figure marks of their blocks, so they go into the result after.
  const afterBlocks = replaceRanges(english, replacements([...enById.values()].filter((slot) => slot.role !== 'figure-label')));
  const labels = readSlots(new VFile({ path: enFile.path, value: afterBlocks })).filter((slot) => slot.role === 'figure-label');
  const result = replaceRanges(afterBlocks, replacements(labels));
  if (hasErrors([file])) return { file, written: false, changed: 0 };
  const after = new Map(readSlots(new VFile({ path: enFile.path, value: result })).map((slot) => [slot.id, piecesToMarkdown(slot.pieces)]));
  const changed = [...enById.values()].filter((slot) => after.get(slot.id) !== piecesToMarkdown(slot.pieces)).length;
  if (result === english) return { file, written: false, changed: 0 };
  await writeAtomic(path.join(options.sourceDir, 'report.en.md'), result);
  return { file, written: true, changed };
}
