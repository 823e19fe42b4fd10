import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectDir } from './cli.ts';

/** A temporary copy of the shipped source and an output folder beside it, for tests that edit or build. */
export async function copyOfSource(prefix: string): Promise<{ source: string; out: string }> {
  const work = await mkdtemp(path.join(tmpdir(), `report-press-${prefix}-`));
  const source = path.join(work, 'source');
  await cp(path.join(projectDir, 'source'), source, { recursive: true });
  return { source, out: path.join(work, 'output') };
}
