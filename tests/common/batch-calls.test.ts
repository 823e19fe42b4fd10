import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchCalls } from '../../src/common/batch-calls.ts';

describe('batchCalls', () => {
  test('answers the calls of one turn with one call, each its own answer, in order', async () => {
    const batches: number[][] = [];
    const square = batchCalls(async (questions: number[]) => {
      batches.push(questions);
      return questions.map((question) => question * question);
    });
    assert.deepEqual(await Promise.all([square(2), square(3), square(4)]), [4, 9, 16]);
    assert.deepEqual(batches, [[2, 3, 4]]);
  });

  test('callers going on from the answers of one batch ask their next questions in the next batch together', async () => {
    const batches: string[][] = [];
    const echo = batchCalls(async (questions: string[]) => {
      batches.push(questions);
      return questions;
    });
    const chain = async (name: string): Promise<string[]> => {
      const answers: string[] = [];
      for (let step = 0; step < 3; step += 1) {
        answers.push(await echo(`${name}${step}`));
        // Other awaits between two questions keep the chain in the same turn.
        await Promise.resolve();
      }
      return answers;
    };
    assert.deepEqual(await Promise.all([chain('a'), chain('b')]), [['a0', 'a1', 'a2'], ['b0', 'b1', 'b2']]);
    assert.deepEqual(batches, [['a0', 'b0'], ['a1', 'b1'], ['a2', 'b2']]);
  });

  test('a failed batch fails each of its calls, and the next batch is asked again', async () => {
    let fail = true;
    const answer = batchCalls(async (questions: number[]) => {
      if (fail) throw new Error('the page closed');
      return questions;
    });
    const results = await Promise.allSettled([answer(1), answer(2)]);
    assert.deepEqual(results.map((result) => result.status), ['rejected', 'rejected']);
    assert.match(String((results[0] as PromiseRejectedResult).reason), /the page closed/);
    fail = false;
    assert.equal(await answer(3), 3);
  });
});
