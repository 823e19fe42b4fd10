import { access } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { writeAtomic } from '../common/write-atomic.ts';
import { draftDeck } from './draft-deck.ts';
import { DECK_SIZE } from './mark-figures.ts';
import type { ReportSuggestions } from './suggest-report.ts';

/** Writes the draft deck.yaml of the best DECK_SIZE suggestions; an existing deck.yaml is replaced only with `force`. */
export async function writeDraftDeck(options: { sourceDir: string; report: ReportSuggestions; force: boolean }): Promise<string> {
  const target = path.join(options.sourceDir, 'deck.yaml');
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists && !options.force) throw new UserError(`${target} exists: add --force to replace it with a draft`);
  await writeAtomic(target, draftDeck(options.report.groups, options.report.figures.slice(0, DECK_SIZE)));
  return target;
}
