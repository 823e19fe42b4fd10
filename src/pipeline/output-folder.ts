import { access, constants, mkdir, readdir, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { hasCache, readCache } from './cache.ts';
import { renderers } from './renderers.ts';
import { OWN_PREFIX } from '../common/write-atomic.ts';

export interface OutputFolderOptions {
  outDir: string;
  sourceDir: string;
  /** Write into a folder that holds files report-press did not write. */
  force: boolean;
}

/** The folder itself when it exists, with its symlinks resolved, so `--out ~/link-to-home` is seen for what it is. */
async function resolveReal(folder: string): Promise<string> {
  return realpath(folder).catch(() => path.resolve(folder));
}

/** Empty files that only keep a folder in version control (the repository's `output/.gitkeep`): nobody's work. */
const PLACEHOLDERS = new Set(['.gitkeep']);

/** Names in the output folder that report-press did not write: not its outputs, cache or staging files. */
async function foreignNames(outDir: string): Promise<string[]> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  if (names.length === 0) return [];
  const cache = await readCache(outDir);
  const outputs = new Set(Object.values(cache.renderers ?? {}).flatMap((entry) => (entry.outputs ?? []).map((output) => output.path.split(/[\\/]/)[0])));
  // A build killed while writing into this folder for the first time left outputs its cache does not list yet;
  // the cache file, written before any output, shows that report-press wrote here.
  const started = await hasCache(outDir);
  const ours = (name: string): boolean => outputs.has(name) || (started && renderers.some((entry) => entry.writes.test(name)));
  return names.filter((name) => !name.startsWith(OWN_PREFIX) && !ours(name) && !PLACEHOLDERS.has(name)).sort();
}

/**
 * The output folder is safe to write into and exists: never `/`, the home folder or the source folder, and never a
 * folder holding files report-press did not write unless `force`. Then it must be writable, or the user learns why.
 */
export async function prepareOutputFolder(options: OutputFolderOptions): Promise<void> {
  const out = await resolveReal(options.outDir);
  const forbidden = [
    ['/', 'the root folder'],
    [await resolveReal(homedir()), 'your home folder'],
    [await resolveReal(options.sourceDir), 'the source folder'],
  ];
  const clash = forbidden.find(([folder]) => folder === out);
  if (clash) throw new UserError(`--out ${options.outDir} is ${clash[1]}: choose a folder of its own for the outputs, e.g. --out output`);
  const foreign = options.force ? [] : await foreignNames(options.outDir);
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? ` and ${foreign.length - 3} more` : '');
    throw new UserError(`--out ${options.outDir} holds files report-press did not write (${shown}): choose an empty or new folder, or pass --force to write there anyway`);
  }
  try {
    await mkdir(options.outDir, { recursive: true });
    await access(options.outDir, constants.W_OK);
  } catch (error) {
    throw new UserError(`cannot write to the output folder ${options.outDir} (${(error as NodeJS.ErrnoException).code}): fix its permissions or choose another with --out`);
  }
}
