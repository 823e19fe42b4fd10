import path from 'node:path';
import { writeAtomic } from '../common/write-atomic.ts';
import { UserError } from '../errors.ts';
import { loadReport } from '../model/load-report.ts';
import { hasErrors } from '../model/messages.ts';
import { loadTermbase } from '../source/termbase.ts';
import { readSlots } from './slots.ts';
import { type UnitPair, writeXliff } from './write-xliff.ts';
import { writeTbx } from './write-tbx.ts';

export interface ExportOptions {
  sourceDir: string;
  /** The XLIFF file to write. */
  out: string;
  /** Also write the termbase as TBX to this file. */
  tbx?: string;
}

/** The report as XLIFF 2.0 for a CAT tool (and the termbase as TBX): Chinese source, English target where there is one. */
export async function exportXliff(options: ExportOptions): Promise<{ units: number; withTarget: number }> {
  const loaded = await loadReport(options.sourceDir);
  if (!loaded.report || hasErrors(loaded.files)) {
    throw new UserError(`the source in ${options.sourceDir} has errors: run \`report-press check --source ${options.sourceDir}\` and fix them first`);
  }
  const enSlots = new Map((loaded.sources.en ? readSlots(loaded.sources.en) : []).map((slot) => [slot.id, slot]));
  const units: UnitPair[] = readSlots(loaded.sources.zh).map((zh) => ({ zh, en: enSlots.get(zh.id) }));
  await writeAtomic(options.out, writeXliff({ units, original: path.basename(loaded.sources.zh.path) }));
  if (options.tbx) {
    const termbase = await loadTermbase(options.sourceDir);
    await writeAtomic(options.tbx, writeTbx(termbase, { title: loaded.report.meta.en?.title ?? loaded.report.meta.zh.title }));
  }
  return { units: units.length, withTarget: units.filter((unit) => unit.en).length };
}
