import assert from 'node:assert/strict';
import { mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { hanSequence, readPdf } from '../helpers/pdf.ts';
import { startCli } from '../helpers/running-cli.ts';
import { copyOfSource } from '../helpers/workspace.ts';

/** The first glossary item, edited in both languages. */
const EDITS = {
  'report.zh.md': ['双查双管:指在疫情防控期间', '双查双管:指在疫情防控的特殊期间'],
  'report.en.md': ['During COVID-19 epidemic prevention and control,', 'During the special period of COVID-19 epidemic prevention and control,'],
} as const;
const EDITED_ZH = '疫情防控的特殊期间';

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  assert.ok(text.includes(from), `${file} holds "${from}"`);
  await writeFile(file, text.replace(from, to));
}

async function chineseOf(pdf: string): Promise<string> {
  return hanSequence((await readPdf(pdf)).text);
}

describe('a build killed after the print PDFs, then the edit reverted', () => {
  let source: string;
  let out: string;

  before(async () => {
    ({ source, out } = await copyOfSource('revert'));
    const first = runCli(['build', '--only', 'pdf,handouts', '--source', source, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
  });

  after(async () => {
    await rm(path.dirname(source), { recursive: true, force: true });
  });

  it('is followed by a build that makes the reverted text again, not "up to date"', async () => {
    for (const [name, [from, to]] of Object.entries(EDITS)) await edit(path.join(source, name), from, to);
    const killed = startCli(['build', '--only', 'pdf,handouts', '--source', source, '--out', out]);
    await killed.waitFor(/^pdf\s+\d+\.\d+ s$/m);
    killed.child.kill('SIGKILL');
    await killed.exited;
    assert.ok((await chineseOf(path.join(out, 'report.zh.pdf'))).includes(EDITED_ZH), 'the killed build wrote the edited print PDF');

    for (const [name, [from, to]] of Object.entries(EDITS)) await edit(path.join(source, name), to, from);
    const reverted = runCli(['build', '--only', 'pdf,handouts', '--source', source, '--out', out]);
    assert.equal(reverted.status, 0, reverted.stderr);
    assert.doesNotMatch(reverted.stdout, /up to date/);
    assert.ok(!(await chineseOf(path.join(out, 'report.zh.pdf'))).includes(EDITED_ZH), 'report.zh.pdf holds the reverted text');
  });
});

describe('a source file that is a symbolic link', () => {
  let source: string;
  let out: string;
  let target: string;

  before(async () => {
    ({ source, out } = await copyOfSource('symlink'));
    const elsewhere = path.join(path.dirname(source), 'elsewhere');
    await mkdir(elsewhere);
    target = path.join(elsewhere, 'report.zh.md');
    await rename(path.join(source, 'report.zh.md'), target);
    await symlink(target, path.join(source, 'report.zh.md'));
  });

  after(async () => {
    await rm(path.dirname(source), { recursive: true, force: true });
  });

  it('is followed: an edit of its target is built', async () => {
    const first = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
    await edit(target, ...EDITS['report.zh.md']);
    const second = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /^handouts\s+\d+\.\d+ s$/m);
    assert.ok((await chineseOf(path.join(out, 'handouts.pdf'))).includes(EDITED_ZH), 'the rebuilt handouts show the edited Chinese');
  });

  for (const [kind, make] of [
    ['a folder', (link: string) => symlink(path.dirname(target), link)],
    ['nothing', (link: string) => symlink(path.join(path.dirname(target), 'missing.md'), link)],
  ] as const) {
    it(`pointing at ${kind} is an error naming it`, async () => {
      const link = path.join(source, 'notes');
      await make(link);
      try {
        const result = runCli(['build', '--only', 'handouts', '--source', source, '--out', out]);
        assert.equal(result.status, 1);
        assert.match(result.stderr.trim(), /^report-press: \S+notes is a symbolic link to .*, which is not a regular file: [^\n]+$/);
      } finally {
        await rm(link);
      }
    });
  }
});
