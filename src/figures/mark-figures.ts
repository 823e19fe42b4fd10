import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Node } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { VFile } from 'vfile';
import { UserError } from '../errors.ts';
import { parseDeckSpec, readDeckFile } from '../model/deck-spec.ts';
import { parseMarkdown } from '../source/parse-markdown.ts';
import { loadTermbase } from '../source/termbase.ts';
import { writeAtomic } from '../common/write-atomic.ts';
import { englishLabel, findEnglishPartner } from './english-partner.ts';
import { findValues } from './find-values.ts';
import type { FigureSource } from './read-report.ts';
import { suggestReport } from './suggest-report.ts';
import type { SuggestedFigure } from './suggestion.ts';

/** How many of the best suggestions `--all-suggested` marks when the report has no deck.yaml. */
export const DECK_SIZE = 30;

export interface MarkOptions {
  sourceDir: string;
  /** Suggestion ids to mark; ignored with `allSuggested`. */
  ids: string[];
  /** Mark every figure deck.yaml names, or the best DECK_SIZE suggestions when there is none. */
  allSuggested: boolean;
}

export interface MarkedFigure {
  id: string;
  zh: string;
  /** `file:line:column` of the English mark, undefined when none was made. */
  en?: string;
}

export interface MarkResult {
  marked: MarkedFigure[];
  /** Figures whose English partner was not marked, each with both positions. */
  notes: string[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function place(source: FigureSource, offset: number): string {
  const before = source.text.slice(0, offset);
  return `${source.file.path}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/** An attribute value in double quotes: a straight quote inside becomes a curly one. */
function quoted(value: string): string {
  return `"${value.replaceAll('"', '”')}"`;
}

/** A plain name (results-2020) stands bare, as in hand-written marks; any other group name is quoted. */
function attribute(value: string): string {
  return /^[\w-]+$/u.test(value) ? value : quoted(value);
}

function figureIdsIn(markdown: string): string[] {
  const ids: string[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'textDirective' && (node as TextDirective).name === 'fig') ids.push((node as TextDirective).attributes?.id ?? '');
    if ('children' in node && Array.isArray(node.children)) (node.children as Node[]).forEach(visit);
  };
  visit(parseMarkdown(new VFile({ value: markdown })));
  return ids;
}

/** Applies the edits from the end, checks that every mark reads back as a figure, and replaces the file atomically. */
async function writeEdits(source: FigureSource, edits: Edit[], ids: string[]): Promise<void> {
  if (edits.length === 0) return;
  let text = source.text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const found = new Set(figureIdsIn(text));
  const lost = ids.filter((id) => !found.has(id));
  if (lost.length > 0) throw new Error(`${source.file.path}: the marks of ${lost.join(', ')} do not read back as :fig directives`);
  const bom = (await readFile(source.path)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? '\uFEFF' : '';
  await writeAtomic(source.path, bom + text);
}

async function deckGroups(sourceDir: string): Promise<{ ids: string[]; groupOf: Map<string, string> } | undefined> {
  const file = await readDeckFile(sourceDir);
  if (!file) return undefined;
  const spec = parseDeckSpec(file);
  if (file.messages.some((message) => message.fatal)) throw new UserError(`${file.path} has errors: run \`report-press check\``);
  const groupOf = new Map<string, string>();
  for (const group of spec.groups) for (const id of [...group.headline, ...group.charts.flatMap((chart) => chart.figures)]) groupOf.set(id, group.id);
  return { ids: [...new Set(spec.references.map((reference) => reference.figureId))], groupOf };
}

interface EnglishLabelAt {
  paragraph: number;
  index: number;
  label: string;
}

/** A rate the English sentence does not name (…, up 10%) takes the name of the figure before it in its paragraph. */
function labelFromNeighbour(labels: EnglishLabelAt[], figure: SuggestedFigure, index: number): string {
  const before = labels.filter((label) => label.paragraph === figure.paragraph && label.index < index).sort((a, b) => b.index - a.index)[0];
  if (!before) return 'Key figure';
  const growth = /(增长|增速|增幅)$/u.test(figure.indicator);
  return growth ? `Growth in ${before.label.charAt(0).toLowerCase()}${before.label.slice(1)}` : before.label;
}

/** Which of the Chinese paragraph's values of the same value and kind this figure is, and how many there are. */
function rankAmongEqual(source: FigureSource, figure: SuggestedFigure): { nth: number; count: number; percent: boolean } {
  const paragraph = source.paragraphs[figure.paragraph];
  const percent = /[%％]|百分点/u.test(figure.display);
  const equal = findValues(paragraph.text).filter((mention) => mention.percent === percent && Math.abs(mention.value - figure.value) <= Math.abs(figure.value) * 1e-9);
  const nth = equal.findIndex((mention) => paragraph.offsets[mention.index] === figure.start);
  return { nth: Math.max(nth, 0), count: equal.length, percent };
}

/**
 * Marks suggested figures with `:fig[…]{#id group=… label=…}` in report.zh.md and, at the value that matches
 * after scaling, in the English partner paragraph of report.en.md. Nothing else of either file changes.
 */
export async function markFigures(options: MarkOptions): Promise<MarkResult> {
  const report = await suggestReport(options.sourceDir);
  const { zh, en } = report;
  if (en && en.paragraphs.length !== zh.paragraphs.length) {
    throw new UserError(`${en.file.path} has ${en.paragraphs.length} paragraphs, ${zh.file.path} ${zh.paragraphs.length}: run \`report-press check\` and pair them first`);
  }
  const deck = await deckGroups(options.sourceDir);
  const byId = new Map(report.figures.map((figure) => [figure.id, figure]));
  const wanted = options.allSuggested ? (deck?.ids ?? report.figures.slice(0, DECK_SIZE).map((figure) => figure.id)) : options.ids;
  const unknown = wanted.filter((id) => !byId.has(id) && !report.markedIds.has(id));
  if (unknown.length > 0 && !options.allSuggested) {
    throw new UserError(`no suggestion ${unknown.join(', ')}: run \`report-press figures suggest --source ${options.sourceDir}\` for the ids`, 2);
  }
  const result: MarkResult = { marked: [], notes: unknown.map((id) => `deck.yaml names ${id}, which is neither marked nor a suggestion: not marked`) };
  const termbase = (await loadTermbase(options.sourceDir)).terms;
  const enLabels: EnglishLabelAt[] = [];
  const zhEdits: Edit[] = [];
  const enEdits: Edit[] = [];
  // In reading order, so that a rate the English leaves unnamed can take the name of the figure before it.
  const inOrder = wanted.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.start - b.start);
  for (const figure of inOrder) {
    const { id } = figure;
    if (zhEdits.some((edit) => edit.start < figure.end && figure.start < edit.end)) {
      result.notes.push(`${place(zh, figure.start)}: ${id} overlaps a figure marked before it: not marked`);
      continue;
    }
    const group = deck?.groupOf.get(id) ?? figure.group;
    const zhLabel = figure.indicator || figure.display;
    zhEdits.push({ start: figure.start, end: figure.end, text: `:fig[${figure.display}]{#${id} group=${attribute(group)} label=${quoted(zhLabel)}}` });
    const marked: MarkedFigure = { id, zh: place(zh, figure.start) };
    if (en) {
      const paragraph = en.paragraphs[figure.paragraph];
      const partner = findEnglishPartner(paragraph, { value: figure.value, ...rankAmongEqual(zh, figure) });
      if (partner.found) {
        const start = paragraph.offsets[partner.found.index];
        const named = englishLabel({ text: paragraph.text, index: partner.found.index, display: partner.found.display, zhLabel, termbase });
        const label = named || labelFromNeighbour(enLabels, figure, partner.found.index);
        enLabels.push({ paragraph: figure.paragraph, index: partner.found.index, label });
        enEdits.push({ start, end: start + partner.found.display.length, text: `:fig[${partner.found.display}]{#${id} label=${quoted(label)}}` });
        marked.en = place(en, start);
      } else {
        result.notes.push(`${marked.zh}: ${id} (${figure.display}) marked in Chinese only: ${partner.reason} in its English paragraph ${en.file.path}:${paragraph.line}`);
      }
    }
    result.marked.push(marked);
  }
  await writeEdits(zh, zhEdits, result.marked.map((figure) => figure.id));
  if (en) await writeEdits(en, enEdits, result.marked.filter((figure) => figure.en).map((figure) => figure.id));
  return result;
}

export function describeMarks(result: MarkResult, sourceDir: string): string {
  const lines = result.marked.map((figure) => `marked ${figure.id} at ${figure.zh}${figure.en ? ` and ${figure.en}` : ''}`);
  lines.push(...result.notes.map((note) => `note: ${note}`));
  const english = result.marked.filter((figure) => figure.en).length;
  lines.push(`${result.marked.length} figures marked (${english} in English too) in ${path.join(sourceDir, 'report.zh.md')}`);
  return lines.join('\n');
}
