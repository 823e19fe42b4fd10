import { access } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { writeAtomic } from '../shared/write-atomic.ts';
import { UserError } from '../errors.ts';
import type { ImportedReport, ImportedSection } from './imported-report.ts';
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
  const report = recogniseReport(input.lines, file);
  const markdown = writeMarkdown(report);
  await writeAtomic(outPath, markdown);
  return { outPath, report, markdown, file, encoding: input.encoding };
}

/** `3 parts, 14 sections, 92 paragraphs, 14 glossary entries, 1 warning`. */
export function summariseImport(result: ImportResult): string {
  const { report } = result;
  const sections = (nodes: ImportedSection[]): ImportedSection[] => nodes.flatMap((node) => node.sections);
  const all = [...report.parts, ...sections(report.parts)];
  const paragraphs = report.opening.length + report.closing.length + all.reduce((sum, node) => sum + node.paragraphs.length, 0);
  const warnings = result.file.messages.length;
  const count = (n: number, word: string, plural = `${word}s`): string => `${n} ${n === 1 ? word : plural}`;
  return `imported ${result.file.path} (${result.encoding}) into ${result.outPath}: ${[
    count(report.parts.length, 'part'),
    count(sections(report.parts).length, 'section'),
    count(paragraphs, 'paragraph'),
    count(report.glossary?.terms.length ?? 0, 'glossary entry', 'glossary entries'),
    count(warnings, 'warning'),
  ].join(', ')}`;
}
