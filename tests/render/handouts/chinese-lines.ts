import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { openConfinedPage } from '../../../src/browser/browser.ts';

/**
 * Chinese line boxes as Chromium lays them out, for checking clreq's line-start and line-end rules and how far
 * justification spreads a line. The in-page part is a string, because tsx's keepNames helpers do not exist there.
 */

/** clreq: characters that may not start a line (closing punctuation, pause and stop marks). */
export const NO_LINE_START = '，。、；：？！）》」』】〕〉”’·…';
/** clreq: characters that may not end a line (opening punctuation). */
export const NO_LINE_END = '（《「『【〔〈“‘';

export interface ChineseLine {
  /** The line's characters, spaces left out. */
  text: string;
  /** The widest gap justification added between two neighbouring characters, in em of the paragraph's font size; null when the ragged copy broke elsewhere. */
  spread: number | null;
}

export interface ChineseParagraph {
  /** Where the paragraph is: its card, by `cardOf`'s count, and its first characters. */
  where: string;
  justified: boolean;
  lines: ChineseLine[];
}

/**
 * Runs in the page with `selector`: every matching element's lines. A line is a run of characters whose boxes
 * (one Range per character) sit side by side; a character lower than the previous one's foot starts the next line.
 * The spread of a gap is its width in the element as laid out less its width in a copy set ragged (`text-align:
 * start`) at the same width, which breaks at the same places.
 */
export function chineseLinesScript(selector: string): string {
  return `((selector) => {
    const charactersOf = (element) => {
      const found = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let offset = 0;
        for (const character of node.data) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + character.length);
          offset += character.length;
          const box = [...range.getClientRects()].find((rect) => rect.width > 0);
          if (box && character.trim() !== '') found.push({ character, left: box.left, bottom: box.bottom, top: box.top });
        }
      }
      return found;
    };
    const linesOf = (characters) => {
      const lines = [];
      for (const character of characters) {
        const line = lines[lines.length - 1];
        const previous = line?.[line.length - 1];
        if (!previous || (character.top + character.bottom) / 2 > previous.bottom) lines.push([character]);
        else line.push(character);
      }
      return lines;
    };
    const cards = [...document.querySelectorAll('.card')];
    return [...document.querySelectorAll(selector)].map((element) => {
      const style = getComputedStyle(element);
      const size = parseFloat(style.fontSize);
      const ragged = element.cloneNode(true);
      Object.assign(ragged.style, { position: 'absolute', visibility: 'hidden', boxSizing: 'border-box', width: element.getBoundingClientRect().width + 'px', textAlign: 'start', textAlignLast: 'start' });
      element.parentElement.append(ragged);
      const laid = linesOf(charactersOf(element));
      const natural = linesOf(charactersOf(ragged));
      ragged.remove();
      const card = cards.findIndex((candidate) => candidate.contains(element));
      return {
        where: (card >= 0 ? 'card ' + (card + 1) + ' ' : '') + '“' + element.textContent.trim().slice(0, 12) + '”',
        justified: style.textAlign === 'justify',
        lines: laid.map((line, index) => ({
          text: line.map((character) => character.character).join(''),
          spread: Math.max(0, ...line.slice(1).map((character, at) => {
            const other = natural[index]?.[at + 1];
            const otherBefore = natural[index]?.[at];
            if (!other || !otherBefore || other.character !== character.character) return Infinity;
            return (character.left - line[at].left - (other.left - otherBefore.left)) / size;
          })),
        })),
      };
    });
  })(${JSON.stringify(selector)})`;
}

/**
 * What breaks clreq's line rules, spreads a justified line more than `maxSpread` em between two characters, or leaves
 * a last line of punctuation or one or two characters.
 */
export function chineseLineProblems(paragraphs: ChineseParagraph[], options: { maxSpread: number }): string[] {
  const problems: string[] = [];
  for (const { where, justified, lines } of paragraphs) {
    for (const [index, { text, spread }] of lines.entries()) {
      if (index > 0 && NO_LINE_START.includes(text[0])) problems.push(`${where} line ${index + 1} starts with ${text[0]}: ${text}`);
      if (index < lines.length - 1 && NO_LINE_END.includes(text[text.length - 1])) problems.push(`${where} line ${index + 1} ends with ${text[text.length - 1]}: ${text}`);
      if (justified && index < lines.length - 1 && (spread ?? Infinity) > options.maxSpread) problems.push(`${where} line ${index + 1} spread ${spread?.toFixed(2) ?? 'unmeasured'} em: ${text}`);
    }
    const last = lines[lines.length - 1];
    // A last line of only punctuation, or one or two characters and punctuation.
    if (lines.length > 1 && [...last.text.replace(/[\p{P}\p{S}]/gu, '')].length < 3) problems.push(`${where} last line short: ${last.text}`);
  }
  return problems;
}

/**
 * Gap justification may add between two Chinese characters of a card, in em: a character pushed to the next line
 * by a closing mark spreads a line of 13 to 17 characters by 0.06 to 0.08 em; the cards printed before the fit
 * looked at the lines had gaps up to 0.46 em on the seed and 0.23 em on Luohu.
 */
export const CARD_MAX_SPREAD = 0.1;

/** Opens `file` of a handouts build folder in Chromium, fonts loaded, and sets out the Chinese lines inside `selector`. */
export async function readChineseLines(browser: Browser, options: { folder: string; file: string; selector: string }): Promise<ChineseParagraph[]> {
  const page = await openConfinedPage(browser, options.folder, { javaScript: true });
  try {
    await page.goto(pathToFileURL(path.join(options.folder, options.file)).href, { waitUntil: 'load' });
    await page.evaluate('Promise.all([...document.fonts].map((face) => face.load()))');
    return (await page.evaluate(chineseLinesScript(options.selector))) as ChineseParagraph[];
  } finally {
    await page.close();
  }
}
