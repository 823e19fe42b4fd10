import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { projectDir, runCli, type CliResult } from '../helpers/cli.ts';

const luohu = path.join(projectDir, 'tests/fixtures/reports/luohu-2021.zh.txt');

describe('an imported report gets a figure deck with two commands (Luohu 2021, no English)', () => {
  let work: string;
  let source: string;
  let suggested: CliResult;
  let marked: CliResult;
  let deckText: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-figures-cli-'));
    source = path.join(work, 'source');
    assert.equal(runCli(['import', luohu, '--out', source]).status, 0);
    suggested = runCli(['figures', 'suggest', '--source', source, '--write']);
    deckText = await readFile(path.join(source, 'deck.yaml'), 'utf8');
    marked = runCli(['figures', 'mark', '--source', source, '--all-suggested']);
  });

  after(() => rm(work, { recursive: true, force: true }));

  it('lists ranked candidates with indicator, value, kind, year, position and sentence', () => {
    assert.equal(suggested.status, 0, suggested.stderr);
    assert.match(suggested.stdout, /^ {2}1\. \S+ {2}\S+ {2}\S+ {2}\[(result|target|five-year total|growth rate), 20\d\d(–20\d\d)?, unit \S+\] {2}\S+report\.zh\.md:\d+:\d+$/m);
    assert.match(suggested.stdout, /^ {5}\S.*[。；]$/m);
    assert.match(suggested.stdout, /^50 of \d+ candidates; groups: /m);
  });

  it('drafts a deck.yaml of groups with headline figures and charts', () => {
    const deck = parse(deckText) as { groups: Array<{ id: string; headline: string[]; charts?: Array<{ figures: string[] }> }> };
    assert.ok(deck.groups.length >= 2, `expected at least 2 groups, got ${deck.groups.length}`);
    assert.ok(deck.groups.every((group) => group.headline.length > 0), `groups without a headline figure: ${deck.groups.filter((group) => group.headline.length === 0).map((group) => group.id).join(', ')}`);
    assert.ok(deck.groups.some((group) => (group.charts?.[0]?.figures.length ?? 0) >= 3), `expected a group whose first chart has 3 or more figures, got ${deck.groups.map((group) => group.charts?.[0]?.figures.length ?? 0).join(', ')}`);
  });

  it('never replaces a deck.yaml without --force', async () => {
    const again = runCli(['figures', 'suggest', '--source', source, '--write']);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /deck\.yaml exists: add --force/);
    assert.equal(await readFile(path.join(source, 'deck.yaml'), 'utf8'), deckText);
    assert.equal(runCli(['figures', 'suggest', '--source', source, '--write', '--force']).status, 0);
    await writeFile(path.join(source, 'deck.yaml'), deckText);
  });

  it('marks every figure of the deck, and check passes the report', () => {
    assert.equal(marked.status, 0, marked.stderr);
    const ids = new Set([...deckText.matchAll(/^\s+- ([a-z0-9-]+)$/gm)].map((match) => match[1]));
    assert.match(marked.stdout, new RegExp(`^${ids.size} figures marked \\(0 in English too\\)`, 'm'));
    const checked = runCli(['check', '--source', source]);
    assert.equal(checked.status, 0, checked.stdout);
    assert.match(checked.stdout, /^0 errors/m);
  });

  it('builds a deck with a slide for every headline figure and the charts', async () => {
    const out = path.join(work, 'output');
    const built = runCli(['build', '--source', source, '--out', out, '--only', 'slides']);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    const html = await readFile(path.join(out, 'slides', 'index.html'), 'utf8');
    const deck = parse(deckText) as { groups: Array<{ headline: string[]; charts?: unknown[] }> };
    const headlines = deck.groups.reduce((sum, group) => sum + group.headline.length, 0);
    const charts = deck.groups.reduce((sum, group) => sum + (group.charts?.length ?? 0), 0);
    assert.equal(html.match(/data-kind="figure"/g)?.length, headlines);
    assert.equal(html.match(/data-kind="chart"/g)?.length, charts);
    assert.ok(charts > 0, 'the drafted deck.yaml has a chart');
  });

  it('refuses an unknown id with a usage error', () => {
    const unknown = runCli(['figures', 'mark', '--source', source, 'no-such-figure']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no suggestion no-such-figure/);
  });
});
