import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TEXT_SPLITS } from '../../../src/render/handouts/split-text.ts';

describe('cutting an explanation for cards and large-print pages', () => {
  test('each split joins back into the text exactly', () => {
    const samples = [['“十办”分别是指小微企业帮忙办、包保办。“一化”是指政务服务标准化。', 'zh'], ['The “ten services” are: assisted handling (for firms), and more. The “one standard” refers to it.', 'en']] as const;
    for (const [text, lang] of samples) for (const split of TEXT_SPLITS) assert.equal(split(text, lang).join(''), text);
  });

  test('an opening quote or bracket goes with the piece it opens, never ends the piece before', () => {
    assert.deepEqual(TEXT_SPLITS[0]('十项办法。“一化”是指标准化。', 'zh'), ['十项办法。', '“一化”是指标准化。']);
    assert.deepEqual(TEXT_SPLITS[1]('办法，“一化”，（试行）', 'zh'), ['办法，', '“一化”，', '（试行）']);
    assert.ok(TEXT_SPLITS[2]('said “one visit” (at most).', 'en').includes('“one'), TEXT_SPLITS[2]('said “one visit” (at most).', 'en').join(' | '));
    assert.ok(TEXT_SPLITS[2]('said “one visit” (at most).', 'en').includes('(at'), TEXT_SPLITS[2]('said “one visit” (at most).', 'en').join(' | '));
  });
});
