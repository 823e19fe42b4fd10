import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The script-tag builds only: over file:// the ESM build is blocked by CORS. No reveal theme: its fonts are unsubset. */
const REVEAL_FILES = ['reveal.js', 'reveal.css', 'plugin/notes.js'];
const OWN_FILES = ['deck.js', 'deck.css'];

/** Copies reveal.js and the deck's own script and stylesheet into the deck folder, so it runs from disk. */
export async function copyRevealAssets(folder: string): Promise<void> {
  const revealDist = path.dirname(require.resolve('reveal.js'));
  const ownDir = fileURLToPath(new URL('assets/', import.meta.url));
  await mkdir(path.join(folder, 'reveal', 'plugin'), { recursive: true });
  await Promise.all([
    ...REVEAL_FILES.map((file) => copyFile(path.join(revealDist, file), path.join(folder, 'reveal', file))),
    ...OWN_FILES.map((file) => copyFile(path.join(ownDir, file), path.join(folder, file))),
  ]);
}
