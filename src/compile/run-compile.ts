// `make` runs this when a file of src/ is newer than the last compile: node --import tsx src/compile/run-compile.ts
import path from 'node:path';
import { projectDir } from '../common/code-location.ts';
import { compileCode } from './compile-code.ts';

const result = await compileCode(projectDir);
const where = path.relative(process.cwd(), result.folder);
console.log(result.compiled ? `compiled src/ into ${where}` : `src/ is compiled already: ${where}`);
