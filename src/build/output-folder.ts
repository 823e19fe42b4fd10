import { access, constants, mkdir } from 'node:fs/promises';
import { UserError } from '../errors.ts';

/** The output folder exists and can be written, or the user learns why and what to do. */
export async function ensureWritable(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    await access(outDir, constants.W_OK);
  } catch (error) {
    throw new UserError(`cannot write to the output folder ${outDir} (${(error as NodeJS.ErrnoException).code}): fix its permissions or choose another with --out`);
  }
}
