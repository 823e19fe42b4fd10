/** Word alignment by IBM Model 1 (Brown et al. 1993), trained on the report's own aligned sentences in both directions. */

const ITERATIONS = 8;

/** t(target | source) for every word pair that meets in a sentence, indexed by slot so that training is array arithmetic. */
interface Model {
  slot: Map<number, number>;
  probability: Float64Array;
  sourceId: Map<string, number>;
  targetId: Map<string, number>;
}

function intern(ids: Map<string, number>, word: string): number {
  let id = ids.get(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return id;
}

function train(pairs: Array<{ source: string[]; target: string[] }>): Model {
  const sourceId = new Map<string, number>([['', 0]]);
  const targetId = new Map<string, number>();
  const encoded = pairs.map(({ source, target }) => ({
    // Source word 0, the empty word, lets a target word translate nothing.
    source: [0, ...source.map((word) => intern(sourceId, word))],
    target: target.map((word) => intern(targetId, word)),
  }));
  const width = targetId.size;
  const slot = new Map<number, number>();
  const sourceOf: number[] = [];
  const slotted = encoded.map(({ source, target }) =>
    target.map((t) => {
      const slots = new Int32Array(source.length);
      source.forEach((s, i) => {
        const name = s * width + t;
        let index = slot.get(name);
        if (index === undefined) {
          slot.set(name, (index = slot.size));
          sourceOf.push(s);
        }
        slots[i] = index;
      });
      return slots;
    }),
  );
  const probability = new Float64Array(slot.size).fill(1);
  const counts = new Float64Array(slot.size);
  const totals = new Float64Array(sourceId.size);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    counts.fill(0);
    totals.fill(0);
    for (const sentence of slotted) {
      for (const slots of sentence) {
        let sum = 0;
        for (const index of slots) sum += probability[index];
        for (const index of slots) counts[index] += probability[index] / sum;
      }
    }
    for (let index = 0; index < counts.length; index += 1) totals[sourceOf[index]] += counts[index];
    for (let index = 0; index < counts.length; index += 1) probability[index] = counts[index] / totals[sourceOf[index]];
  }
  return { slot, probability, sourceId, targetId };
}

export interface WordAligner {
  /** How strongly a Chinese word and an English word translate each other: the larger of t(en|zh) and t(zh|en). */
  score(zh: string, en: string): number;
}

/** Trains both directions on sentence pairs given as word lists (English lower-cased). */
export function trainAligner(pairs: Array<{ zh: string[]; en: string[] }>): WordAligner {
  const forward = train(pairs.map(({ zh, en }) => ({ source: zh, target: en })));
  const backward = train(pairs.map(({ zh, en }) => ({ source: en, target: zh })));
  const lookup = (model: Model, source: string, target: string): number => {
    const s = model.sourceId.get(source);
    const t = model.targetId.get(target);
    const index = s === undefined || t === undefined ? undefined : model.slot.get(s * model.targetId.size + t);
    return index === undefined ? 0 : model.probability[index];
  };
  return { score: (zh, en) => Math.max(lookup(forward, zh, en), lookup(backward, en, zh)) };
}
