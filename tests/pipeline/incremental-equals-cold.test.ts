import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers/cli.ts';
import { copyOfSource } from '../helpers/workspace.ts';

// PDFs repeat byte for byte under SOURCE_DATE_EPOCH (tests/pipeline/reproducible.test.ts), so any difference is the cache's.
const ENV = { SOURCE_DATE_EPOCH: '1700000000' };
// A different sequence of edits on each run; the seed is in every failure message so a failing sequence can be replayed.
const SEED = Number(process.env.INCREMENTAL_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a small seeded generator, enough to pick lines and orders. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;
type Edit = { name: string; apply: (source: string, random: Random) => Promise<void> };

function pick<T>(items: T[], random: Random): T {
  assert.ok(items.length > 0, `something to edit (seed ${SEED})`);
  return items[Math.floor(random() * items.length)];
}

/** Appends `addition` to one line, chosen at random among those `eligible` says may be edited. */
async function appendToLine(file: string, options: { eligible: (line: string, index: number, lines: string[]) => boolean; addition: string; random: Random }): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const index = pick([...lines.keys()].filter((at) => options.eligible(lines[at], at, lines)), options.random);
  lines[index] += options.addition;
  await writeFile(file, lines.join('\n'));
}

/** A body paragraph: a plain line of text before the closing, outside any directive. */
function bodyParagraph(ending: RegExp): (line: string, index: number, lines: string[]) => boolean {
  return (line, index, lines) => ending.test(line) && !/^[#:|>\-\d]/.test(line) && !line.includes(':fig[') && index < lines.findIndex((at) => at.startsWith(':::closing'));
}

function glossaryItem(line: string, index: number, lines: string[]): boolean {
  return /^\d+\. /.test(line) && index > lines.findIndex((at) => at.startsWith(':::glossary'));
}

const EDITS: Edit[] = [
  {
    name: 'a Chinese paragraph',
    apply: (source, random) => appendToLine(path.join(source, 'report.zh.md'), { eligible: bodyParagraph(/。$/), addition: '各项工作稳步推进。', random }),
  },
  {
    name: 'an English paragraph',
    apply: (source, random) => appendToLine(path.join(source, 'report.en.md'), { eligible: bodyParagraph(/\.$/), addition: ' Work proceeded steadily.', random }),
  },
  {
    name: 'a glossary item',
    apply: async (source, random) => {
      const [file, addition] = random() < 0.5 ? ['report.zh.md', '详见附件。'] : ['report.en.md', ' See the annex for details.'];
      await appendToLine(path.join(source, file), { eligible: glossaryItem, addition, random });
    },
  },
  {
    name: 'deck.yaml',
    apply: async (source, random) => {
      const file = path.join(source, 'deck.yaml');
      const deck = parse(await readFile(file, 'utf8')) as { groups: { headline: string[] }[] };
      const group = pick(deck.groups.filter((candidate) => candidate.headline.length > 1), random);
      group.headline.reverse();
      await writeFile(file, stringify(deck));
    },
  },
];

function build(args: string[]): void {
  const result = runCli(['build', ...args], { env: ENV });
  assert.equal(result.status, 0, `build ${args.join(' ')} (seed ${SEED}):\n${result.stderr}`);
}

describe('incremental builds after random edits', () => {
  let source: string;
  let out: string;
  let cold: string;
  const random = randomFrom(SEED);

  before(async () => {
    ({ source, out } = await copyOfSource('incremental-equals-cold'));
    cold = path.join(path.dirname(out), 'cold');
    build(['--source', source, '--out', out]);
    const order = EDITS.map((edit) => ({ edit, key: random() })).sort((a, b) => a.key - b.key);
    for (const { edit } of order) {
      await edit.apply(source, random);
      build(['--source', source, '--out', out]);
    }
    build(['--force', '--source', source, '--out', cold]);
  });

  it('leave every output byte-identical to a --force build of the same source', async () => {
    const filesIn = async (folder: string): Promise<string[]> =>
      (await readdir(folder, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
        .sort();
    const [incremental, fresh] = await Promise.all([out, cold].map(filesIn));
    assert.deepEqual(incremental, fresh, `the same files (seed ${SEED})`);
    for (const name of fresh) {
      const [a, b] = await Promise.all([out, cold].map((folder) => readFile(path.join(folder, name))));
      assert.ok(a.equals(b), `${name} is the same after incremental builds as after a --force build (seed ${SEED})`);
    }
  });
});
