import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { checkSource } from '../../../src/check/run-checks.ts';
import type { Report } from '../../../src/model/types.ts';
import type { DeckSpec } from '../../../src/model/types.ts';
import { deckSpecFor } from '../../../src/render/slides/deck-spec.ts';
import { runCli } from '../../helpers/cli.ts';
import { readPdf } from '../../helpers/pdf.ts';
import { glossaryStacks, gridSlides, openDeck, outsideRequests, slidesBeforeGlossary, type OpenDeck } from './open-deck.ts';

/** Title, then per group a section slide, its grids, headline figures and charts; then the glossary's divider and each stack's overview and explanation slides. */
function expectedSlideCount(spec: DeckSpec, counted: { glossarySlides: number; grids: number }): number {
  return slidesBeforeGlossary(spec, { glossary: counted.glossarySlides > 0, grids: counted.grids }) + counted.glossarySlides;
}

type RevealApi = {
  getSlides(): Element[];
  getIndices(slide?: Element): { h: number; v: number };
  getCurrentSlide(): Element;
  slide(h: number, v?: number): void;
};

describe('the key-figure deck of the seed report', () => {
  let outDir: string;
  let browser: Browser;
  let deck: OpenDeck;
  let report: Report;
  let spec: DeckSpec;
  let glossarySlides: number;
  let grids: number;
  const deckFolder = (): string => path.join(outDir, 'slides');

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'rp-slides-'));
    const built = runCli(['build', '--only', 'slides', '--out', outDir]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    const checked = await checkSource('source');
    report = checked.report!;
    spec = deckSpecFor(report);
    browser = await launchBrowser();
    deck = await openDeck(browser, deckFolder());
    glossarySlides = (await glossaryStacks(deck.page)).flat().length;
    grids = await gridSlides(deck.page);
  });

  after(async () => {
    await browser?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('has a title, a section per group, a slide per headline figure and chart, and the glossary', async () => {
    const total = await deck.page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    assert.equal(total, expectedSlideCount(spec, { glossarySlides, grids }));
    assert.equal(await deck.page.$$eval('section[data-kind=chart]', (nodes) => nodes.length), spec.groups.flatMap((group) => group.charts).length);
    assert.ok(spec.groups.flatMap((group) => group.charts).length >= 3, 'deck.yaml has at least 3 charts');
  });

  it('stacks the glossary: an overview slide on top of the explanation slides of its terms', async () => {
    const stacks = await glossaryStacks(deck.page);
    assert.ok(stacks.length > 0, 'the deck has a glossary stack');
    for (const stack of stacks) {
      assert.equal(stack[0], 'glossary-overview');
      assert.ok(stack.length > 1 && stack.slice(1).every((kind) => kind === 'glossary-terms'), stack.join(' '));
    }
    assert.ok(stacks.length < glossarySlides - stacks.length, 'fewer overview slides than explanation slides');
  });

  it('opens the glossary with a divider slide of its own, titled as the glossary and counting its terms', async () => {
    const seen = await deck.page.evaluate(() => {
      const top = Array.from(document.querySelectorAll('.slides > section'));
      const first = top.findIndex((section) => section.getAttribute('data-kind') === 'glossary');
      const divider = top[first - 1];
      return { id: divider?.id, kind: divider?.getAttribute('data-kind'), title: divider?.querySelector('h2 [lang=zh-CN]')?.textContent, kicker: divider?.querySelector('.kicker')?.textContent, overview: top[first].querySelector('.slide-heading [lang=zh-CN]')?.textContent };
    });
    const terms = report.glossary!.terms.length;
    assert.deepEqual(seen, { id: 'glossary', kind: 'section', title: seen.overview, kicker: `共${terms}个名词 · ${terms} terms`, overview: '名词解释' });
  });

  it('numbers every term on its slides, and counts slides once, with the slide number', async () => {
    const numbered = await deck.page.$$eval('section[data-kind=glossary-terms] .term', (terms) => terms.map((term) => [term.querySelector('.term-number')?.textContent, term.querySelector('.term-zh')?.firstChild?.textContent]));
    const byName = new Map(report.glossary!.terms.map((term) => [term.text.zh.term, String(term.number)]));
    assert.ok(numbered.length >= report.glossary!.terms.length, `expected every one of ${report.glossary!.terms.length} terms numbered, got ${numbered.length}`);
    for (const [number, name] of numbered) assert.equal(number, byName.get(name ?? ''), `${name}`);
    assert.equal(await deck.page.$$eval('.slides .counter', (nodes) => nodes.length), 0, 'no counter of its own on any slide');
  });

  it('reaches every slide, the glossary stacks included, with the right arrow alone', async () => {
    const total = await deck.page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    await deck.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(0, 0));
    const seen = new Set<string>();
    for (let step = 0; step < total; step += 1) {
      seen.add(await deck.page.evaluate(() => JSON.stringify((window as unknown as { Reveal: RevealApi }).Reveal.getIndices())));
      await deck.page.keyboard.press('ArrowRight');
    }
    assert.equal(seen.size, total);
    await deck.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(0, 0));
  });

  it('splits a term over two slides only when it does not fit one whole, as Chromium lays it out', async () => {
    const fitting = await deck.page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: RevealApi & { getScale(): number } }).Reveal;
      const found: string[] = [];
      for (const rest of Array.from(document.querySelectorAll('.term-continued'))) {
        const slide = rest.closest('section')!;
        const name = rest.querySelector('.term-zh')?.firstChild?.textContent ?? '';
        const start = Array.from(document.querySelectorAll('section[data-kind=glossary-terms] .term:not(.term-continued)')).find((term) => term.querySelector('.term-zh')?.textContent === name)!;
        const startSlide = start.closest('section')!;
        const { h, v } = reveal.getIndices(startSlide);
        reveal.slide(h, v);
        const container = startSlide.querySelector('.terms')!;
        const kept = container.innerHTML;
        const whole = start.cloneNode(true) as Element;
        whole.append(rest.querySelector('.explanation-en')!.cloneNode(true));
        container.replaceChildren(whole);
        const frame = startSlide.querySelector('.frame')!;
        const scale = reveal.getScale();
        const bottom = frame.getBoundingClientRect().bottom - parseFloat(getComputedStyle(frame).paddingBottom) * scale;
        if (whole.getBoundingClientRect().bottom <= bottom) found.push(name);
        container.innerHTML = kept;
        void slide;
      }
      reveal.slide(0, 0);
      return found;
    });
    assert.deepEqual(fitting, [], 'these terms fit one slide whole');
  });

  it('lists every term, numbered, on the overview, and shows its first explanation on the down arrow', async () => {
    const overviews = await deck.page.$$eval('section[data-kind=glossary-overview]', (sections) =>
      sections.map((section) => Array.from(section.querySelectorAll('.overview li'), (item) => ({
        number: item.querySelector('.overview-number')?.textContent,
        zh: item.querySelector('.overview-zh')?.textContent,
        en: item.querySelector('.overview-en')?.textContent,
        size: parseFloat(getComputedStyle(item).fontSize),
      }))),
    );
    const terms = report.glossary!.terms;
    assert.deepEqual(overviews.flat().map(({ number, zh, en }) => ({ number, zh, en })), terms.map((term, index) => ({ number: String(index + 1), zh: term.text.zh.term, en: term.text.en!.term })));
    for (const entry of overviews.flat()) assert.ok(entry.size >= 28, `${entry.zh}: ${entry.size}px`);
    const overview = await deck.page.$$eval('.slides > section', (sections) => sections.findIndex((section) => section.getAttribute('data-kind') === 'glossary'));
    await deck.page.evaluate((h) => (window as unknown as { Reveal: RevealApi }).Reveal.slide(h, 0), overview);
    await deck.page.keyboard.press('ArrowDown');
    const shown = await deck.page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
      const slide = reveal.getCurrentSlide();
      const box = slide.getBoundingClientRect();
      const { h, v } = reveal.getIndices();
      return { indices: { h, v }, kind: slide.getAttribute('data-kind'), first: slide.querySelector('.term-zh')?.textContent, onScreen: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0 };
    });
    assert.deepEqual(shown, { indices: { h: overview, v: 1 }, kind: 'glossary-terms', first: terms[0].text.zh.term, onScreen: true });
    await deck.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(0, 0));
  });

  it('shows on every figure slide one value line per language: the marked figure, the English one with its noun', async () => {
    const shown = await deck.page.$$eval('section[data-kind=figure]', (sections) =>
      sections.map((section) => ({
        id: section.getAttribute('data-figure'),
        zh: section.querySelector('.figure-value:not(.figure-value-en)')?.textContent,
        en: section.querySelector('.figure-value-en')?.textContent,
        lines: section.querySelectorAll('.figure-value').length,
      })),
    );
    const headline = spec.groups.flatMap((group) => group.headline);
    assert.deepEqual(shown.map((slide) => slide.id), headline);
    for (const slide of shown) {
      const figure = report.figures.find((candidate) => candidate.id === slide.id)!;
      assert.equal(slide.lines, 2, `${slide.id}: a value line per language`);
      assert.equal(slide.zh, figure.text.zh.display);
      assert.ok(slide.en?.startsWith(figure.text.en!.display), `${slide.id}: ${slide.en}`);
      assert.match(slide.en ?? '', /[a-z%]/u, `${slide.id}: the English value says what it counts`);
    }
    const newJobs = shown.find((slide) => slide.id === 'jobs-2021');
    assert.equal(newJobs?.en, '8,750 new urban jobs');
  });

  it('says on every figure slide its year and whether it is a result, a target or a plan, in both languages', async () => {
    const periods: Record<string, { zh?: string; en?: string; heading: string }> = await deck.page.$$eval('section[data-kind=figure]', (sections) =>
      Object.fromEntries(sections.map((section) => [section.getAttribute('data-figure'), {
        zh: section.querySelector('.figure-period [lang=zh-CN]')?.textContent,
        en: section.querySelector('.figure-period [lang=en]')?.textContent,
        heading: `${section.querySelector('.figure-period')?.textContent} ${section.querySelector('.figure-label')?.textContent}`,
      }])),
    );
    assert.deepEqual(periods['revenue-2020'], { ...periods['revenue-2020'], zh: '2020年完成', en: 'Result, 2020' });
    assert.deepEqual(periods['revenue-5y'], { ...periods['revenue-5y'], zh: '2016—2020年完成', en: 'Result, 2016–2020' });
    assert.deepEqual(periods['gdp-target-2021'], { ...periods['gdp-target-2021'], zh: '2021年目标', en: 'Target for 2021' });
    assert.deepEqual(periods['jobs-2021'], { ...periods['jobs-2021'], zh: '2021年计划', en: 'Plan for 2021' });
    const headings = Object.values(periods).map((period) => period.heading);
    assert.equal(new Set(headings).size, headings.length, 'no two figure slides say the same');
  });

  it('captions every figure slide in both languages, at the same weight, with words of its source sentence holding the figure', async () => {
    const captions = await deck.page.$$eval('section[data-kind=figure]', (sections) =>
      sections.map((section) => ({
        id: section.getAttribute('data-figure')!,
        zh: section.querySelector('.caption-zh .excerpt')?.textContent ?? '',
        en: section.querySelector('.caption-en .excerpt')?.textContent ?? '',
      })),
    );
    // English runs about 3.3 times the characters of the Chinese it translates; a fragment beside a whole sentence falls far outside.
    const uneven = captions.filter((caption) => !(caption.en.length / caption.zh.length >= 1.6 && caption.en.length / caption.zh.length <= 7));
    assert.deepEqual(uneven.map((caption) => `${caption.id}: “${caption.zh}” beside “${caption.en}”`), [], 'both captions say as much');
    const unwrap = (text: string): string => text.replace(/^(……|…)/u, '').replace(/(……|…)$/u, '');
    for (const caption of captions) {
      const figure = report.figures.find((candidate) => candidate.id === caption.id)!;
      for (const lang of ['zh', 'en'] as const) {
        const text = figure.text[lang]!;
        assert.ok(text.sentence.includes(unwrap(caption[lang])), `${caption.id} ${lang}: “${caption[lang]}” is in the sentence`);
        assert.ok(caption[lang].includes(text.display), `${caption.id} ${lang}: the caption holds ${text.display}`);
      }
    }
  });

  it('keeps every slide’s text inside the slide, and each caption clear of its figure', async () => {
    const total = await deck.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getSlides().length);
    assert.equal(total, expectedSlideCount(spec, { glossarySlides, grids }));
    const problems: string[] = [];
    for (let index = 0; index < total; index += 1) {
      await deck.page.evaluate((n) => {
        const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
        const { h, v } = reveal.getIndices(reveal.getSlides()[n]);
        reveal.slide(h, v);
      }, index);
      problems.push(
        ...(await deck.page.evaluate((slide) => {
          const section = (window as unknown as { Reveal: RevealApi }).Reveal.getCurrentSlide();
          const found: string[] = [];
          const frame = section.querySelector('.frame')!.getBoundingClientRect();
          for (const node of section.querySelectorAll('.frame h1, .frame h2, .frame h3, .frame p, .frame svg, .frame li')) {
            const box = node.getBoundingClientRect();
            if (box.top < frame.top || box.bottom > frame.bottom - 8 || box.left < frame.left || box.right > frame.right) found.push(`slide ${slide + 1}: “${node.textContent?.slice(0, 20)}” outside the slide`);
          }
          const caption = section.querySelector('.caption')?.getBoundingClientRect();
          const values = Array.from(section.querySelectorAll('.figure-value'), (node) => node.getBoundingClientRect().bottom);
          if (caption && caption.top < Math.max(...values)) found.push(`slide ${slide + 1}: caption over the figure`);
          return found;
        }, index)),
      );
    }
    await deck.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(0, 0));
    assert.deepEqual(problems, []);
  });

  it('ships only the font faces its slides use, so the folder stays small', async () => {
    // Run after a test that visited every slide: Chromium loads a face only when some text is set in it.
    const faces = await deck.page.evaluate(async () => {
      await document.fonts.ready;
      return Array.from(document.fonts, (face) => `${face.family} ${face.weight} ${face.style}: ${face.status}`);
    });
    assert.ok(faces.length >= 2, `expected at least 2 font faces, got ${faces.join(', ')}`);
    assert.deepEqual(faces.filter((face) => !face.endsWith('loaded') || face.endsWith('unloaded')), [], 'every face is used');
    const bytes = (await readdir(path.join(deckFolder(), 'fonts'))).reduce((sum, file) => sum + statSync(path.join(deckFolder(), 'fonts', file)).size, 0);
    assert.ok(bytes < 800_000, `fonts: ${bytes} bytes`);
  });

  it('closes with every glossary term and both its explanations, each term starting on one slide, the glossary last', async () => {
    const slides = await deck.page.$$eval('.slides > section', (sections) =>
      sections.map((section) => ({
        kind: section.getAttribute('data-kind'),
        starts: Array.from(section.querySelectorAll('.term:not(.term-continued) .term-zh'), (node) => node.textContent),
        text: Array.from(section.querySelectorAll('.term p'), (node) => node.textContent).join('\n'),
      })),
    );
    const first = slides.findIndex((slide) => slide.kind === 'glossary');
    assert.ok(first > 0 && slides.slice(first).every((slide) => slide.kind === 'glossary'), 'glossary slides close the deck');
    const glossary = slides.slice(first);
    assert.deepEqual(glossary.flatMap((slide) => slide.starts), report.glossary!.terms.map((term) => term.text.zh.term));
    const text = glossary.map((slide) => slide.text).join('\n');
    for (const term of report.glossary!.terms) {
      assert.ok(text.includes(term.text.zh.explanation), `${term.text.zh.term}: Chinese explanation`);
      assert.ok(text.includes(term.text.en!.explanation), `${term.text.zh.term}: English explanation`);
    }
  });

  it('gives every slide speaker notes', async () => {
    const bare = await deck.page.$$eval('.slides section:not(:has(> section))', (sections) =>
      sections.filter((section) => (section.querySelector(':scope > aside.notes')?.textContent ?? '').trim().length < 2).map((section) => section.getAttribute('data-kind')),
    );
    assert.deepEqual(bare, []);
  });

  it('gives every figure and chart slide speaker notes with both source sentences and the section', async () => {
    const notes = await deck.page.$$eval('section[data-kind=figure], section[data-kind=chart]', (sections) =>
      sections.map((section) => ({ id: section.getAttribute('data-figure') ?? section.getAttribute('data-chart'), text: section.querySelector('aside.notes')?.textContent ?? '' })),
    );
    assert.ok(notes.length > 0, 'the deck has figure or chart slides with notes');
    for (const note of notes) {
      const ids = spec.groups.flatMap((group) => group.charts).find((chart) => chart.id === note.id)?.figures ?? [note.id];
      for (const id of ids) {
        const figure = report.figures.find((candidate) => candidate.id === id)!;
        assert.ok(note.text.includes(figure.text.zh.sentence), `${id}: zh sentence in the notes`);
        assert.ok(note.text.includes(figure.text.en!.sentence), `${id}: en sentence in the notes`);
        const part = report.sections.find((section) => section.id === figure.sectionIds[0])!;
        assert.ok(note.text.includes(part.title.zh.text), `${id}: part title in the notes`);
      }
    }
  });

  it('draws each chart as SVG captioned with every charted figure, and names them all to a screen reader', async () => {
    const drawn = await deck.page.$$eval('section[data-kind=chart]', (sections) =>
      sections.map((section) => ({
        id: section.getAttribute('data-chart'),
        texts: Array.from(section.querySelectorAll('svg g.mark-text.role-mark text'), (text) => Array.from(text.querySelectorAll('tspan'), (span) => span.textContent).join('|') || text.textContent),
      })),
    );
    for (const chart of spec.groups.flatMap((group) => group.charts)) {
      const texts = drawn.find((candidate) => candidate.id === chart.id)!.texts;
      const displays = chart.figures.map((id) => report.figures.find((figure) => figure.id === id)!.text.zh.display);
      assert.deepEqual(texts.map((text) => text?.split('|')[0]), displays, `${chart.id}: every row captioned with its figure`);
      // reveal.js hides every slide but the current one from assistive technology.
      await deck.page.evaluate((id) => {
        const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
        const { h, v } = reveal.getIndices(document.querySelector(`section[data-chart="${id}"]`)!);
        reveal.slide(h, v);
      }, chart.id);
      const handle = await deck.page.$(`section[data-chart="${chart.id}"] figure.chart`);
      const tree = await deck.page.accessibility.snapshot({ root: handle!, interestingOnly: false });
      assert.equal(tree?.role, 'image');
      for (const id of chart.figures) {
        const figure = report.figures.find((candidate) => candidate.id === id)!;
        assert.ok(tree?.name?.includes(figure.text.zh.display) && tree.name.includes(figure.text.en!.display), `${chart.id}: ${id} named`);
      }
    }
    await deck.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(0, 0));
  });

  it('opens with an agenda linking every section slide, and each link leads there', async () => {
    const links = await deck.page.$$eval('.slides > section', (sections) => {
      const agenda = sections[1];
      return { kind: agenda.getAttribute('data-kind'), hrefs: Array.from(agenda.querySelectorAll('a'), (link) => link.getAttribute('href')) };
    });
    const sections = [...spec.groups.map((group) => group.id), 'glossary'];
    assert.deepEqual(links, { kind: 'agenda', hrefs: sections.map((id) => `#/${id}`) });
    await deck.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(1, 0));
    await deck.page.click(`.slide-agenda a[href="#/${spec.groups[1].id}"]`);
    await deck.page.waitForFunction((id) => (window as unknown as { Reveal: RevealApi }).Reveal.getCurrentSlide().id === id, {}, spec.groups[1].id);
    await deck.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.slide(0, 0));
  });

  it('opens at the slide an anchor names (#/results-2020, #/glossary, a figure’s id)', async () => {
    for (const id of [spec.groups[0].id, 'glossary', spec.groups[0].headline[0]]) {
      const opened = await openDeck(browser, deckFolder(), `#/${id}`);
      const current = await opened.page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getCurrentSlide().id);
      await opened.page.close();
      assert.equal(current, id);
    }
  });

  it('gives slides.pdf one bookmark a slide, “中文 · English”, nested by section: the groups’ grids, figures and charts, the glossary’s terms once each', async () => {
    const { outline, pages } = await readPdf(path.join(outDir, 'slides.pdf'));
    const flat = (items: typeof outline): typeof outline => items.flatMap((item) => [item, ...flat(item.items)]);
    const all = flat(outline);
    assert.deepEqual(all.map((item) => item.pageNumber).sort((a, b) => a! - b!), pages.map((page) => page.number), 'every page bookmarked once');
    for (const item of all) assert.match(item.title, /^[^A-Za-z]*\p{Script=Han}.* · .*[A-Za-z]/u, `both languages, with a separator: ${item.title}`);
    const top = outline.map((item) => item.title);
    assert.equal(top[0], `${report.meta.zh.title} · ${report.meta.en!.title}`);
    assert.ok(top.includes('目录 · Contents'), top.join(' / '));
    for (const group of spec.groups) {
      const entry = outline.find((item) => item.title === `${group.title.zh} · ${group.title.en}`);
      assert.ok(entry, `${group.title.zh} bookmarked`);
      const figures = group.headline.map((id) => report.figures.find((figure) => figure.id === id)!);
      const titles = entry.items.map((item) => item.title);
      const grids = titles.filter((title) => title.startsWith('数据一览'));
      assert.equal(grids.length > 0, figures.length >= 2, `${group.id}: its grid bookmarked`);
      const rest = titles.slice(grids.length);
      assert.equal(rest.length, figures.length + group.charts.length);
      figures.forEach((figure, index) => assert.ok(rest[index].startsWith(figure.text.zh.label) && rest[index].includes(` · ${figure.text.en!.label}`), rest[index]));
      group.charts.forEach((chart, index) => assert.equal(rest[figures.length + index], `${chart.title.zh} · ${chart.title.en}`));
    }
    const glossary = outline.find((item) => item.title === '名词解释 · Glossary');
    assert.ok(glossary, 'the glossary bookmarked under its one title');
    const termTitles = flat(glossary.items).map((item) => item.title);
    for (const term of report.glossary!.terms) {
      const whole = termTitles.filter((title) => title.includes(`${term.number}. ${term.text.zh.term}`) && !title.includes('（续）'));
      assert.equal(whole.length, 1, `${term.text.zh.term} bookmarked once: ${whole.join(' / ')}`);
      assert.ok(whole[0].includes(term.text.en!.term), `${whole[0]} carries ${term.text.en!.term}`);
    }
  });

  it('loads nothing from outside its folder and logs no error', () => {
    assert.ok(deck.requests.length > 5, 'the deck loaded its own files');
    assert.deepEqual(outsideRequests(deck.requests, deckFolder()), []);
    assert.deepEqual(deck.errors, []);
  });

  it('moves with the keyboard and numbers its slides', async () => {
    await deck.page.keyboard.press('ArrowRight');
    await deck.page.keyboard.press('ArrowRight');
    const state = await deck.page.evaluate(() => ({
      index: (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
      number: document.querySelector('.slide-number')?.textContent?.replace(/\s+/g, ''),
    }));
    assert.equal(state.index, 2);
    assert.equal(state.number, `3/${expectedSlideCount(spec, { glossarySlides, grids })}`);
  });

  it('opens the speaker view offline, showing the notes of the current figure', async () => {
    const popup = new Promise<Page | null>((resolve) => deck.page.once('popup', resolve));
    await deck.page.keyboard.press('s');
    const notesWindow = (await popup)!;
    const errors: string[] = [];
    notesWindow.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    notesWindow.on('pageerror', (error) => errors.push(String(error)));
    const first = spec.groups[0].headline[0];
    const index = await deck.page.$$eval('.slides > section', (sections, id) => sections.findIndex((section) => section.getAttribute('data-figure') === id), first);
    await notesWindow.waitForSelector('.speaker-controls-notes');
    await deck.page.evaluate((h) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h), index);
    const figure = report.figures.find((candidate) => candidate.id === first)!;
    await notesWindow.waitForFunction((sentence) => document.querySelector('.speaker-controls-notes')?.textContent?.includes(sentence), {}, figure.text.en!.sentence);
    const text = await notesWindow.$eval('.speaker-controls-notes', (node) => node.textContent ?? '');
    assert.ok(text.includes(figure.text.zh.sentence), `the notes show the Chinese sentence: ${text}`);
    assert.deepEqual(errors, []);
    await notesWindow.close();
  });

  it('sets body text at 28 px or more, with a contrast of at least 7:1 against its background', async () => {
    const texts = await deck.page.$$eval('.slides section .frame p, .slides section .frame h3, .slides section .frame li span', (nodes) =>
      nodes.map((node) => {
        let back: Element | null = node;
        while (back && getComputedStyle(back).backgroundColor === 'rgba(0, 0, 0, 0)') back = back.parentElement;
        return { text: node.textContent, size: parseFloat(getComputedStyle(node).fontSize), colour: getComputedStyle(node).color, background: back ? getComputedStyle(back).backgroundColor : 'rgb(255, 255, 255)' };
      }),
    );
    const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]): number => {
      const [lr, lg, lb] = [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    assert.ok(texts.length > 0, 'the slides have body text to measure');
    for (const { text, size, colour, background } of texts) {
      assert.ok(size >= 28, `${size}px: ${text}`);
      const [light, dark] = [luminance(rgb(colour)), luminance(rgb(background))].sort((a, b) => b - a);
      assert.ok((light + 0.05) / (dark + 0.05) >= 7, `contrast of ${text}`);
    }
  });

  it('prints one 16:9 page per slide with every font embedded', async () => {
    const pdf = await readPdf(path.join(outDir, 'slides.pdf'));
    assert.equal(pdf.pages.length, expectedSlideCount(spec, { glossarySlides, grids }));
    for (const page of pdf.pages) assert.ok(Math.abs(page.width / page.height - 16 / 9) < 0.01, `${page.width}×${page.height}`);
    const fonts = execFileSync('pdffonts', [path.join(outDir, 'slides.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    assert.ok(fonts.length > 0, 'pdffonts lists the fonts of slides.pdf');
    for (const line of fonts) assert.match(line, /^\w+\+(NotoSansSC|NotoSerifSC|SourceSerif4)-\S+\s.*\byes\s+yes\s+yes\b/, `only the deck's own fonts, embedded: ${line}`);
  });
});
