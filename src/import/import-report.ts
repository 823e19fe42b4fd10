import { access } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { writeAtomic } from '../common/write-atomic.ts';
import { UserError } from '../errors.ts';
import { appendicesOf, glossaryOf, type ImportedReport, type ImportedSection } from './imported-report.ts';
import type { ReadInput } from './input-line.ts';
import { readDocx } from './read-docx.ts';
import { readText } from './read-text.ts';
import { recogniseReport } from './recognise-report.ts';
import { writeMarkdown } from './write-markdown.ts';

export interface ImportOptions {
  inputPath: string;
  outDir: string;
  /** Replace an existing report.zh.md. */
  force: boolean;
}

export interface ImportResult {
  outPath: string;
  report: ImportedReport;
  markdown: string;
  /** The input file, carrying every warning with its line. */
  file: VFile;
  encoding: string;
}

const READERS: Record<string, (filePath: string) => Promise<ReadInput>> = { '.txt': readText, '.docx': readDocx };

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** A published report (.txt or .docx) into `outDir/report.zh.md`. */
export async function importReport(options: ImportOptions): Promise<ImportResult> {
  const reader = READERS[path.extname(options.inputPath).toLowerCase()];
  if (!reader) throw new UserError(`cannot import ${options.inputPath}: give a .txt (UTF-8 or GB18030) or a .docx file`);
  if (!(await exists(options.inputPath))) throw new UserError(`no such file: ${options.inputPath}`);
  const outPath = path.join(options.outDir, 'report.zh.md');
  if (!options.force && (await exists(outPath))) throw new UserError(`${outPath} exists: pass --force to replace it`);
  const input = await reader(options.inputPath);
  if (input.lines.length === 0) throw new UserError(`${options.inputPath} holds no text`);
  const file = new VFile({ path: path.relative(process.cwd(), options.inputPath) || options.inputPath });
  for (const note of input.notes) file.message(`mammoth ${note}`, { place: { line: 1, column: 1 }, ruleId: 'import-docx', source: 'report-press' });
  const headingsFrom = input.lines.some((line) => line.hint?.kind === 'heading') ? 'styles' : 'text';
  const recognised = recogniseReport(input.lines, file, { name: file.path, headingsFrom });
  const report = { ...recognised, dropped: [...input.dropped, ...recognised.dropped].sort((a, b) => a.line - b.line) };
  const markdown = writeMarkdown(report);
  await writeAtomic(outPath, markdown);
  return { outPath, report, markdown, file, encoding: input.encoding };
}

/** Longer dropped lines are shown cut to this many characters in the summary. */
const DROPPED_SHOWN = 40;

/** Every dropped line, `  118  editor and error-report footer: 责任编辑：宋君毅`, under a count. */
function droppedLines(report: ImportedReport): string[] {
  if (report.dropped.length === 0) return [];
  const shown = (text: string): string => (text.length > DROPPED_SHOWN ? `${text.slice(0, DROPPED_SHOWN)}…` : text);
  return [`dropped ${report.dropped.length} input line${report.dropped.length === 1 ? '' : 's'} that are not report text:`, ...report.dropped.map((item) => `  ${String(item.line).padStart(5)}  ${item.reason}: ${shown(item.text)}`)];
}

/** The dropped lines, then `imported …: 3 parts, 14 sections, 92 paragraphs, 1 table, 1 appendix, 14 glossary entries, 1 warning`. */
export function summariseImport(result: ImportResult): string {
  const { report } = result;
  const sections = (nodes: ImportedSection[]): ImportedSection[] => nodes.flatMap((node) => [node, ...sections(node.sections)]);
  const all = [...sections(report.parts), ...sections(appendicesOf(report))];
  const blocks = [...report.opening, ...all.flatMap((node) => node.blocks)];
  const paragraphs = report.closing.length + blocks.filter((block) => block.kind === 'paragraph').length;
  const tables = blocks.filter((block) => block.kind === 'table').length;
  const count = (n: number, word: string, plural = `${word}s`): string => `${n} ${n === 1 ? word : plural}`;
  const counts = [
    count(report.parts.length, 'part'),
    count(report.parts.flatMap((part) => part.sections).length, 'section'),
    count(paragraphs, 'paragraph'),
    count(tables, 'table'),
    count(appendicesOf(report).length, 'appendix', 'appendices'),
    count(glossaryOf(report)?.terms.length ?? 0, 'glossary entry', 'glossary entries'),
    count(report.dropped.length, 'dropped line'),
    count(result.file.messages.length, 'warning'),
  ];
  return [...droppedLines(report), `imported ${result.file.path} (${result.encoding}) into ${result.outPath}: ${counts.join(', ')}`].join('\n');
}
