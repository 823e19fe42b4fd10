import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { copyOfSource } from '../helpers/workspace.ts';
import { editTarget, importEdited as importEditedCopy, lineOf, validate } from '../helpers/xliff.ts';

let source: string;
let work: string;
let xliff: string;
let original: string;

before(async () => {
  ({ source } = await copyOfSource('xliff'));
  work = path.dirname(source);
  xliff = path.join(work, 'report.xlf');
  const result = runCli(['xliff', 'export', '--source', source, '--out', xliff, '--tbx', path.join(work, 'termbase.tbx')]);
  assert.equal(result.status, 0, result.stderr);
  original = await readFile(path.join(source, 'report.en.md'), 'utf8');
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Imports an edited copy of the exported XLIFF into the copy of the source, its report.en.md put back first. */
function importEdited(name: string, edit: (xml: string) => string): ReturnType<typeof importEditedCopy> {
  return importEditedCopy({ xliff, source, english: original, name, edit });
}

test('the export is valid XLIFF 2.0 (the OASIS core schema) and the termbase valid TBX-Core', () => {
  const checked = validate(xliff, 'tests/fixtures/xliff/schema/xliff_core_2.0.xsd');
  assert.equal(checked.status, 0, checked.stderr);
  const tbx = validate(path.join(work, 'termbase.tbx'), 'tests/fixtures/tbx/TBX_core.xsd');
  assert.equal(tbx.status, 0, tbx.stderr);
});

test('run-in heads and figures are paired inline codes with their markup in originalData', async () => {
  const xml = await readFile(xliff, 'utf8');
  assert.match(xml, /<unit id="s1\.1\.p1" name="paragraph">/);
  assert.match(xml, /<target xml:space="preserve"><pc id="b1" type="fmt" subType="xlf:b" canCopy="no" canDelete="no"[^>]*>Unified command with clear responsibilities\.<\/pc>/);
  assert.match(xml, /<pc id="fig-revenue-2020" type="other"[^>]*>1\.818 billion yuan<\/pc>/);
  assert.match(xml, /<data id="d\d+" xml:space="preserve">\]\{#revenue-2020 label="General public budget revenue"\}<\/data>/);
  assert.match(xml, /<unit id="fig-revenue-2020\.label" name="figure-label">/);
  assert.match(xml, /<unit id="g1\.term" name="term">/);
});

test('export then import with no change leaves report.en.md byte for byte', async () => {
  const result = await importEdited('unchanged', (xml) => xml);
  assert.equal(result.status, 0, result.stdout);
  assert.equal(result.english, original);
});

test('a changed target and a changed figure label are written into report.en.md, figure marks kept', async () => {
  const result = await importEdited('changed', (xml) =>
    editTarget(editTarget(xml, 'o.p1', (target) => target.replace('Fellow Deputies,', 'Dear Deputies,')), 'fig-revenue-2020.label', (target) => target.replace('General public budget revenue', 'Budget revenue')),
  );
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.english, /^::salutation\[Dear Deputies,\]$/m);
  assert.ok(result.english.includes(':fig[1.818 billion yuan]{#revenue-2020 label="Budget revenue"}'), result.english);
  assert.equal(result.english.replace('Dear Deputies', 'Fellow Deputies').replace('label="Budget revenue"', 'label="General public budget revenue"'), original);
  assert.equal(runCli(['check', '--source', source]).status, 0);
});

test('a damaged inline code fails with its line and column and writes nothing', async () => {
  const result = await importEdited('damaged', (xml) => editTarget(xml, 's1.p2', (target) => target.replace(/(<pc id="fig-revenue-2020"[^>]*dataRefEnd=")[^"]*"/, '$1d99"')));
  assert.equal(result.status, 1);
  const xml = await readFile(result.file, 'utf8');
  const line = lineOf(xml, '<target xml:space="preserve">Signs of economic');
  assert.match(result.stdout, new RegExp(`damaged\\.xlf:${line}:\\d+ error unit s1\\.p2: inline code fig-revenue-2020 is damaged`));
  assert.equal(result.english, original);
});

test('a dropped figure code fails, naming the unit', async () => {
  const result = await importEdited('dropped', (xml) => editTarget(xml, 's1.p2', (target) => target.replace(/<pc id="fig-revenue-2020"[^>]*>([^<]*)<\/pc>/, '$1')));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /dropped\.xlf:\d+:\d+ error unit s1\.p2: inline code fig-revenue-2020 \(a figure mark\) is missing from the target/);
  assert.equal(result.english, original);
});

test('a missing unit fails at the file element, naming the unit and its Chinese line; an extra unit fails where it stands', async () => {
  const missing = await importEdited('missing', (xml) => {
    const start = xml.indexOf('<unit id="s1.p2"');
    return xml.slice(0, start) + xml.slice(xml.indexOf('</unit>', start) + '</unit>'.length);
  });
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /missing\.xlf:3:3 error unit s1\.p2 \(.*report\.zh\.md:20:1\) is missing: export again and keep every unit \[xliff\]/);
  assert.equal(missing.english, original);
  const extra = await importEdited('extra', (xml) => xml.replace('<unit id="o.p1"', '<unit id="s9.p9" name="paragraph"><segment><source>多</source><target>Extra</target></segment></unit>\n    <unit id="o.p1"'));
  assert.equal(extra.status, 1);
  const line = lineOf(await readFile(extra.file, 'utf8'), '<unit id="s9.p9"');
  assert.match(extra.stdout, new RegExp(`extra\\.xlf:${line}:5 error unit s9\\.p9 is not in .*report\\.zh\\.md: remove it, or export again \\[xliff\\]`));
});
