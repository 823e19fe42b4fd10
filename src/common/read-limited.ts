import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Byte caps per kind of input: twenty times the largest report seen (report.en.md 86 KB, termbase 9 KB) and more. */
export const INPUT_LIMITS = {
  markdown: 16 * 1024 * 1024,
  yaml: 1024 * 1024,
  text: 16 * 1024 * 1024,
  docx: 64 * 1024 * 1024,
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

/** Why a file cannot be read as an input, in words for the user: not a regular file, or over its cap. */
export class InputRejected extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * Reads a regular file of at most the cap of its kind. A device, FIFO or folder (or a symlink to one, such as
 * /dev/zero) is refused before a byte is read, and the read stops at the cap even if the file grows meanwhile.
 */
export async function readLimited(filePath: string, kind: InputKind): Promise<Buffer> {
  const limit = INPUT_LIMITS[kind];
  // O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever; regular files ignore it.
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
    throw new InputRejected(`cannot open it (${error.code})`);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputRejected('not a regular file: give a file, not a device, pipe or folder');
    if (info.size > limit) throw new InputRejected(`${megabytes(info.size)} is more than the ${megabytes(limit)} an input of this kind may have`);
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new InputRejected(`more than the ${megabytes(limit)} an input of this kind may have`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
