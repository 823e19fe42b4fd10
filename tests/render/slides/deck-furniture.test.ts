import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { runCli } from '../../helpers/cli.ts';
import { openDeck } from './open-deck.ts';

interface Box {
  what: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Viewports a presenter meets: a 720p projector, a common laptop, a full-HD screen. */
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

describe('the deck’s furniture (controls, slide number) and its slides', () => {
  let outDir: string;
  let browser: Browser;

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'rp-furniture-'));
    const built = runCli(['build', '--only', 'slides', '--out', outDir]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  for (const viewport of VIEWPORTS) {
    it(`never overlap at ${viewport.width}×${viewport.height}`, async () => {
      const deck = await openDeck(browser, path.join(outDir, 'slides'));
      await deck.page.setViewport(viewport);
      // tsx names the helper functions of the callback below with esbuild's __name, which the page lacks.
      await deck.page.evaluate('window.__name = (f) => f');
      const total = await deck.page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
      const overlaps: string[] = [];
      for (let index = 0; index < total; index += 1) {
        const found: string[] = await deck.page.evaluate((n) => {
          type Reveal = { getSlides(): Element[]; getIndices(slide: Element): { h: number; v: number }; slide(h: number, v: number): void; getCurrentSlide(): Element; layout(): void };
          const reveal = (window as unknown as { Reveal: Reveal }).Reveal;
          reveal.layout();
          const { h, v } = reveal.getIndices(reveal.getSlides()[n]);
          reveal.slide(h, v);
          const boxOf = (what: string, rect: DOMRect): Box => ({ what, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
          const visible = (node: Element): boolean => {
            const style = getComputedStyle(node);
            const rect = node.getBoundingClientRect();
            return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && rect.width > 0 && rect.height > 0;
          };
          const furniture = Array.from(document.querySelectorAll('.reveal .controls button, .reveal .slide-number'))
            .filter(visible)
            .map((node) => boxOf(node.className.split(' ')[0] || node.tagName, node.getBoundingClientRect()));
          const slide = reveal.getCurrentSlide();
          const content: Box[] = Array.from(slide.querySelectorAll('.frame h1, .frame h2, .frame h3, .frame p, .frame li, .frame svg, .frame .caption'))
            .filter(visible)
            .map((node) => boxOf(`${node.tagName.toLowerCase()} “${(node.textContent ?? '').slice(0, 16)}”`, node.getBoundingClientRect()));
          const frame = slide.querySelector('.frame');
          if (frame) {
            const rect = frame.getBoundingClientRect();
            const border = parseFloat(getComputedStyle(frame).borderLeftWidth) * (rect.width / (frame as HTMLElement).offsetWidth);
            if (border > 0) content.push({ what: 'the coloured bar', left: rect.left, top: rect.top, right: rect.left + border, bottom: rect.bottom });
          }
          const meet = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          return furniture.flatMap((piece) => content.filter((box) => meet(piece, box)).map((box) => `slide ${n + 1}: ${piece.what} on ${box.what}`));
        }, index);
        overlaps.push(...found);
      }
      await deck.page.close();
      assert.deepEqual(overlaps, []);
    });
  }
});
