import { rmSync } from 'node:fs';
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { projectDir, runCli } from './cli.ts';

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

/**
 * A copy of `from` (a source folder of the project) with output folders beside it, and `build`, which runs
 * `build --only pdf` with the dates pinned into one of them and asserts it succeeded; removed when the test file ends.
 */
export async function printWorkspace(prefix: string, from: string): Promise<{ work: string; source: string; out: string; cold: string; build: (folder: string, ...args: string[]) => void }> {
  const work = await mkdtemp(path.join(tmpdir(), `report-press-${prefix}-`));
  made.push(work);
  const [source, out, cold] = ['source', 'output', 'cold'].map((name) => path.join(work, name));
  await cp(path.join(projectDir, from), source, { recursive: true });
  const build = (folder: string, ...args: string[]): void => {
    // Under SOURCE_DATE_EPOCH the PDFs repeat byte for byte (tests/pipeline/reproducible.test.ts): any difference is the build's.
    const result = runCli(['build', '--only', 'pdf', ...args, '--source', source, '--out', folder], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    assert.equal(result.status, 0, result.stderr);
  };
  return { work, source, out, cold, build };
}

/**
 * A copy of the project (code, templates, shipped source and the files the code key reads) with `node_modules` linked
 * to this one's, for tests that compile or edit the code; removed when the test file ends.
 */
export async function copyOfProject(prefix: string): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), `report-press-${prefix}-`));
  made.push(work);
  for (const name of ['bin', 'src', 'templates', 'source', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    await cp(path.join(projectDir, name), path.join(work, name), { recursive: true });
  }
  await symlink(path.join(projectDir, 'node_modules'), path.join(work, 'node_modules'));
  return work;
}
