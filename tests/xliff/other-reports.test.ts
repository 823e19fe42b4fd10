import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';
import { editTarget, importEdited } from '../helpers/xliff.ts';

const schema = path.join(projectDir, 'tests/fixtures/xliff/schema/xliff_core_2.0.xsd');

function validates(file: string): void {
  const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

test('another report (Luohu 2021, Chinese only) exports one unit per block with no targets, valid XLIFF 2.0', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-xliff-luohu-'));
  try {
    const source = path.join(work, 'source');
    assert.equal(runCli(['import', path.join(projectDir, 'tests/fixtures/reports/luohu-2021.zh.txt'), '--out', source]).status, 0);
    const out = path.join(work, 'luohu.xlf');
    const result = runCli(['xliff', 'export', '--source', source, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    const [, units, targets] = /(\d+) units, (\d+) with an English target/.exec(result.stdout)!;
    assert.ok(Number(units) > 50, result.stdout);
    assert.equal(targets, '0');
    const xml = await readFile(out, 'utf8');
    assert.equal(xml.match(/<unit /g)?.length, Number(units));
    assert.doesNotMatch(xml, /<target/);
    validates(out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test('a small bilingual report of another district round-trips byte for byte', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-xliff-mini-'));
  try {
    const source = path.join(work, 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
    const before = await readFile(path.join(source, 'report.en.md'), 'utf8');
    const out = path.join(work, 'mini.xlf');
    assert.equal(runCli(['xliff', 'export', '--source', source, '--out', out]).status, 0);
    validates(out);
    const imported = runCli(['xliff', 'import', out, '--source', source]);
    assert.equal(imported.status, 0, imported.stdout);
    assert.match(imported.stdout, /no change/);
    assert.equal(await readFile(path.join(source, 'report.en.md'), 'utf8'), before);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test('a report with tables, numbered lists and appendices (another district) exports every cell and appendix block and round-trips byte for byte', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-xliff-structures-'));
  try {
    const source = path.join(work, 'source');
    await cp(path.join(projectDir, 'tests/fixtures/structures'), source, { recursive: true });
    const english = await readFile(path.join(source, 'report.en.md'), 'utf8');
    const out = path.join(work, 'structures.xlf');
    assert.equal(runCli(['xliff', 'export', '--source', source, '--out', out]).status, 0);
    validates(out);
    const xml = await readFile(out, 'utf8');
    assert.match(xml, /<unit id="s1\.4\.p2\.r2\.c1" name="cell">\s*<segment>\s*<source xml:space="preserve">新增就业人数（人）<\/source>\s*<target xml:space="preserve">New urban jobs \(people\)<\/target>/);
    assert.match(xml, /<unit id="a1\.title" name="heading">\s*<segment>\s*<source xml:space="preserve">附件1：2017年十件民生实事<\/source>/);
    assert.match(xml, /<unit id="a1\.1\.p1" name="paragraph">\s*<segment>\s*<source xml:space="preserve">1\.新建幼儿园3所，新增学位1080个。<\/source>\s*<target xml:space="preserve">1\. Building 3 new kindergartens/);
    assert.match(xml, /<unit id="meta\.speaker" name="front-matter">\s*<segment>\s*<source xml:space="preserve">李四<\/source>\s*<target xml:space="preserve">Li Si<\/target>/);
    const unchanged = runCli(['xliff', 'import', out, '--source', source]);
    assert.equal(unchanged.status, 0, unchanged.stdout);
    assert.match(unchanged.stdout, /no change/);
    assert.equal(await readFile(path.join(source, 'report.en.md'), 'utf8'), english);

    const edited = await importEdited({
      xliff: out,
      source,
      english,
      name: 'structures-edited',
      edit: (text) =>
        editTarget(editTarget(editTarget(text, 's1.4.p2.r2.c1', (target) => target.replace('New urban jobs (people)', 'Jobs created (people)')), 'meta.speaker', (target) => target.replace('Li Si', 'LI Si')), 'a1.title', (target) =>
          target.replace('Appendix 1:', 'Annex 1:'),
        ),
    });
    assert.equal(edited.status, 0, edited.stdout);
    assert.match(edited.stdout, /3 units changed/);
    assert.match(edited.english, /^\| Jobs created \(people\) \| 4800 \| 5200 \| 8\.3% \|$/m);
    assert.match(edited.english, /^speaker: LI Si$/m);
    assert.match(edited.english, /^:::appendix\[Annex 1: Ten Practical Projects for the People in 2017\]$/m);
    assert.equal(edited.english.replace('Jobs created', 'New urban jobs').replace('LI Si', 'Li Si').replace('Annex 1:', 'Appendix 1:'), english);

    const split = await importEdited({ xliff: out, source, english, name: 'structures-pipe', edit: (text) => editTarget(text, 's1.4.p2.r2.c1', (target) => target.replace('New urban jobs (people)', 'Jobs | people')) });
    assert.equal(split.status, 1);
    assert.match(split.stdout, /error unit s1\.4\.p2\.r2\.c1: the target holds a bare `\|`/);
    assert.equal(split.english, english);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test('a target for a text report.en.md does not have yet (an empty cell) is an error at its unit, not dropped', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'report-press-xliff-untranslated-'));
  try {
    const source = path.join(work, 'source');
    await cp(path.join(projectDir, 'tests/fixtures/structures'), source, { recursive: true });
    const full = await readFile(path.join(source, 'report.en.md'), 'utf8');
    const english = full.replace('| District Health Bureau | December |', '| District Health Bureau |  |');
    assert.notEqual(english, full);
    await writeFile(path.join(source, 'report.en.md'), english);
    const out = path.join(work, 'untranslated.xlf');
    assert.equal(runCli(['xliff', 'export', '--source', source, '--out', out]).status, 0);
    const result = await importEdited({
      xliff: out,
      source,
      english,
      name: 'untranslated-edited',
      edit: (xml) => xml.replace(/(<unit id="a1\.1\.p3\.r3\.c4"[\s\S]*?<\/source>)/, '$1<target xml:space="preserve">December</target>'),
    });
    assert.equal(result.status, 1);
    const xml = await readFile(result.file, 'utf8');
    const line = xml.slice(0, xml.indexOf('<unit id="a1.1.p3.r3.c4"')).split('\n').length;
    assert.match(result.stdout, new RegExp(`untranslated-edited\\.xlf:${line}:5 error unit a1\\.1\\.p3\\.r3\\.c4 has a target, but .*report\\.en\\.md has no cell for it to go in`));
    assert.equal(result.english, english);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
