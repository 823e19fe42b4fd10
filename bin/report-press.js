#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { compiledEntry } from '../src/common/code-key.js';

// React (inside react-pdf) runs its development build unless told otherwise: about 170 ms of a cold print build.
process.env.NODE_ENV ??= 'production';
// Stack traces for bug reports name the TypeScript lines, not the compiled ones (`--verbose` shows them).
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);

// The compiled copy of exactly the code in src/ as it is now (`make` compiles it), else src/ through tsx: tsx's hooks
// cost a round trip to their thread for every module (`node --import tsx -e 0` 0.25 s against 0.08 s for `node -e 0`).
const compiled = compiledEntry(fileURLToPath(new URL('..', import.meta.url)));
if (compiled) await import(compiled);
else {
  const { register } = await import('tsx/esm/api');
  // The project's tsconfig, whatever the working directory: it sets the JSX runtime of the print PDF.
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  await import('../src/cli/main.ts');
}
