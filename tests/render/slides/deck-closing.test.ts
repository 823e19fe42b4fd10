import assert from 'node:assert/strict';
import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import jsQRModule from 'jsqr';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyOfSource } from '../../helpers/workspace.ts';
import { openDeck } from './open-deck.ts';

/** jsqr is CommonJS with a `default` export: under NodeNext the default import is the module object. */
const jsQR = jsQRModule.default;

const URL_GIVEN = 'https://example.org/reports/2021/government-work-report.html';

describe('a deck whose deck.yaml gives the full report’s url', () => {
  let work: { source: string; out: string };
  let browser: Browser;

  before(async () => {
    work = await copyOfSource('closing');
    await appendFile(path.join(work.source, 'deck.yaml'), `\nurl: ${URL_GIVEN}\n`);
    const built = runCli(['build', '--only', 'slides', '--source', work.source, '--out', work.out]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await rm(path.dirname(work.source), { recursive: true, force: true });
  });

  it('closes with the url as a link and a QR code a phone reads back as the url', async () => {
    const deck = await openDeck(browser, path.join(work.out, 'slides'), '#/closing');
    const seen = await deck.page.evaluate(() => {
      const slides = document.querySelectorAll('.slides > section');
      const closing = document.querySelector('section[data-kind=closing]')!;
      return { last: slides[slides.length - 1] === closing, href: closing.querySelector('a')?.getAttribute('href'), text: closing.querySelector('.closing-url')?.textContent, notes: closing.querySelector('aside.notes')?.textContent ?? '' };
    });
    assert.deepEqual({ ...seen, notes: seen.notes.includes(URL_GIVEN) }, { last: true, href: URL_GIVEN, text: URL_GIVEN, notes: true });
    // The QR code as the screen shows it, rasterised in Chromium and decoded by jsQR.
    const pixels = await deck.page.evaluate(async () => {
      const svg = document.querySelector('section[data-kind=closing] .qr svg')!;
      const image = new Image();
      image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 400, 400);
      context.drawImage(image, 20, 20, 360, 360);
      return Array.from(context.getImageData(0, 0, 400, 400).data);
    });
    const decoded = jsQR(Uint8ClampedArray.from(pixels), 400, 400);
    assert.equal(decoded?.data, URL_GIVEN);
    assert.deepEqual(deck.errors, []);
    await deck.page.close();
  });
});

describe('the deck check of url and aspect', () => {
  it('errors on a url that is not a web address, and on an aspect other than 16:9 or 4:3, at their lines', async () => {
    const work = await copyOfSource('closing-check');
    try {
      await appendFile(path.join(work.source, 'deck.yaml'), '\nurl: www.example.org\naspect: 5:4\n');
      const result = runCli(['check', '--source', work.source]);
      assert.notEqual(result.status, 0);
      const output = result.stdout + result.stderr;
      assert.match(output, /deck\.yaml:\d+:6 error url: must be a web address/);
      assert.match(output, /deck\.yaml:\d+:9 error aspect: must be 16:9 or 4:3/);
    } finally {
      await rm(path.dirname(work.source), { recursive: true, force: true });
    }
  });
});
