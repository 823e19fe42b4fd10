import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** src/'s parent: the project when src/ runs through tsx, `.compiled/<code key>/` when the compiled copy runs. */
const copyDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Whether this process runs the compiled copy (`.js` files, names kept, under `.compiled/<code key>/src/`) rather
 * than `src/` through tsx (`.ts`, `.tsx`): a module's own `import.meta.url` tells the same by its extension.
 */
export const runsCompiled = import.meta.url.endsWith('.js');

/** The key of the code that runs, when it is a compiled copy: its folder is named by it (`src/common/code-key.js`). */
export const compiledKey = runsCompiled ? path.basename(copyDir) : undefined;

/** The project folder (package.json, templates/, src/), with a trailing separator, from either copy. */
export const projectDir = runsCompiled ? path.join(copyDir, '..', '..', path.sep) : copyDir;
