/**
 * The English lines of a print PDF as poppler reads them back (word boxes from `pdftotext -bbox-layout`), and what
 * a proofreader checks on them: breaks beside punctuation, hyphenated line ends, numbers cut from their units, and
 * how wide justification sets the word spaces. Shared by `make bench` and the tests.
 */
import { execFileSync } from 'node:child_process';
import * as fontkit from 'fontkit';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { pdfStyles } from '../render/pdf/styles.ts';
import { loadTheme } from '../theme/load-theme.ts';
import { fonts } from '../theme/theme.ts';

export interface Word {
  text: string;
  xMin: number;
  xMax: number;
}

export interface TextLine {
  page: number;
  yMin: number;
  height: number;
  words: Word[];
}

const HAN = /\p{Script=Han}/u;

function elements(node: Root | RootContent, tagName: string, found: Element[] = []): Element[] {
  if (node.type === 'element' && node.tagName === tagName) found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, tagName, found);
  return found;
}

/** Every text line of `file` with its words' boxes, page by page, top to bottom. */
export function readTextLines(file: string): TextLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const lines: TextLine[] = [];
  elements(fromHtml(html), 'page').forEach((page, index) => {
    for (const line of elements(page, 'line')) {
      const words = elements(line, 'word').map((word) => ({ text: toString(word), xMin: Number(word.properties.xmin), xMax: Number(word.properties.xmax) }));
      lines.push({ page: index + 1, yMin: Number(line.properties.ymin), height: Number(line.properties.ymax) - Number(line.properties.ymin), words });
    }
  });
  return lines.sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.words[0].xMin - b.words[0].xMin);
}

/**
 * The English body lines in reading order: lines without a Han character whose height is that of the body text in an
 * edition of `columns` columns (poppler's line box is the font's ascent to descent: headings, tables, running heads
 * and folios differ), on the pages from `firstPage` (after the cover and contents).
 */
export function englishBodyLines(lines: TextLine[], options: { firstPage: number; columns: number }): TextLine[] {
  const font = bodyFont();
  const height = ((font.ascent - font.descent) / font.unitsPerEm) * bodyFontSize(options.columns);
  return lines.filter(
    (line) =>
      line.page >= options.firstPage &&
      line.words.length > 0 &&
      !line.words.some((word) => HAN.test(word.text)) &&
      Math.abs(line.height - height) < 0.2 &&
      !/^\d+$/.test(line.words.map((word) => word.text).join('')),
  );
}

function bodyFont(): fontkit.Font {
  return fontkit.openSync(fonts.serifEn.regular) as fontkit.Font;
}

function bodyFontSize(columns: number): number {
  return pdfStyles(loadTheme()).bodyText('en', columns).fontSize as number;
}

/** The normal word space, in points, of the English body face as an edition of `columns` columns sets it. */
export function normalWordSpace(columns: number): number {
  const font = bodyFont();
  return (font.layout(' ').advanceWidth / font.unitsPerEm) * bodyFontSize(columns);
}

/** A line of `lines` as text, words joined by a space. */
export function lineText(line: TextLine): string {
  return line.words.map((word) => word.text).join(' ').replace(/\u00a0/g, ' ');
}

const OPENS_WITH_CLOSING = /^[,.;:!?)\]”’]/u;
const ENDS_WITH_OPENING = /[“‘([]$/u;
const HYPHENATED = /\p{L}-$/u;
const NUMBER_END = /\p{Nd}[%‰]?$/u;
const PARAGRAPH_NUMBER = /^(?:\(\d+\)|\d+\.|[①-⑳])$/u;

export interface EnglishTypography {
  lines: number;
  hyphenated: number;
  /** The most hyphenated line ends in a row. */
  longestHyphenRun: number;
  /** Lines that begin with a closing mark or end with an opening one. */
  punctuationFaults: string[];
  /** A number at a line's end with the word after it (its unit or what it counts) at the start of the line after it. */
  numberSplits: string[];
  /** The widest gap between two words of a justified line, in normal word spaces of `spaceWidth`. */
  widestSpace: number;
  widestSpaceLine: string;
  /** The 99th percentile of the word spaces of justified lines, in normal word spaces. */
  spaceP99: number;
  /** Justified lines with a word space wider than 1.5 normal ones. */
  looseLines: string[];
}

/**
 * Whether `next` is the line after `line` in the same text: on the next page, or below it and starting at the same
 * left edge (the cells of a table row stand side by side at one height).
 */
function continues(line: TextLine, next: TextLine): boolean {
  if (next.page !== line.page) return true;
  return next.yMin > line.yMin + line.height / 2 && Math.abs(next.words[0].xMin - line.words[0].xMin) < 2;
}

/** What a proofreader measures on `lines` (English body lines in reading order, see englishBodyLines), whose normal word space is `spaceWidth` points. */
export function measureEnglishLines(lines: TextLine[], spaceWidth: number): EnglishTypography {
  const pageRight = new Map<number, number>();
  for (const line of lines) pageRight.set(line.page, Math.max(pageRight.get(line.page) ?? 0, line.words.at(-1)!.xMax));
  const result: EnglishTypography = { lines: lines.length, hyphenated: 0, longestHyphenRun: 0, punctuationFaults: [], numberSplits: [], widestSpace: 0, widestSpaceLine: '', spaceP99: 0, looseLines: [] };
  const allGaps: number[] = [];
  let run = 0;
  lines.forEach((line, index) => {
    const first = line.words[0].text;
    const last = line.words.at(-1)!.text;
    if (OPENS_WITH_CLOSING.test(first) || ENDS_WITH_OPENING.test(last)) result.punctuationFaults.push(lineText(line));
    run = HYPHENATED.test(last) ? run + 1 : 0;
    if (run > 0) result.hyphenated += 1;
    result.longestHyphenRun = Math.max(result.longestHyphenRun, run);
    const next = lines[index + 1];
    if (next && continues(line, next) && NUMBER_END.test(last) && /^\p{Ll}/u.test(next.words[0].text)) result.numberSplits.push(`${lineText(line)} / ${lineText(next)}`);
    // Justified: the line reaches the right edge of the English text on its page (a paragraph's last line does not).
    if (line.words.at(-1)!.xMax < pageRight.get(line.page)! - 1) return;
    // A paragraph's number hangs in a box of its own before the text (paragraph-text.tsx): no word space follows it.
    const hanging = PARAGRAPH_NUMBER.test(line.words[0].text) ? 1 : 0;
    const gaps = line.words.slice(1 + hanging).map((word, at) => (word.xMin - line.words[at + hanging].xMax) / spaceWidth);
    allGaps.push(...gaps);
    if (gaps.some((gap) => gap > 1.5)) result.looseLines.push(`${Math.max(...gaps).toFixed(2)} ${lineText(line)}`);
    gaps.forEach((gap) => {
      if (gap > result.widestSpace) {
        result.widestSpace = gap;
        result.widestSpaceLine = lineText(line);
      }
    });
  });
  allGaps.sort((a, b) => a - b);
  result.spaceP99 = allGaps[Math.floor(0.99 * (allGaps.length - 1))] ?? 0;
  return result;
}
