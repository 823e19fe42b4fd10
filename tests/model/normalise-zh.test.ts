import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseZh } from '../../src/model/normalise-zh.ts';

test('sets half-width punctuation beside Chinese full-width', () => {
  assert.equal(normaliseZh('各位代表:现在,我代表;请予审议!对吗?'), '各位代表：现在，我代表；请予审议！对吗？');
});

test('sets both brackets of a Chinese parenthesis full-width', () => {
  assert.equal(normaliseZh('(一)精准施策'), '（一）精准施策');
  assert.equal(normaliseZh('增长6%(左右)。'), '增长6%（左右）。');
  assert.equal(normaliseZh('核酸检测(PCR)实验室'), '核酸检测（PCR）实验室');
});

test('leaves numbers, ranges and Latin terms alone', () => {
  for (const text of ['18.18亿元', '6.5%-7%', 'R&D', '5G', 'AI+政务', 'PCR', '1,000', '10:30', '“1+13”']) {
    assert.equal(normaliseZh(text), text);
  }
});

test('leaves a Latin parenthesis and a comma between Latin words alone', () => {
  assert.equal(normaliseZh('the (new) plan, then'), 'the (new) plan, then');
});

test('converts a comma after a number that is followed by Chinese', () => {
  assert.equal(normaliseZh('增长10%,超额完成'), '增长10%，超额完成');
  assert.equal(normaliseZh('“1+13”,建立'), '“1+13”，建立');
});
