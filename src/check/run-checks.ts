import { loadReport } from '../model/load-report.ts';
import { hasErrors } from '../model/messages.ts';
import type { Lang } from '../model/types.ts';
import { loadTermbase } from '../source/termbase.ts';
import type { VFile } from 'vfile';
import { checkBalancedMarks } from './balanced-marks.ts';
import type { CheckRule } from './context.ts';
import { checkDeck } from './deck.ts';
import { checkFigureValues } from './figures.ts';
import { checkLength, checkNumbers, checkTerminology, checkUntranslated } from './translation.ts';

/** The rules, in the order they run. */
const RULES: CheckRule[] = [checkBalancedMarks, checkNumbers, checkTerminology, checkLength, checkUntranslated, checkFigureValues, checkDeck];

export interface CheckResult {
  report: Awaited<ReturnType<typeof loadReport>>['report'];
  files: VFile[];
  ok: boolean;
}

/** Parses the source folder into the model and runs every rule; diagnostics land on the files. */
export async function checkSource(sourceDir: string, extraRules: CheckRule[] = []): Promise<CheckResult> {
  const loaded = await loadReport(sourceDir);
  const termbase = await loadTermbase(sourceDir);
  const files = termbase.file ? [...loaded.files, termbase.file] : loaded.files;
  if (loaded.report && !hasErrors(loaded.files)) {
    const byLang: Partial<Record<Lang, VFile>> = { zh: loaded.files[0], en: loaded.files[1] };
    for (const rule of [...RULES, ...extraRules]) await rule({ report: loaded.report, files: byLang, termbase, sourceDir });
  }
  return { report: loaded.report, files, ok: !hasErrors(files) };
}
