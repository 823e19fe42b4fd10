import { loadReport } from '../model/load-report.ts';
import { hasErrors } from '../model/messages.ts';
import { loadTermbase } from '../source/termbase.ts';
import { loadLabels } from '../theme/labels.ts';
import type { VFile } from 'vfile';
import { checkBalancedMarks } from './balanced-marks.ts';
import { checkAlignment } from './alignment.ts';
import { type StoredCheck, emptyStoredCheck } from './check-cache.ts';
import type { CheckRule } from './context.ts';
import { checkDeck } from './deck.ts';
import { checkFigureValues } from './figures.ts';
import { checkGlossaryLike } from './glossary-like.ts';
import { checkGlyphCoverage } from './glyph-coverage.ts';
import { checkAppendixPlacement, checkClosing, checkPartParagraphs, checkRunInLength } from './structure.ts';
import { checkLongRuns } from './long-runs.ts';
import { checkTableRows, checkTableShapes } from './table-shapes.ts';
import { checkSentenceLength } from './sentence-length.ts';
import { checkLength, checkNumbers, checkTerminology, checkUntranslated } from './translation.ts';

/** The rules, in the order they run. */
const RULES: CheckRule[] = [
  checkClosing,
  checkPartParagraphs,
  checkAppendixPlacement,
  checkRunInLength,
  checkGlossaryLike,
  checkTableShapes,
  checkTableRows,
  checkBalancedMarks,
  checkAlignment,
  checkNumbers,
  checkTerminology,
  checkLength,
  checkUntranslated,
  checkFigureValues,
  checkDeck,
  checkGlyphCoverage,
  checkLongRuns,
];

/** The translator's QA: consistency across the report and sentence length (about 1.7 s of CPU on the seed, so `build` leaves it to `check`). */
export interface TranslationQa {
  /** Longest English sentence, in words, before a warning. */
  maxSentenceWords: number;
}

export interface CheckResult {
  report: Awaited<ReturnType<typeof loadReport>>['report'];
  files: VFile[];
  ok: boolean;
  /** What the next check with the same code, fonts and templates may reuse: this source's trees and glyph answers. */
  stored: StoredCheck;
}

export interface CheckOptions {
  /** The templates folder whose labels the outputs print; the shipped one by default. */
  templatesDir?: string;
  translationQa?: TranslationQa;
  /** What the last check with the same code, fonts and templates stored (see StoredCheck). */
  stored?: StoredCheck;
}

/** Parses the source folder into the model and runs every rule (and the translation QA when asked); diagnostics land on the files. */
export async function checkSource(sourceDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const previous = options.stored ?? emptyStoredCheck();
  const stored = emptyStoredCheck();
  const loaded = await loadReport(sourceDir, { trees: { previous: previous.trees, next: stored.trees } });
  const termbase = await loadTermbase(sourceDir);
  const files = termbase.file ? [...loaded.files, termbase.file] : loaded.files;
  const markdown = [loaded.sources.zh, loaded.sources.en].filter((file): file is VFile => file !== undefined);
  if (loaded.report && !hasErrors(markdown)) {
    const context = { report: loaded.report, files: loaded.sources, termbase, sourceDir, labels: loadLabels(options.templatesDir), glyphs: { previous: previous.covered, next: stored.covered } };
    for (const rule of RULES) await rule(context);
    // The translation QA reads a sound source only: an error elsewhere (a broken termbase) is reported at once.
    // Its word segmenter (jieba and its dictionary) and stemmer are loaded only for it: `build` does without them.
    const qa = options.translationQa && !hasErrors(files) ? [checkSentenceLength(options.translationQa.maxSentenceWords), (await import('./consistency.ts')).checkConsistency] : [];
    for (const rule of qa) await rule(context);
  }
  return { report: loaded.report, files, ok: !hasErrors(files), stored };
}
