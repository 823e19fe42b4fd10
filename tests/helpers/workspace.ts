import { rmSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectDir } from './cli.ts';

const made: string[] = [];
// Each test file runs in a process of its own: its copies go when it ends, passed or failed.
process.once('exit', () => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A temporary copy of the shipped source and an output folder beside it, for tests that edit or build; removed when the test file ends. */
export async function copyOfSource(prefix: string): Promise<{ source: string; out: string }> {
  const work = await mkdtemp(path.join(tmpdir(), `report-press-${prefix}-`));
  made.push(work);
  const source = path.join(work, 'source');
  await cp(path.join(projectDir, 'source'), source, { recursive: true });
  return { source, out: path.join(work, 'output') };
}

/** The same, of `from` (a source folder of the project, the shipped one by default), with a copy of the shipped templates beside it to edit. */
export async function copyWithTemplates(prefix: string, from = 'source'): Promise<{ source: string; templates: string; out: string }> {
  const work = await mkdtemp(path.join(tmpdir(), `report-press-${prefix}-`));
  made.push(work);
  const [source, templates, out] = ['source', 'templates', 'output'].map((name) => path.join(work, name));
  await cp(path.join(projectDir, from), source, { recursive: true });
  await cp(path.join(projectDir, 'templates'), templates, { recursive: true });
  return { source, templates, out };
}
