import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Every name report-press writes in a folder of the user's for its own use starts so (staging files, the cache). */
export const OWN_PREFIX = '.report-press-';

/** `.report-press-report.pdf.1234.tmp`: the build's process id, so a later build can tell a dead build's leftovers. */
function stagingName(target: string, suffix: 'tmp' | 'old'): string {
  return path.join(path.dirname(target), `${OWN_PREFIX}${path.basename(target)}.${process.pid}.${suffix}`);
}

/** Writes to a temporary file beside the target, then renames: a reader sees the old file or the new one, never half. */
export async function writeAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = stagingName(target, 'tmp');
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Builds a folder under a temporary name, then swaps it into place. */
export async function replaceFolder(target: string, fill: (folder: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const temporary = stagingName(target, 'tmp');
  const old = stagingName(target, 'old');
  await rm(temporary, { recursive: true, force: true });
  try {
    await mkdir(temporary, { recursive: true });
    await fill(temporary);
    await rename(target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temporary, target);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}
