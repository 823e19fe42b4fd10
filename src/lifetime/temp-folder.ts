import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finishBeforeExit, onInterrupt } from './cleanup.ts';

/** `report-press-<purpose>-<pid>-XXXXXX`: the pid tells a later build whether the folder's owner is still alive. */
const OWN_FOLDER = /^report-press-(handouts|chromium)-(\d+)-[A-Za-z0-9]{6}$/;

export type TempPurpose = 'handouts' | 'chromium';

export interface TempFolder {
  path: string;
  remove: () => Promise<void>;
}

/**
 * This process's temp folders not yet removed by `remove()`. Whatever ends the process, they go with it, synchronously
 * at its exit: after an interruption the build's code still runs while Chromium closes, and could write into a
 * folder its interrupt task had already removed.
 */
const live = new Set<string>();
let removedAtExit = false;

function removeAtExit(folder: string): void {
  live.add(folder);
  if (removedAtExit) return;
  removedAtExit = true;
  process.once('exit', () => {
    for (const each of live) rmSync(each, { recursive: true, force: true });
  });
}

/** A folder under the system temp folder, removed by `remove()`, when the process is interrupted, or at its exit. */
export async function makeTempFolder(purpose: TempPurpose): Promise<TempFolder> {
  const folder = await finishBeforeExit(mkdtemp(path.join(os.tmpdir(), `report-press-${purpose}-${process.pid}-`)));
  removeAtExit(folder);
  const removeNow = (): Promise<void> => rm(folder, { recursive: true, force: true });
  const unregister = onInterrupt(removeNow);
  return {
    path: folder,
    remove: async () => {
      unregister();
      live.delete(folder);
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
