import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.ts';

const fixture = (name: string): string => `tests/fixtures/check/${name}`;

function check(source: string): { status: number | null; lines: string[] } {
  const result = runCli(['check', '--source', source]);
  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

test('a report without a closing is a warning after its last paragraph', () => {
  const { status, lines } = check(fixture('no-closing'));
  assert.equal(status, 0);
  assert.deepEqual(lines, [`${fixture('no-closing')}/report.zh.md:16:1 warning the report has no closing: put its closing paragraph (各位代表，…) in \`:::closing\` … \`:::\` [no-closing]`, '0 errors, 1 warning']);
});

test('numbered term：explanation items under a glossary heading in the body are a warning at the heading', () => {
  const { status, lines } = check(fixture('glossary-outside'));
  assert.equal(status, 0);
  assert.match(lines[0], /glossary-outside\/report\.zh\.md:14:1 warning “（一）有关名词解释” and the numbered `term：explanation` items under it look like a glossary: put them in `:::glossary\[有关名词解释\]`/);
  assert.equal(lines.at(-1), '0 errors, 1 warning');
});

test('a run-in head of two sentences is a warning at its paragraph', () => {
  const { status, lines } = check(fixture('long-run-in'));
  assert.equal(status, 0);
  assert.deepEqual(lines, [`${fixture('long-run-in')}/report.zh.md:12:1 warning this run-in head holds 2 sentences: only the first sentence is set bold (**…。**) [run-in-length]`, '0 errors, 1 warning']);
});

test('a part of a table alone is a warning at its heading', () => {
  const { status, lines } = check(fixture('part-without-paragraphs'));
  assert.equal(status, 0);
  assert.deepEqual(lines, [`${fixture('part-without-paragraphs')}/report.zh.md:14:1 warning part “二、主要指标” has no paragraphs [part-without-paragraphs]`, '0 errors, 1 warning']);
});

test('an appendix among the numbered parts is a warning, as a heading or as an :::appendix before the closing', () => {
  const { status, lines } = check(fixture('appendix-inside'));
  assert.equal(status, 0);
  assert.deepEqual(lines, [
    `${fixture('appendix-inside')}/report.zh.md:14:1 warning “附件1：2021年十件民生实事” looks like an appendix inside the numbered parts: write it after the closing as \`:::appendix[附件1：2021年十件民生实事]\` [appendix-placement]`,
    `${fixture('appendix-inside')}/report.zh.md:18:1 warning appendix “附件2：测算说明” stands inside the numbered parts: move it after the \`:::closing\` block [appendix-placement]`,
    '0 errors, 2 warnings',
  ]);
});

test('an English table of another shape is a warning naming both files and lines', () => {
  const { status, lines } = check(fixture('table-shape'));
  assert.equal(status, 0);
  assert.deepEqual(lines, [
    `${fixture('table-shape')}/report.en.md:14:1 warning this table is 3 rows × 2 columns, its partner at ${fixture('table-shape')}/report.zh.md:14 is 3 rows × 3 columns [table-shape]`,
    '0 errors, 1 warning',
  ]);
});

test('a report using every structure of the genre passes without a message', () => {
  const { status, lines } = check('tests/fixtures/structures');
  assert.equal(status, 0);
  assert.deepEqual(lines, ['0 errors, 0 warnings']);
});

test('a table row of more cells than its header is a warning on its line', () => {
  const { status, lines } = check(fixture('ragged-table'));
  assert.equal(status, 0);
  assert.deepEqual(lines, [`${fixture('ragged-table')}/report.zh.md:17:1 warning this table row has 4 cells, the header 3 [table-shape]`, '0 errors, 1 warning']);
});
