// A worker thread starts without the TypeScript loader of the thread that made it (Node 20): it registers its own,
// with the project's tsconfig as bin/report-press.js does, then runs the edition worker.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) });
await import('./edition-worker.ts');
