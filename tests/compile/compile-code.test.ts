import assert from 'node:assert/strict';
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { COMPILED_DIR, readCode } from '../../src/common/code-key.js';
import { copyOfProject } from '../helpers/workspace.ts';

const COMPILING = /^\.tmp-\d+-/;

function run(project: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
}

/** The project's own CLI, in `project`. */
function runBin(project: string, args: string[]): SpawnSyncReturns<string> {
  return run(project, [path.join(project, 'bin/report-press.js'), ...args]);
}

function compile(project: string): void {
  const result = run(project, ['--import', 'tsx', 'src/compile/run-compile.ts']);
  assert.equal(result.status, 0, result.stderr);
}

const compiledLine = /running the compiled copy in \.compiled\/([0-9a-f]{64})\//;
const tsxLine = /running src\/ through tsx/;

describe('the compiled copy of src/', () => {
  // One compiled project for the first three tests (the third changes its copy, so it comes last of them).
  let project: string;
  before(async () => {
    project = await copyOfProject('compile');
    compile(project);
  });

  it('holds every file of src/ under its own name, TypeScript as .js, in a folder named by the code key', async () => {
    const { key, files } = readCode(project);
    const compiled = path.join(project, COMPILED_DIR, key, 'src');
    for (const { file } of files) {
      const relative = path.relative(path.join(project, 'src'), file);
      const expected = /\.tsx?$/.test(relative) && !relative.endsWith('.d.ts') ? relative.replace(/\.tsx?$/, '.js') : relative;
      assert.ok(existsSync(path.join(compiled, expected)), `${expected} is missing from the compiled copy`);
    }
    assert.deepEqual(await readFile(path.join(compiled, 'render/slides/assets/deck.css')), await readFile(path.join(project, 'src/render/slides/assets/deck.css')));
    assert.deepEqual((await readdir(path.join(project, COMPILED_DIR))).filter((name) => COMPILING.test(name)), [], 'a staging folder was left behind');
  });

  it('resolves every import of every module with Node alone, without tsx', async () => {
    const { key } = readCode(project);
    // import.meta.resolve resolves as `import` would, without running the module (some are scripts); it does not look
    // for the file a relative specifier names, so the script does.
    const script = `
      import { existsSync, readdirSync, readFileSync } from 'node:fs';
      import path from 'node:path';
      import { fileURLToPath, pathToFileURL } from 'node:url';
      import ts from 'typescript';
      const root = process.argv[1];
      for (const entry of readdirSync(root, { recursive: true }).filter((name) => name.endsWith('.js'))) {
        const file = path.join(root, entry);
        for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
          try {
            const url = import.meta.resolve(fileName, pathToFileURL(file).href);
            if (url.startsWith('file:') && !existsSync(fileURLToPath(url))) console.log(entry + ': ' + fileName + ': no such file');
          } catch (error) {
            console.log(entry + ': ' + fileName + ': ' + error.code);
          }
        }
      }`;
    const result = run(project, ['--experimental-import-meta-resolve', '--input-type=module', '-e', script, path.join(project, COMPILED_DIR, key, 'src')]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '', `imports that plain Node cannot resolve:\n${result.stdout}`);
  });

  it('is what bin/report-press.js runs while it is current, and builds the deck from it (templates, reveal.js and its own assets)', async () => {
    const { key } = readCode(project);
    const version = runBin(project, ['--version']);
    assert.equal(version.stdout.trim(), JSON.parse(await readFile(path.join(project, 'package.json'), 'utf8')).version);
    // Proof that the copy's code is what runs: a text changed in the compiled main.js only shows.
    const main = path.join(project, COMPILED_DIR, key, 'src/cli/main.js');
    await writeFile(main, (await readFile(main, 'utf8')).replace('parse and validate the source', 'compiled: parse and validate the source'));
    assert.match(runBin(project, ['help', 'check']).stdout, /compiled: parse and validate the source/);
    const built = runBin(project, ['--verbose', 'build', '--only', 'slides', '--out', path.join(project, 'output')]);
    assert.equal(built.status, 0, built.stderr);
    assert.equal(compiledLine.exec(built.stderr)?.[1], key, built.stderr);
    for (const file of ['slides/index.html', 'slides/deck.js', 'slides/deck.css', 'slides/reveal/reveal.js', 'slides.pdf']) {
      assert.ok(existsSync(path.join(project, 'output', file)), `${file} was not built from the compiled copy`);
    }
  });

  it('is left aside once src/ is edited: bin runs the edited code through tsx until it is compiled again', async () => {
    const project = await copyOfProject('compile-edit');
    compile(project);
    const mainTs = path.join(project, 'src/cli/main.ts');
    await writeFile(mainTs, (await readFile(mainTs, 'utf8')).replace('parse and validate the source', 'edited: parse and validate the source'));
    assert.match(runBin(project, ['help', 'check']).stdout, /edited: parse and validate the source/);
    const checked = runBin(project, ['--verbose', 'check']);
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stderr, tsxLine);
    compile(project);
    const again = runBin(project, ['--verbose', 'check']);
    assert.equal(compiledLine.exec(again.stderr)?.[1], readCode(project).key, again.stderr);
    assert.match(runBin(project, ['help', 'check']).stdout, /edited: parse and validate the source/);
  });

  it('is never half-written: a compile killed while writing leaves no copy, bin runs tsx, the next compile finishes it', async () => {
    const project = await copyOfProject('compile-kill');
    const root = path.join(project, COMPILED_DIR);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/compile/run-compile.ts'], { cwd: project, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Killed once its staging folder holds a first file, long before the last of some 200 is written.
    for (;;) {
      const staging = (await readdir(root).catch(() => [])).find((name) => COMPILING.test(name));
      if (staging && (await readdir(path.join(root, staging), { recursive: true }).catch(() => [])).length > 0) break;
      assert.equal(child.exitCode, null, 'the compile ended before it could be killed');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    await exited;
    const left = await readdir(root);
    assert.deepEqual(left.filter((name) => /^[0-9a-f]{64}$/.test(name)), [], 'a killed compile left a copy in place');
    assert.equal(left.filter((name) => COMPILING.test(name)).length, 1);
    const checked = runBin(project, ['--verbose', 'check']);
    assert.equal(checked.status, 0, checked.stderr);
    assert.match(checked.stderr, tsxLine);
    compile(project);
    assert.deepEqual(await readdir(root), [readCode(project).key]);
    assert.match(runBin(project, ['--verbose', 'check']).stderr, compiledLine);
  });
});
