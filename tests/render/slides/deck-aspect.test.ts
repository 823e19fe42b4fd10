import assert from 'node:assert/strict';
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { runCli } from '../../helpers/cli.ts';
import { readPdf } from '../../helpers/pdf.ts';
import { copyOfSource } from '../../helpers/workspace.ts';
import { openDeck } from './open-deck.ts';

describe('a 4:3 deck (aspect: 4:3 in deck.yaml), for old projectors', () => {
  let work: { source: string; out: string };
  let browser: Browser;
  let buildOutput: string;

  before(async () => {
    work = await copyOfSource('aspect');
    await appendFile(path.join(work.source, 'deck.yaml'), '\naspect: 4:3\n');
    const built = runCli(['build', '--only', 'slides', '--source', work.source, '--out', work.out]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    buildOutput = built.stdout + built.stderr;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await rm(path.dirname(work.source), { recursive: true, force: true });
  });

  it('prints 4:3 pages, one per slide', async () => {
    const pdf = await readPdf(path.join(work.out, 'slides.pdf'));
    assert.ok(pdf.pages.length > 10, `expected more than 10 pages, got ${pdf.pages.length}`);
    for (const page of pdf.pages) assert.ok(Math.abs(page.width / page.height - 4 / 3) < 0.01, `${page.width}×${page.height}`);
  });

  it('keeps every slide’s text inside the 960×720 slide at 1024×768, or names the term that cannot be kept in', async () => {
    const deck = await openDeck(browser, path.join(work.out, 'slides'));
    await deck.page.setViewport({ width: 1024, height: 768 });
    await deck.page.evaluate('window.__name = (f) => f');
    const problems: string[] = await deck.page.evaluate(() => {
      type Reveal = { getSlides(): Element[]; getIndices(slide: Element): { h: number; v: number }; slide(h: number, v: number): void; getCurrentSlide(): Element };
      const reveal = (window as unknown as { Reveal: Reveal }).Reveal;
      const found: string[] = [];
      reveal.getSlides().forEach((slide, index) => {
        const { h, v } = reveal.getIndices(slide);
        reveal.slide(h, v);
        const frame = slide.querySelector('.frame')!.getBoundingClientRect();
        if (Math.abs(frame.width / frame.height - 4 / 3) > 0.01) found.push(`slide ${index + 1}: frame ${frame.width}×${frame.height}`);
        for (const node of slide.querySelectorAll('.frame h1, .frame h2, .frame h3, .frame p, .frame svg, .frame li')) {
          const box = node.getBoundingClientRect();
          const term = node.closest('.term')?.querySelector('.term-zh')?.firstChild?.textContent;
          if (box.bottom > frame.bottom + 0.5 || box.right > frame.right + 0.5) found.push(term ? `term “${term}”` : `slide ${index + 1}: “${node.textContent?.slice(0, 20)}” outside`);
        }
      });
      return found;
    });
    const unnamed = problems.filter((problem) => !(problem.startsWith('term ') && buildOutput.includes(`glossary term ${problem.slice(5)}`)));
    assert.deepEqual(unnamed, [], 'text outside its slide that the build did not name');
    assert.deepEqual(deck.errors, []);
    await deck.page.close();
  });
});
