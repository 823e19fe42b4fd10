import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { projectDir, runCli } from '../../helpers/cli.ts';
import { readPdf } from '../../helpers/pdf.ts';
import { checkSource } from '../../../src/check/run-checks.ts';
import { deckSpecFor } from '../../../src/render/slides/deck-spec.ts';
import { glossaryStacks, gridSlides, openDeck, outsideRequests, slidesBeforeGlossary, type OpenDeck } from './open-deck.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/slides/', import.meta.url));

describe('a deck built from source text holding markup', () => {
  let outDir: string;
  let browser: Browser;
  let deck: OpenDeck;

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'rp-slides-escape-'));
    const built = runCli(['build', '--only', 'slides', '--source', path.join(fixtures, 'escape'), '--out', outDir]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    browser = await launchBrowser();
    deck = await openDeck(browser, path.join(outDir, 'slides'));
  });

  after(async () => {
    await browser?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('shows <script> and <img> from the source as text and never runs them', async () => {
    const seen = await deck.page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      scripts: Array.from(document.querySelectorAll('script'), (script) => script.getAttribute('src')),
      images: document.querySelectorAll('img').length,
      title: document.querySelector('.slide-title h1')?.textContent,
      notes: document.querySelector('section[data-figure=revenue] aside.notes')?.textContent,
      label: document.querySelector('section[data-figure=revenue] .figure-label')?.textContent,
      period: document.querySelector('section[data-figure=revenue] .figure-period')?.textContent,
      section: document.querySelector('section[data-kind=section] h2')?.textContent,
      term: document.querySelector('.term-zh')?.textContent,
    }));
    assert.equal(seen.pwned, undefined);
    assert.deepEqual(seen.scripts, ['reveal/reveal.js', 'reveal/plugin/notes.js', 'deck.js']);
    assert.equal(seen.images, 0);
    assert.match(seen.title ?? '', /<script>window\.pwned = 1<\/script>/);
    assert.match(seen.label ?? '', /<img src=x onerror=window\.pwned=2>/);
    assert.equal(seen.period, '2020年完成', 'a 2021 report’s 2020年工作回顾 holds 2020 results');
    assert.match(seen.notes ?? '', /<script>window\.pwned = 3<\/script>/);
    assert.match(seen.section ?? '', /<script>window\.pwned = 5<\/script>/);
    assert.deepEqual(deck.errors, []);
    assert.deepEqual(outsideRequests(deck.requests, path.join(outDir, 'slides')), []);
  });

  it('builds a Chinese-only report: figure slides without an English line, one PDF page per slide', async () => {
    const slides = await deck.page.evaluate(() => ({
      total: (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides(),
      english: document.querySelectorAll('.figure-value-en').length,
      figures: Array.from(document.querySelectorAll('section[data-kind=figure] .figure-value'), (node) => node.textContent),
    }));
    assert.deepEqual(slides.figures, ['18.18亿元', '62个']);
    assert.equal(slides.english, 0);
    const report = (await checkSource(path.join(fixtures, 'escape'))).report!;
    const stacks = await glossaryStacks(deck.page);
    assert.deepEqual(stacks.map((stack) => stack[0]), stacks.map(() => 'glossary-overview'));
    assert.equal(await deck.page.$$eval('.overview li', (items) => items.length), report.glossary!.terms.length);
    assert.equal(slides.total, slidesBeforeGlossary(deckSpecFor(report), { glossary: stacks.length > 0, grids: await gridSlides(deck.page) }) + stacks.flat().length);
    assert.equal((await readPdf(path.join(outDir, 'slides.pdf'))).pages.length, slides.total);
  });
});

describe('a report with marked figures and no deck.yaml', () => {
  it('gets a section per figure group and a big-figure slide per figure', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'rp-slides-default-'));
    const browser = await launchBrowser();
    try {
      const source = fileURLToPath(new URL('../../fixtures/figures/agree/', import.meta.url));
      const built = runCli(['build', '--only', 'slides', '--source', source, '--out', outDir]);
      assert.equal(built.status, 0, built.stderr + built.stdout);
      const deck = await openDeck(browser, path.join(outDir, 'slides'));
      const kinds = await deck.page.$$eval('.slides > section', (sections) => sections.map((section) => section.getAttribute('data-kind')));
      assert.deepEqual(kinds, ['title', 'agenda', 'section', 'figure', 'section', 'glossary']);
      assert.equal(await deck.page.$eval('.figure-value-en', (node) => node.textContent), '1.818 billion yuan');
      assert.deepEqual(deck.errors, []);
    } finally {
      await browser.close();
      await rm(outDir, { recursive: true, force: true });
    }
  });
});

describe('a Chinese-only report without metadata or figures (Luohu)', () => {
  it('opens with a slide naming what the deck shows, no English labels, and closes with the explained glossary', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'rp-slides-luohu-'));
    const browser = await launchBrowser();
    try {
      const imported = runCli(['import', path.join(projectDir, 'tests/fixtures/reports/luohu-2021.zh.txt'), '--out', path.join(folder, 'source')]);
      assert.equal(imported.status, 0, imported.stderr);
      const built = runCli(['build', '--only', 'slides', '--source', path.join(folder, 'source'), '--out', path.join(folder, 'out')]);
      assert.equal(built.status, 0, built.stderr + built.stdout);
      const deck = await openDeck(browser, path.join(folder, 'out', 'slides'));
      const seen = await deck.page.evaluate(() => ({
        kinds: Array.from(document.querySelectorAll('.slides > section'), (section) => section.getAttribute('data-kind')),
        heading: document.querySelector('.slide-title h1')?.textContent,
        glossaryTitle: document.querySelector('.slide-glossary .slide-heading span')?.textContent,
        english: document.querySelectorAll('[lang=en]').length,
        empty: Array.from(document.querySelectorAll('.slide-title h1, .slide-title h2, .slide-title p'), (node) => node.textContent?.trim()).filter((text) => !text).length,
        documentTitle: document.title,
        explanations: document.querySelectorAll('.slide-glossary .explanation-zh').length,
        listed: document.querySelectorAll('.slide-glossary-overview .overview-zh').length,
      }));
      assert.deepEqual(seen.kinds.slice(0, 2), ['title', 'section'], 'the glossary opens with its divider');
      assert.deepEqual([...new Set(seen.kinds.slice(2))], ['glossary']);
      assert.equal(seen.heading, seen.glossaryTitle);
      assert.equal(seen.documentTitle, seen.glossaryTitle);
      assert.equal(seen.english, 0);
      assert.equal(seen.empty, 0);
      assert.equal(seen.explanations, 25);
      assert.equal(seen.listed, 25);
      const outside = await deck.page.evaluate(() => {
        const reveal = (window as unknown as { Reveal: { slide(h: number, v: number): void; getCurrentSlide(): Element } }).Reveal;
        reveal.slide(Array.from(document.querySelectorAll('.slides > section')).findIndex((section) => section.getAttribute('data-kind') === 'glossary'), 0);
        const overview = reveal.getCurrentSlide();
        const frame = overview.querySelector('.frame')!.getBoundingClientRect();
        const items = Array.from(overview.querySelectorAll('.overview li'), (item) => ({ text: item.textContent, box: item.getBoundingClientRect() }));
        return { shown: items.length, outside: items.filter(({ box }) => box.bottom > frame.bottom - 8 || box.right > frame.right).map(({ text }) => text) };
      });
      assert.deepEqual(outside, { shown: 25, outside: [] }, 'every term name on one overview slide, inside it');
      assert.deepEqual(deck.errors, []);
    } finally {
      await browser.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('the deck check', () => {
  it('reports an unknown key in a title, and warns of a figure group the deck leaves out', async () => {
    const source = await mkdtemp(path.join(os.tmpdir(), 'rp-deck-check-'));
    try {
      await cp(path.join(fixtures, 'unmarked', 'report.zh.md'), path.join(source, 'report.zh.md'));
      await writeFile(path.join(source, 'deck.yaml'), 'groups:\n  - id: other\n    title: { zh: 成绩, en: 10,000 yuan }\n    headline: [revenue]\n');
      const output = (({ stdout, stderr }) => stdout + stderr)(runCli(['check', '--source', source]));
      assert.match(output, /deck\.yaml:3:29 error groups\[0\]\.title: unknown key `000 yuan` \(only zh: and en:; quote a text holding a comma\)/);
      assert.match(output, /warning figures of group `results` are not in the deck/);
    } finally {
      await rm(source, { recursive: true, force: true });
    }
  });

  it('errors on a figure deck.yaml refers to but the report does not mark, at its line and column', async () => {
    const source = path.join(fixtures, 'unmarked');
    const deckYaml = await readFile(path.join(source, 'deck.yaml'), 'utf8');
    const lines = deckYaml.split('\n');
    const line = lines.findIndex((text) => text.includes('no-such-figure'));
    const column = lines[line].indexOf('no-such-figure') + 1;
    const result = runCli(['check', '--source', source]);
    assert.notEqual(result.status, 0);
    const output = result.stdout + result.stderr;
    assert.match(output, new RegExp(`deck\\.yaml:${line + 1}:${column} error figure \`no-such-figure\` is not marked`));
    assert.match(output, /1 error/);
  });
});
