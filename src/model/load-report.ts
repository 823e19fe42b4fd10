import { access } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { UserError } from '../errors.ts';
import { readDeckFile, parseDeckSpec } from './deck-spec.ts';
import { checkNesting } from '../source/nesting-depth.ts';
import type { TreeCache } from '../source/parse-cache.ts';
import { parseMarkdown } from '../source/parse-markdown.ts';
import { readPrintSettings } from './print-settings.ts';
import { readSourceFile } from '../source/read-source.ts';
import { loadTermbase } from '../source/termbase.ts';
import type { LangDocument } from './language-document.ts';
import { hasErrors } from './messages.ts';
import { pairLanguages } from './pair-languages.ts';
import { readLanguage } from './read-language.ts';
import type { Lang, Report } from './types.ts';

/** The source files by role; each carries the diagnostics of its text. */
export interface SourceFiles {
  zh: VFile;
  en?: VFile;
  deck?: VFile;
  /** report-press.yaml, the print settings. */
  settings?: VFile;
}

export interface LoadedReport {
  /** Undefined when a source file could not be read as a report at all. */
  report: Report | undefined;
  sources: SourceFiles;
  /** Every source file, carrying every diagnostic with its position. */
  files: VFile[];
  sourceDir: string;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function readDocument(file: VFile, lang: Lang, trees?: TreeCache): Promise<LangDocument | undefined> {
  if (hasErrors([file]) || !checkNesting(file)) return undefined;
  return readLanguage(parseMarkdown(file, trees), file, lang);
}

/** `source/report.zh.md` (and `report.en.md` when present) into the document model; `trees` reuses parsed Markdown by content. */
export async function loadReport(sourceDir: string, options: { trees?: TreeCache } = {}): Promise<LoadedReport> {
  const zhPath = path.join(sourceDir, 'report.zh.md');
  const enPath = path.join(sourceDir, 'report.en.md');
  if (!(await exists(zhPath))) {
    throw new UserError(`no ${zhPath}: the source folder must hold report.zh.md (create it with \`report-press import\`)`);
  }
  const zhFile = await readSourceFile(zhPath);
  const enFile = (await exists(enPath)) ? await readSourceFile(enPath) : undefined;
  const deckFile = await readDeckFile(sourceDir);
  const print = await readPrintSettings(sourceDir);
  const sources: SourceFiles = { zh: zhFile, en: enFile, deck: deckFile, settings: print.file };
  const files = [zhFile, enFile, deckFile, print.file].filter((file): file is VFile => file !== undefined);
  const zh = await readDocument(zhFile, 'zh', options.trees);
  const en = enFile ? await readDocument(enFile, 'en', options.trees) : undefined;
  if (!zh || (enFile && !en)) return { report: undefined, sources, files, sourceDir };
  const report = pairLanguages({ zh, zhFile, en, enFile });
  report.deck = deckFile ? parseDeckSpec(deckFile) : undefined;
  report.print = print.settings;
  // check reports the termbase's own faults; a termbase it cannot read names nothing here.
  report.names = (await loadTermbase(sourceDir)).terms.map((term) => term.en).filter((rendering) => /\p{Lu}/u.test(rendering));
  return { report, sources, files, sourceDir };
}
