import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onInterrupt } from './cleanup.ts';

/** `report-press-<purpose>-<pid>-XXXXXX`: the pid tells a later build whether the folder's owner is still alive. */
const OWN_FOLDER = /^report-press-(handouts|chromium)-(\d+)-[A-Za-z0-9]{6}$/;

export type TempPurpose = 'handouts' | 'chromium';

export interface TempFolder {
  path: string;
  remove: () => Promise<void>;
}

/** A folder under the system temp folder, removed by `remove()` or when the process is interrupted. */
export async function makeTempFolder(purpose: TempPurpose): Promise<TempFolder> {
  const folder = await mkdtemp(path.join(os.tmpdir(), `report-press-${purpose}-${process.pid}-`));
  const removeNow = (): Promise<void> => rm(folder, { recursive: true, force: true });
  const unregister = onInterrupt(removeNow);
  return {
    path: folder,
    remove: async () => {
      unregister();
      await removeNow();
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temp folders of report-press processes that were killed before they could (SIGKILL, power loss). */
export async function sweepTempFolders(): Promise<string[]> {
  const names = await readdir(os.tmpdir()).catch(() => [] as string[]);
  const dead = names.filter((name) => {
    const match = OWN_FOLDER.exec(name);
    return match !== null && Number(match[2]) !== process.pid && !isAlive(Number(match[2]));
  });
  await Promise.all(dead.map((name) => rm(path.join(os.tmpdir(), name), { recursive: true, force: true })));
  return dead;
}
