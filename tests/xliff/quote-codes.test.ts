import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeQuotes, matchQuotes } from '../../src/xliff/quote-codes.ts';
import { type Piece, piecesToMarkdown } from '../../src/xliff/slots.ts';

const text = (value: string): Piece => ({ type: 'text', value });

/** The pieces as a compact string: codes as [id … /id], text as it stands. */
function show(pieces: Piece[]): string {
  return pieces.map((piece) => (piece.type === 'text' ? piece.value : piece.type === 'start' ? `[${piece.code}${piece.markup}` : `${piece.markup}/${piece.code}]`)).join('');
}

test('Chinese quotes, book-title marks and nested pairs become codes numbered in reading order', () => {
  const pieces = codeQuotes([text('学习《关于“十四五”规划的建议》和“六稳”')]);
  assert.equal(show(pieces), '学习[q1《关于[q2“十四五”/q2]规划的建议》/q1]和[q3“六稳”/q3]');
  assert.equal(piecesToMarkdown(pieces), '学习《关于“十四五”规划的建议》和“六稳”');
});

test('straight quotes pair in turn; a mark with no partner stays text', () => {
  assert.equal(show(codeQuotes([text('the "Six Ones" and the "Two Zones')])), 'the [q1"Six Ones"/q1] and the "Two Zones');
  assert.equal(show(codeQuotes([text('倡导“最多跑一次，最好“一次都不跑”；”外')])), '倡导[q1“最多跑一次，最好[q2“一次都不跑”/q2]；”/q1]外');
  assert.equal(show(codeQuotes([text('倡导“最多跑一次，最好“一次都不跑”；')])), '倡导“最多跑一次，最好[q1“一次都不跑”/q1]；');
  assert.equal(show(codeQuotes([text('closes” first')])), 'closes” first');
});

test('a quote never crosses another code; one inside a bold run or around a figure is paired', () => {
  const bold = (type: 'start' | 'end'): Piece => ({ type, code: 'b1', kind: 'bold', markup: '**' });
  assert.equal(show(codeQuotes([text('“a'), bold('start'), text('b”'), bold('end')])), '“a[b1**b”**/b1]');
  assert.equal(show(codeQuotes([bold('start'), text('“Head.”'), bold('end'), text(' “tail”')])), '[b1**[q1“Head.”/q1]**/b1] [q2“tail”/q2]');
  const figure = (type: 'start' | 'end'): Piece => ({ type, code: 'fig-x', kind: 'figure', markup: type === 'start' ? ':fig[' : ']{#x}' });
  assert.equal(show(codeQuotes([text('“'), figure('start'), text('10%'), figure('end'), text('”')])), '[q1“[fig-x:fig[10%]{#x}/fig-x]”/q1]');
});

test('a target quote keeps the id of the source quote in its place when the marks match, and is its own code otherwise', () => {
  const source = codeQuotes([text('《方案》提出“三个最多”')]);
  const target = matchQuotes(source, codeQuotes([text('The “Plan” put forward the “Three Mosts” and “more”')]));
  assert.equal(show(target), 'The [eq1“Plan”/eq1] put forward the [q2“Three Mosts”/q2] and [eq3“more”/eq3]');
  assert.equal(piecesToMarkdown(target), 'The “Plan” put forward the “Three Mosts” and “more”');
});
