import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { COMPILED_DIR, readCode } from '../common/code-key.js';
import { isAlive } from '../lifetime/temp-folder.ts';

/** `.tmp-<pid>-XXXXXX`: a copy being written; the pid tells a later compile whether its writer is still alive. */
const STAGING = /^\.tmp-(\d+)-[A-Za-z0-9]{6}$/;

export interface CompileResult {
  key: string;
  folder: string;
  /** False when a copy of this code was there already. */
  compiled: boolean;
}

/** The project's compiler options for a transpiler that sees one file at a time and writes ES modules. */
function transpileOptions(tsconfig: Buffer): ts.CompilerOptions {
  const { config, error } = ts.parseConfigFileTextToJson('tsconfig.json', tsconfig.toString('utf8'));
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, '.');
  // NodeNext would choose CommonJS or ESM from a package.json it cannot see here: the package is "type": "module".
  return { ...options, noEmit: false, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, rewriteRelativeImportExtensions: true, sourceMap: true };
}

/** Writes `file` of src/ into `staging` as it runs: TypeScript as a `.js` module with its source map, anything else as is. */
async function writeCompiled(options: { src: string; staging: string; final: string; file: string; content: Buffer; compilerOptions: ts.CompilerOptions }): Promise<void> {
  const relative = path.relative(options.src, options.file);
  const isTypeScript = /\.tsx?$/.test(relative) && !relative.endsWith('.d.ts');
  const target = path.join(options.staging, 'src', isTypeScript ? relative.replace(/\.tsx?$/, '.js') : relative);
  await mkdir(path.dirname(target), { recursive: true });
  if (!isTypeScript) return writeFile(target, options.content);
  const output = ts.transpileModule(options.content.toString('utf8'), { compilerOptions: options.compilerOptions, fileName: relative, reportDiagnostics: true });
  if (output.diagnostics?.length) {
    const text = output.diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')).join('\n');
    throw new Error(`src/${relative}: ${text}`);
  }
  // The map names the .ts file in src/, as seen from where the copy will be (`--verbose` stack traces point there).
  const map = JSON.parse(output.sourceMapText!) as { sources: string[] };
  map.sources = [path.relative(path.dirname(path.join(options.final, 'src', relative)), options.file)];
  await writeFile(target, output.outputText);
  await writeFile(`${target}.map`, JSON.stringify(map));
}

/** Copies kept beside the current one: a process started from an earlier copy (`watch`) may still import from it. */
const EARLIER_COPIES = 2;

/** Removes all but the newest copies of earlier code, and the staging folders of compiles that were killed. */
async function prune(root: string, current: string): Promise<void> {
  const names = await readdir(root);
  const dead = names.filter((name) => {
    const staging = STAGING.exec(name);
    return staging !== null && !isAlive(Number(staging[1]));
  });
  const earlier = names.filter((name) => /^[0-9a-f]{64}$/.test(name) && name !== current);
  const made = await Promise.all(earlier.map(async (name) => ({ name, time: (await stat(path.join(root, name))).mtimeMs })));
  const old = made.sort((a, b) => b.time - a.time).slice(EARLIER_COPIES).map(({ name }) => name);
  await Promise.all([...dead, ...old].map((name) => rm(path.join(root, name), { recursive: true, force: true })));
}

/**
 * Compiles src/ into `.compiled/<code key>/src/`, the tree's shape and file names kept (`.ts`, `.tsx` → `.js`),
 * from the bytes the key was computed from. The copy is written in a staging folder and renamed into place whole:
 * a killed compile leaves no folder that bin/report-press.js would take for a copy.
 */
export async function compileCode(projectDir: string): Promise<CompileResult> {
  const code = readCode(projectDir);
  const root = path.join(projectDir, COMPILED_DIR);
  const folder = path.join(root, code.key);
  await mkdir(root, { recursive: true });
  const present = await readdir(folder).then(
    () => true,
    () => false,
  );
  if (!present) {
    const staging = await mkdtemp(path.join(root, `.tmp-${process.pid}-`));
    try {
      const compilerOptions = transpileOptions(code.tsconfig);
      await Promise.all(code.files.map(({ file, content }) => writeCompiled({ src: code.src, staging, final: folder, file, content, compilerOptions })));
      // mkdtemp makes the folder private: the copy is as readable as src/.
      await chmod(staging, 0o755);
      await rename(staging, folder);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      // Another compile of the same code renamed its copy into place first: that copy is as good.
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  await prune(root, code.key);
  return { key: code.key, folder, compiled: !present };
}
