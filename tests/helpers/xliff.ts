import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectDir, runCli } from './cli.ts';

export const xliffSchema = path.join(projectDir, 'tests/fixtures/xliff/schema/xliff_core_2.0.xsd');

/** xmllint (Debian libxml2-utils) against a schema copied into tests/fixtures. */
export function validate(file: string, schema: string): { status: number | null; stderr: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

/** The target of one unit, for editing as a translator's tool would. */
export function editTarget(xml: string, unitId: string, change: (target: string) => string): string {
  const unit = xml.indexOf(`<unit id="${unitId}"`);
  if (unit < 0) throw new Error(`no unit ${unitId} in the export`);
  const start = xml.indexOf('<target', unit);
  const end = xml.indexOf('</target>', start);
  return xml.slice(0, start) + change(xml.slice(start, end)) + xml.slice(end);
}

/** The 1-based line and column where `text` first stands in `xml`. */
export function placeOf(xml: string, text: string): { line: number; column: number } {
  const before = xml.slice(0, xml.indexOf(text)).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function lineOf(xml: string, text: string): number {
  return placeOf(xml, text).line;
}

/** The id of the originalData element holding `markup` in one unit. */
export function dataIdOf(xml: string, unitId: string, markup: string): string {
  const unit = xml.slice(xml.indexOf(`<unit id="${unitId}"`));
  const match = new RegExp(`<data id="(d\\d+)" xml:space="preserve">${markup}</data>`).exec(unit.slice(0, unit.indexOf('</unit>')));
  if (!match) throw new Error(`no data ${markup} in unit ${unitId}`);
  return match[1];
}

/** Writes an edited copy of an exported XLIFF file, puts `english` back as report.en.md, and imports the copy. */
export async function importEdited(options: {
  xliff: string;
  source: string;
  english: string;
  name: string;
  edit: (xml: string) => string;
}): Promise<{ status: number | null; stdout: string; english: string; file: string }> {
  const file = path.join(path.dirname(options.xliff), `${options.name}.xlf`);
  await writeFile(file, options.edit(await readFile(options.xliff, 'utf8')));
  await writeFile(path.join(options.source, 'report.en.md'), options.english);
  const result = runCli(['xliff', 'import', file, '--source', options.source]);
  return { status: result.status, stdout: result.stdout, english: await readFile(path.join(options.source, 'report.en.md'), 'utf8'), file };
}
