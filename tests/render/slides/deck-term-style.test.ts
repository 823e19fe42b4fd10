import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../../src/browser/browser.ts';
import { runCli } from '../../helpers/cli.ts';
import { pdfFonts, readPdf } from '../../helpers/pdf.ts';
import { openDeck } from './open-deck.ts';

const HANDOUTS = ['handouts.pdf', 'handouts-cards.pdf', 'handouts-large.pdf'];

describe('one term style and one glossary title in the deck and the handouts', () => {
  let outDir: string;
  let browser: Browser;

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'rp-term-style-'));
    const built = runCli(['build', '--only', 'slides,handouts', '--out', outDir]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('sets a term on a deck slide bold and upright, the Chinese name in Noto Sans SC and the English in Source Serif 4', async () => {
    const deck = await openDeck(browser, path.join(outDir, 'slides'));
    const styles = await deck.page.$eval('section[data-kind=glossary-terms] .term', (term) =>
      ['.term-zh', '.term-en'].map((selector) => {
        const style = getComputedStyle(term.querySelector(selector)!);
        return { family: style.fontFamily.split(',')[0].replace(/["']/g, '').trim(), weight: style.fontWeight, style: style.fontStyle };
      }),
    );
    assert.deepEqual(styles, [
      { family: 'Noto Sans SC', weight: '700', style: 'normal' },
      { family: 'Source Serif 4', weight: '700', style: 'normal' },
    ]);
    await deck.page.close();
  });

  it('prints the term names in the same bold faces in slides.pdf and every handout, none of them italic', () => {
    for (const file of ['slides.pdf', ...HANDOUTS]) {
      const names = pdfFonts(path.join(outDir, file)).map((font) => font.name.replace(/^\w+\+/, ''));
      assert.ok(names.some((name) => /^NotoSansSC-Bold/.test(name)), `${file}: the Chinese term face: ${names.join(', ')}`);
      assert.ok(names.some((name) => /^SourceSerif4-Bold/.test(name)), `${file}: the English term face: ${names.join(', ')}`);
      assert.ok(!names.some((name) => /Italic|Oblique/i.test(name)), `${file}: no italic: ${names.join(', ')}`);
    }
  });

  it('titles the glossary 名词解释 in the deck as in the handouts, never letter-spaced as the source heading is', async () => {
    const deck = await openDeck(browser, path.join(outDir, 'slides'));
    const titles = await deck.page.$$eval('#glossary h2 [lang=zh-CN], section[data-kind=glossary-overview] .slide-heading [lang=zh-CN], section[data-kind=glossary-terms] .slide-heading [lang=zh-CN]', (nodes) => [...new Set(nodes.map((node) => node.textContent))]);
    assert.deepEqual(titles, ['名词解释']);
    await deck.page.close();
    for (const file of ['slides.pdf', ...HANDOUTS]) {
      const { text } = await readPdf(path.join(outDir, file));
      // The cards are titled as cards (名词卡片); the sheet and the large print with the glossary title.
      if (file !== 'handouts-cards.pdf') assert.ok(text.includes('名词解释'), `${file}: titled 名词解释`);
      assert.ok(!/名\s+词\s+解\s+释/u.test(text), `${file}: not letter-spaced`);
    }
  });
});
