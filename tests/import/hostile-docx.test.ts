import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type CliResult, runCli } from '../helpers/cli.ts';
import { writeZip } from '../helpers/zip-writer.ts';

const CONTENT_TYPES = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** One line on stderr naming the input, exit 1, no stack trace. */
function assertOneLineError(result: CliResult, file: string, reason: RegExp): void {
  assert.equal(result.status, 1, `exit ${result.status}: ${result.stderr.slice(0, 500)}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr.slice(0, 1000));
  assert.ok(lines[0].includes(file), lines[0]);
  assert.match(lines[0], reason);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
}

describe('import of a hostile or broken input', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'report-press-hostile-import-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('refuses a .docx whose document inflates to 300 MB, before inflating it', async () => {
    const bomb = path.join(folder, 'bomb.docx');
    await writeFile(bomb, await writeZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: Buffer.from('<w:p/>     '), repeat: 30_000_000 }]));
    assertOneLineError(runCli(['import', bomb, '--out', path.join(folder, 'out')], { bounded: 'hostile-input' }), bomb, /inflates to more than 128 MB/);
  });

  it('refuses a .docx that declares a small document but inflates to 300 MB', async () => {
    const liar = path.join(folder, 'liar.docx');
    await writeFile(liar, await writeZip([{ name: 'word/document.xml', data: Buffer.alloc(1 << 20), repeat: 300, declaredSize: 4096 }]));
    assertOneLineError(runCli(['import', liar, '--out', path.join(folder, 'out')], { bounded: 'hostile-input' }), liar, /too many bytes|size/i);
  });

  it('refuses a .docx of more parts than a Word document has', async () => {
    const many = path.join(folder, 'many.docx');
    await writeFile(many, await writeZip(Array.from({ length: 2500 }, (_, index) => ({ name: `word/part${index}.xml`, data: Buffer.from('<x/>') }))));
    assertOneLineError(runCli(['import', many, '--out', path.join(folder, 'out')], { bounded: 'hostile-input' }), many, /2500 parts, more than 2000/);
  });

  it('says in one line that a corrupt .docx is not a Word file', async () => {
    const corrupt = path.join(folder, 'corrupt.docx');
    await writeFile(corrupt, 'PK\u0003\u0004 this is not really a zip file at all');
    assertOneLineError(runCli(['import', corrupt, '--out', path.join(folder, 'out')]), corrupt, /not a readable Word \.docx file/);
  });

  it('refuses a .txt that is a symlink to /dev/zero without reading it', async () => {
    const zero = path.join(folder, 'zero.txt');
    await symlink('/dev/zero', zero);
    assertOneLineError(runCli(['import', zero, '--out', path.join(folder, 'out')], { bounded: 'hostile-input' }), zero, /not a regular file/);
  });
});
