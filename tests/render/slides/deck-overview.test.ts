import assert from 'node:assert/strict';
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { checkSource } from '../../../src/check/run-checks.ts';
import type { Report } from '../../../src/model/types.ts';
import { deckSpecFor } from '../../../src/render/slides/deck-spec.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyOfSource } from '../../helpers/workspace.ts';
import { openDeck } from './open-deck.ts';

/** The builds and the screens a grid of figures must fit: 16:9 on a 720p projector, a laptop, a full-HD screen; 4:3 on an old projector and on a 16:9 screen. */
const CASES = [
  { aspect: '16:9', viewports: [{ width: 1280, height: 720 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }] },
  { aspect: '4:3', viewports: [{ width: 1024, height: 768 }, { width: 1280, height: 720 }] },
] as const;

interface GridSlide {
  id: string;
  group: string;
  kicker: string;
  cells: Array<{ href: string; text: string }>;
  notes: string;
}

describe('the grid slide of each group’s headline figures', () => {
  const outs = new Map<string, string>();
  let browser: Browser;
  let report: Report;

  before(async () => {
    for (const { aspect } of CASES) {
      const work = await copyOfSource(`overview-${aspect.replace(':', 'x')}`);
      if (aspect === '4:3') await appendFile(path.join(work.source, 'deck.yaml'), '\naspect: 4:3\n');
      const built = runCli(['build', '--only', 'slides', '--source', work.source, '--out', work.out]);
      assert.equal(built.status, 0, built.stderr + built.stdout);
      outs.set(aspect, work.out);
    }
    report = (await checkSource('source')).report!;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    for (const out of outs.values()) await rm(path.dirname(out), { recursive: true, force: true });
  });

  it('comes after each group’s section slide and before its figures, one cell per headline figure linking to its slide', async () => {
    const deck = await openDeck(browser, path.join(outs.get('16:9')!, 'slides'));
    const order = await deck.page.$$eval('.slides > section', (sections) => sections.map((section) => `${section.getAttribute('data-kind')}:${section.id}`));
    const grids: GridSlide[] = await deck.page.$$eval('section[data-kind=figure-overview]', (sections) =>
      sections.map((section) => ({
        id: section.id,
        group: section.getAttribute('data-group') ?? '',
        kicker: section.querySelector('.kicker')?.textContent ?? '',
        cells: Array.from(section.querySelectorAll('.figure-cell a'), (link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent?.replace(/\s+/g, ' ') ?? '' })),
        notes: section.querySelector('aside.notes')?.textContent ?? '',
      })),
    );
    const spec = deckSpecFor(report);
    const grouped = spec.groups.filter((group) => group.headline.length >= 2);
    assert.ok(grouped.length >= 3, 'the seed has groups of two or more figures');
    for (const group of spec.groups) {
      const mine = grids.filter((grid) => grid.group === group.id);
      if (group.headline.length < 2) {
        assert.equal(mine.length, 0, `${group.id}: no grid for a single figure`);
        continue;
      }
      const at = order.indexOf(`section:${group.id}`);
      assert.deepEqual(order.slice(at + 1, at + 1 + mine.length), mine.map((grid) => `figure-overview:${grid.id}`), `${group.id}: its grids follow its section slide`);
      assert.equal(order[at + 1 + mine.length], `figure:${group.headline[0]}`, `${group.id}: its figures follow its grids`);
      assert.deepEqual(mine.flatMap((grid) => grid.cells.map((cell) => cell.href)), group.headline.map((id) => `#/${id}`));
      for (const [index, id] of group.headline.entries()) {
        const figure = report.figures.find((candidate) => candidate.id === id)!;
        const grid = mine.find((candidate) => candidate.cells.some((cell) => cell.href === `#/${id}`))!;
        const cell = grid.cells.find((candidate) => candidate.href === `#/${id}`)!;
        for (const words of [figure.text.zh.display, figure.text.zh.label, figure.text.en!.label]) assert.ok(cell.text.includes(words), `${id}: the cell shows “${words}”: ${cell.text}`);
        const period = await deck.page.$eval(`section[data-figure="${id}"] .figure-period`, (node) => node.textContent ?? '');
        const [periodZh, periodEn] = period.split(' · ');
        assert.ok(cell.text.includes(periodZh) || grid.kicker.includes(periodZh), `${id}: the year and status ${periodZh} in its cell or the grid's kicker`);
        assert.ok(cell.text.includes(periodEn) || grid.kicker.includes(periodEn), `${id}: ${periodEn} in its cell or the grid's kicker`);
        assert.ok(grid.notes.includes(figure.text.zh.display) && grid.notes.includes(figure.text.en!.display), `${id}: the notes say the figure, figure ${index + 1}`);
      }
    }
    await deck.page.close();
  });

  it('takes the presenter to a figure’s slide when its cell is clicked', async () => {
    const deck = await openDeck(browser, path.join(outs.get('16:9')!, 'slides'));
    const spec = deckSpecFor(report);
    const group = spec.groups.find((candidate) => candidate.headline.length >= 2)!;
    const target = group.headline[1];
    await deck.page.evaluate((id) => {
      const reveal = (window as unknown as { Reveal: { getIndices(slide: Element): { h: number; v: number }; slide(h: number, v: number): void } }).Reveal;
      const { h, v } = reveal.getIndices(document.getElementById(id)!);
      reveal.slide(h, v);
    }, `${group.id}-overview`);
    await deck.page.click(`#${group.id}-overview a[href="#/${target}"]`);
    await deck.page.waitForFunction((id) => (window as unknown as { Reveal: { getCurrentSlide(): Element } }).Reveal.getCurrentSlide().id === id, {}, target);
    assert.deepEqual(deck.errors, []);
    await deck.page.close();
  });

  for (const { aspect, viewports } of CASES) {
    for (const viewport of viewports) {
      it(`keeps every cell whole, apart and inside its ${aspect} slide, clear of the controls, at ${viewport.width}×${viewport.height}`, async () => {
        const deck = await openDeck(browser, path.join(outs.get(aspect)!, 'slides'));
        await deck.page.setViewport(viewport);
        await deck.page.evaluate('window.__name = (f) => f');
        const problems: string[] = await deck.page.evaluate(() => {
          type Reveal = { getIndices(slide: Element): { h: number; v: number }; slide(h: number, v: number): void; layout(): void; getScale(): number };
          const reveal = (window as unknown as { Reveal: Reveal }).Reveal;
          reveal.layout();
          const found: string[] = [];
          const meet = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const inside = (inner: DOMRect, outer: DOMRect): boolean => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
          const grids = Array.from(document.querySelectorAll('section[data-kind=figure-overview]'));
          for (const slide of grids) {
            const { h, v } = reveal.getIndices(slide);
            reveal.slide(h, v);
            const frame = slide.querySelector('.frame') as HTMLElement;
            const scale = reveal.getScale();
            const outer = frame.getBoundingClientRect();
            const style = getComputedStyle(frame);
            const content = new DOMRect(outer.left + parseFloat(style.paddingLeft) * scale, outer.top + parseFloat(style.paddingTop) * scale, outer.width - (parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)) * scale, outer.height - (parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)) * scale);
            const cells = Array.from(slide.querySelectorAll('.figure-cell'), (cell) => cell.getBoundingClientRect());
            const furniture = Array.from(document.querySelectorAll('.reveal .controls button, .reveal .slide-number'))
              .filter((node) => getComputedStyle(node).display !== 'none' && getComputedStyle(node).visibility !== 'hidden' && node.getBoundingClientRect().width > 0)
              .map((node) => node.getBoundingClientRect());
            cells.forEach((cell, index) => {
              if (!inside(cell, content)) found.push(`${slide.id}: cell ${index + 1} outside the slide's content box`);
              cells.slice(index + 1).forEach((other, next) => {
                if (meet(cell, other)) found.push(`${slide.id}: cells ${index + 1} and ${index + next + 2} overlap`);
              });
              if (furniture.some((piece) => meet(piece, cell))) found.push(`${slide.id}: the controls on cell ${index + 1}`);
            });
            slide.querySelectorAll('.figure-cell').forEach((cell, index) => {
              const box = cell.getBoundingClientRect();
              for (const text of cell.querySelectorAll('p')) if (!inside(text.getBoundingClientRect(), box)) found.push(`${slide.id}: “${text.textContent}” outside cell ${index + 1}`);
              const link = cell.querySelector('a')!;
              if (link.scrollHeight > link.clientHeight + 1 || link.scrollWidth > link.clientWidth + 1) found.push(`${slide.id}: cell ${index + 1} overflows`);
            });
            for (const heading of slide.querySelectorAll('.kicker, h2')) {
              if (!inside(heading.getBoundingClientRect(), content)) found.push(`${slide.id}: its heading outside the slide`);
              if (cells.some((cell) => meet(cell, heading.getBoundingClientRect()))) found.push(`${slide.id}: a cell on its heading`);
            }
          }
          if (grids.length === 0) found.push('no grid slide');
          return found;
        });
        assert.deepEqual(problems, []);
        assert.deepEqual(deck.errors, []);
        await deck.page.close();
      });
    }
  }
});
