import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VFile } from 'vfile';
import { z } from 'zod';
import { parseYamlFile } from '../../src/common/yaml-schema.ts';
import { checkSource } from '../../src/check/run-checks.ts';
import { formatMessages } from '../../src/check/format-messages.ts';
import { projectDir, runCli } from '../helpers/cli.ts';

describe('YAML files against their schema', () => {
  let source: string;
  before(async () => {
    source = path.join(await mkdtemp(path.join(tmpdir(), 'report-press-yaml-')), 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
  });
  after(() => rm(path.dirname(source), { recursive: true, force: true }));

  /** The diagnostics of `check` with `name` holding `yaml`, as printed. */
  async function diagnose(name: string, yaml: string): Promise<{ ok: boolean; printed: string }> {
    await writeFile(path.join(source, name), yaml);
    try {
      const result = await checkSource(source);
      return { ok: result.ok, printed: formatMessages(result.files) };
    } finally {
      await rm(path.join(source, name));
    }
  }

  it('errors on `terms: 5` at its value instead of reading an empty termbase', async () => {
    const { ok, printed } = await diagnose('termbase.yaml', 'terms: 5\nallow-in-english: []\n');
    assert.equal(ok, false);
    assert.match(printed, /termbase\.yaml:1:8 error terms: needs a list of `- zh: …`/);
  });

  it('names the entry and key of a bad termbase entry at its line and column', async () => {
    const { printed } = await diagnose('termbase.yaml', 'terms:\n  - zh: 六稳\n    en: stability on six fronts\n  - zh: 六保\n    english: security in six areas\nallow-in-english: [中山, 7]\n');
    assert.match(printed, /termbase\.yaml:4:5 error terms\[1\]\.en: needs a text/);
    assert.match(printed, /termbase\.yaml:5:5 error terms\[1\]: unknown key `english` \(an entry has zh: and en:\)/);
    assert.match(printed, /termbase\.yaml:6:24 error allow-in-english\[1\]: needs a text/);
  });

  it('answers an alias bomb and a duplicate key with a positioned error', async () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(10).fill(`*${String.fromCharCode(97 + index)}`).join(', ')}]`)].join('\n');
    assert.match((await diagnose('termbase.yaml', `${laughs}\n`)).printed, /termbase\.yaml:1:1 error cannot be read: .*alias/i);
    assert.match((await diagnose('termbase.yaml', 'terms: []\nterms: []\n')).printed, /termbase\.yaml:2:1 error not valid YAML: Map keys must be unique/);
  });

  it('answers YAML nested 400,000 deep with an error at its place, in bounded time', async () => {
    await writeFile(path.join(source, 'termbase.yaml'), `terms: ${'['.repeat(400_000)}${']'.repeat(400_000)}\n`);
    try {
      const result = runCli(['check', '--source', source], { bounded: 'hostile-input' });
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stdout, /termbase\.yaml:1:40 error nests deeper than 32 levels/);
    } finally {
      await rm(path.join(source, 'termbase.yaml'));
    }
  });

  it('checks deck.yaml: every group, chart and title, at the node concerned', async () => {
    const deck = ['groups:', '  - id: g', '    title: { en: Only English }', '    headline: first-figure', '    charts:', '      - id: c', '        title: { zh: 图 }', '        scale: -1', '        colour: red'].join('\n');
    const { ok, printed } = await diagnose('deck.yaml', `${deck}\n`);
    assert.equal(ok, false);
    assert.match(printed, /deck\.yaml:3:12 error groups\[0\]\.title\.zh: needs a text/);
    assert.match(printed, /deck\.yaml:4:15 error groups\[0\]\.headline: needs a list of figure ids/);
    assert.match(printed, /deck\.yaml:8:16 error groups\[0\]\.charts\[0\]\.scale: must be a positive number/);
    assert.match(printed, /deck\.yaml:9:9 error groups\[0\]\.charts\[0\]: unknown key `colour` \(a chart has id, title, axis, scale, figures\)/);
  });
});

describe('YAML texts parsed again', () => {
  const schema = z.strictObject({ terms: z.array(z.strictObject({ zh: z.string(), en: z.string() })) });
  const options = { schema, ruleId: 'termbase' };
  const places = (file: VFile) => file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);

  it('a text parsed again (as watch reads an unchanged file at every build) reports its errors on each file, at the same places', () => {
    const text = 'terms:\n  - zh: 双查双管\n    en: Dual Inspection\n  - zh: 三个最多\n    colour: red\n';
    const first = new VFile({ path: 'a/termbase.yaml', value: text });
    const second = new VFile({ path: 'b/termbase.yaml', value: text });
    assert.equal(parseYamlFile(first, options).data, undefined, 'an invalid termbase has no data');
    assert.equal(parseYamlFile(second, options).data, undefined, 'nor has it when parsed again');
    assert.ok(first.messages.length > 0, `expected errors on the first file, found ${places(first).join('; ') || 'none'}`);
    assert.deepEqual(places(second), places(first));
  });

  it('a valid text parsed again gives the same data, and an edit to it is read anew', () => {
    const text = 'terms:\n  - zh: 双查双管\n    en: Dual Inspection\n';
    const read = (value: string) => parseYamlFile(new VFile({ path: 'termbase.yaml', value }), options).data;
    assert.deepEqual(read(text), { terms: [{ zh: '双查双管', en: 'Dual Inspection' }] });
    assert.deepEqual(read(text), read(text));
    assert.deepEqual(read(text.replace('Dual Inspection', 'Dual Inspection and Dual Management')), { terms: [{ zh: '双查双管', en: 'Dual Inspection and Dual Management' }] });
  });
});
