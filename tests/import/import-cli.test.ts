import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { tempFolder } from '../helpers/temp-folder.ts';
import { projectDir, runCli } from '../helpers/cli.ts';

const messy = path.join(projectDir, 'tests/fixtures/import/messy.txt');

test('import reports each guess with its input line, then lists every dropped line with its line number, then a summary', async () => {
  const outDir = await tempFolder('rp-import-cli-');
  const result = runCli(['import', messy, '--out', outDir]);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  assert.ok(lines.includes('tests/fixtures/import/messy.txt:15:3 warning looks like a section heading but is 66 characters long: kept as a paragraph [import-heading]'), result.stdout);
  assert.ok(lines.some((line) => line.startsWith('tests/fixtures/import/messy.txt:16:3 warning part numbered 三 where 2 was expected')), result.stdout);
  assert.ok(lines.some((line) => line.startsWith('tests/fixtures/import/messy.txt:23:3 warning glossary line without a number')), result.stdout);
  assert.match(lines[lines.length - 1], /: 2 parts, 2 sections, 6 paragraphs, 0 tables, 0 appendices, 3 glossary entries, 7 dropped lines, 5 warnings$/);
  const dropped = lines.slice(lines.indexOf('dropped 7 input lines that are not report text:') + 1, -1);
  assert.deepEqual(
    dropped.map((line) => line.trim().split(/\s+/)[0]),
    ['1', '4', '25', '26', '27', '28', '29'],
  );
  assert.ok(dropped[0].endsWith('page navigation: 首页 > 政务公开 > 政府工作报告'), dropped[0]);
  const markdown = await readFile(path.join(outDir, 'report.zh.md'), 'utf8');
  assert.doesNotMatch(markdown, /上一篇|下一篇|打印本页|关闭窗口|【打印】|字体|首页|\u3000/);
  assert.match(markdown, /^title: 某区2022年政府工作报告$/m);
  assert.match(markdown, /^office: 某区人民政府代区长$/m);
  assert.match(markdown, /^index: 000000\/2022-00001$/m);
  assert.match(markdown, /^\*\*统筹推进发展。\*\*全年完成任务。$/m);
  assert.match(markdown, /^2\. 术语二：解释二，续写的解释。$/m);
});

test('import refuses to overwrite report.zh.md without --force, and replaces it with --force', async () => {
  const outDir = await tempFolder('rp-import-force-');
  const target = path.join(outDir, 'report.zh.md');
  await writeFile(target, 'hand-edited\n');
  const refused = runCli(['import', messy, '--out', outDir]);
  assert.equal(refused.status, 1);
  assert.equal(refused.stderr.trimEnd().split('\n').length, 1);
  assert.match(refused.stderr, /report\.zh\.md exists: pass --force to replace it/);
  assert.equal(await readFile(target, 'utf8'), 'hand-edited\n');
  const forced = runCli(['import', messy, '--out', outDir, '--force']);
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(await readFile(target, 'utf8'), /^---\ntitle: 某区2022年政府工作报告/);
});

test('import refuses a file that is neither .txt nor .docx', async () => {
  const result = runCli(['import', path.join(projectDir, 'README.md'), '--out', await tempFolder('rp-import-ext-')]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /give a \.txt \(UTF-8 or GB18030\) or a \.docx file/);
});
