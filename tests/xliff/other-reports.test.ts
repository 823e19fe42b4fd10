import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';

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
