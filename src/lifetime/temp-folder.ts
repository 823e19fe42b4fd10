import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finishBeforeExit } from './cleanup.ts';

/** `report-press-<purpose>-<pid>-XXXXXX`: the pid tells a later build whether the folder's owner is still alive. */
const OWN_FOLDER = /^report-press-(handouts|chromium)-(\d+)-[A-Za-z0-9]{6}$/;

export type TempPurpose = 'handouts' | 'chromium';

export interface TempFolder {
  path: string;
  remove: () => Promise<void>;
}

/**
 * This process's temp folders not yet removed by `remove()`. Whatever ends the process (an interruption ends in
 * process.exit, see cleanup.ts), they go with it, synchronously at its exit: the build's code still runs while
 * Chromium closes, and a folder removed earlier could be written into again.
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

/**
 * A folder under the system temp folder, removed by `remove()` or at the process's exit, however it ends but SIGKILL
 * (the next build sweeps those).
 */
export async function makeTempFolder(purpose: TempPurpose): Promise<TempFolder> {
  const folder = await finishBeforeExit(mkdtemp(path.join(os.tmpdir(), `report-press-${purpose}-${process.pid}-`)));
  removeAtExit(folder);
  return {
    path: folder,
    remove: async () => {
      live.delete(folder);
      await rm(folder, { recursive: true, force: true });
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
