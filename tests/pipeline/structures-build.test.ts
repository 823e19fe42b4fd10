import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';
import { readPdf } from '../helpers/pdf.ts';

const source = path.join(projectDir, 'tests/fixtures/structures');
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('the deck and the handouts of a report with tables, numbered items and appendices', () => {
  let work: string;
  let out: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-structures-'));
    out = path.join(work, 'output');
    const built = runCli(['build', '--source', source, '--out', out, '--only', 'slides,handouts']);
    assert.equal(built.status, 0, built.stderr + built.stdout);
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('prints the glossary terms on the handout sheet', async () => {
    const text = squeeze((await readPdf(path.join(out, 'handouts.pdf'))).text);
    for (const term of ['民生实事', '高新技术企业']) assert.ok(text.includes(term), `handouts.pdf lacks ${term}`);
  });

  it('titles the handouts with the glossary heading the source gives, as the deck does', async () => {
    const sheet = squeeze((await readPdf(path.join(out, 'handouts.pdf'))).text);
    const large = squeeze((await readPdf(path.join(out, 'handouts-large.pdf'))).text);
    assert.ok(sheet.includes('政府工作报告名词、术语注释'), 'the sheet is titled with the source heading');
    assert.ok(sheet.includes('NotesonTermsintheGovernmentWorkReport'), 'and its English');
    assert.ok(large.includes('政府工作报告名词、术语注释（大字版）'), 'the large print wraps the source heading in its edition label');
    assert.ok(!sheet.includes('名词解释'), 'no fixed 名词解释 beside it');
    const html = await readFile(path.join(out, 'slides/index.html'), 'utf8');
    assert.ok(html.includes('政府工作报告名词、术语注释'), 'the deck has the same title');
  });

  it('shows the glossary in the deck', async () => {
    const html = await readFile(path.join(out, 'slides/index.html'), 'utf8');
    for (const term of ['民生实事', '高新技术企业']) assert.ok(html.includes(term), `the deck lacks ${term}`);
  });
});
