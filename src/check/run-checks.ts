import { loadReport } from '../model/load-report.ts';
import { hasErrors } from '../model/messages.ts';
import { loadTermbase } from '../source/termbase.ts';
import { loadLabels } from '../theme/labels.ts';
import type { VFile } from 'vfile';
import { checkBalancedMarks } from './balanced-marks.ts';
import type { CheckRule } from './context.ts';
import { checkDeck } from './deck.ts';
import { checkFigureValues } from './figures.ts';
import { checkGlyphCoverage } from './glyph-coverage.ts';
import { checkLength, checkNumbers, checkTerminology, checkUntranslated } from './translation.ts';

/** The rules, in the order they run. */
const RULES: CheckRule[] = [checkBalancedMarks, checkNumbers, checkTerminology, checkLength, checkUntranslated, checkFigureValues, checkDeck, checkGlyphCoverage];

export interface CheckResult {
  report: Awaited<ReturnType<typeof loadReport>>['report'];
  files: VFile[];
  ok: boolean;
}

export interface CheckOptions {
  /** The templates folder whose labels the outputs print; the shipped one by default. */
  templatesDir?: string;
}

/** Parses the source folder into the model and runs every rule; diagnostics land on the files. */
export async function checkSource(sourceDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const loaded = await loadReport(sourceDir);
  const termbase = await loadTermbase(sourceDir);
  const files = termbase.file ? [...loaded.files, termbase.file] : loaded.files;
  const markdown = [loaded.sources.zh, loaded.sources.en].filter((file): file is VFile => file !== undefined);
  if (loaded.report && !hasErrors(markdown)) {
    const labels = loadLabels(options.templatesDir);
    for (const rule of RULES) await rule({ report: loaded.report, files: loaded.sources, termbase, sourceDir, labels });
  }
  return { report: loaded.report, files, ok: !hasErrors(files) };
}
