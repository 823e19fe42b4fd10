import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { copyOfSource } from '../helpers/workspace.ts';

describe('an incremental build', () => {
  let source: string;
  let out: string;

  before(async () => {
    ({ source, out } = await copyOfSource('incremental'));
    const first = runCli(['build', '--only', 'handouts,slides', '--source', source, '--out', out]);
    assert.equal(first.status, 0, first.stderr);
  });

  it('rebuilds nothing when nothing changed', () => {
    const again = runCli(['build', '--only', 'handouts,slides', '--source', source, '--out', out]);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /^up to date/m);
  });

  it('rebuilds only the outputs whose part of the model changed', async () => {
    const english = path.join(source, 'report.en.md');
    await writeFile(english, (await readFile(english, 'utf8')).replace(':::glossary[Glossary]', ':::glossary[Glossary of Terms]'));
    const handoutsOnly = runCli(['build', '--only', 'handouts,slides', '--source', source, '--out', out]);
    assert.match(handoutsOnly.stdout, /^handouts\s+\d+\.\d+ s$/m);
    assert.match(handoutsOnly.stdout, /^slides\s+\d+\.\d+ s$/m, 'the deck shows the glossary title too');
    const unrelated = (await readFile(english, 'utf8')).replace('Fellow Deputies,', 'Fellow Deputies and guests,');
    await writeFile(english, unrelated);
    const none = runCli(['build', '--only', 'handouts,slides', '--source', source, '--out', out]);
    assert.match(none.stdout, /^handouts\s+up to date$/m);
    assert.match(none.stdout, /^slides\s+up to date$/m);
    assert.doesNotMatch(none.stdout, /^chromium/m, 'an edit no Chromium output shows starts no Chromium');
  });

  it('removes an output a setting no longer asks for', async () => {
    const withNotes = runCli(['build', '--only', 'slides', '--deck-notes', '--source', source, '--out', out]);
    assert.equal(withNotes.status, 0, withNotes.stderr);
    assert.ok((await readdir(out)).includes('slides-notes.pdf'), 'slides-notes.pdf is built');
    const without = runCli(['build', '--only', 'slides', '--source', source, '--out', out]);
    assert.equal(without.status, 0, without.stderr);
    const files = await readdir(out);
    assert.ok(files.includes('slides.pdf') && !files.includes('slides-notes.pdf'), files.join(', '));
  });
});
