/** Reading real PDFs back for tests: text per page (pdfjs-dist), outline, links, metadata, fonts (poppler's pdffonts). */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const standardFontDataUrl = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  /** Advance width in points, spacing included. */
  width: number;
  /** Glyph height in points (from the text matrix). */
  size: number;
  fontName: string;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /** Text lines as a reader sees them: items joined by their baseline. */
  lines: string[];
  links: Array<{ dest: unknown; url?: string }>;
}

export interface PdfOutlineItem {
  title: string;
  pageNumber: number | undefined;
  items: PdfOutlineItem[];
}

export interface PdfDocument {
  pages: PdfPage[];
  outline: PdfOutlineItem[];
  info: Record<string, unknown>;
  text: string;
}

function groupLines(items: PdfTextItem[]): string[] {
  const rows = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    if (item.str === '') continue;
    const key = Math.round(item.y);
    const row = rows.get(key) ?? rows.get(key - 1) ?? rows.get(key + 1) ?? [];
    if (row.length === 0) rows.set(key, row);
    row.push(item);
  }
  return [...rows.entries()].sort((a, b) => b[0] - a[0]).map(([, row]) => row.sort((a, b) => a.x - b.x).map((item) => item.str).join(''));
}

export async function readPdf(file: string): Promise<PdfDocument> {
  const data = new Uint8Array(await readFile(file));
  const task = getDocument({ data, standardFontDataUrl, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [left, bottom, right, top] = page.view;
      const [width, height] = [right - left, top - bottom];
      const content = await page.getTextContent();
      const items = content.items
        .filter((item): item is typeof item & { str: string; transform: number[]; width: number; fontName: string } => 'str' in item)
        .map((item) => ({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[2], item.transform[3]), fontName: item.fontName }));
      const annotations = await page.getAnnotations();
      const links = annotations.filter((annotation: { subtype: string }) => annotation.subtype === 'Link').map((annotation: { dest: unknown; url?: string }) => ({ dest: annotation.dest, url: annotation.url }));
      pages.push({ number, width, height, items, lines: groupLines(items), links });
    }
    const resolve = async (items: Array<{ title: string; dest: unknown; items: unknown[] }> | null): Promise<PdfOutlineItem[]> =>
      Promise.all(
        (items ?? []).map(async (item) => {
          let pageNumber: number | undefined;
          const dest = typeof item.dest === 'string' ? await document.getDestination(item.dest) : (item.dest as unknown[] | null);
          if (Array.isArray(dest) && dest[0]) pageNumber = (await document.getPageIndex(dest[0])) + 1;
          return { title: item.title, pageNumber, items: await resolve(item.items as never) };
        }),
      );
    const outline = await resolve((await document.getOutline()) as never);
    const info = (await document.getMetadata()).info as Record<string, unknown>;
    return { pages, outline, info, text: pages.map((page) => page.lines.join('\n')).join('\n') };
  } finally {
    await task.destroy();
  }
}

/** The page a named destination or explicit destination of a link points to (1-based). */
export async function linkTargetPage(file: string, dest: unknown): Promise<number | undefined> {
  const task = getDocument({ data: new Uint8Array(await readFile(file)), standardFontDataUrl, verbosity: 0 });
  const document = await task.promise;
  try {
    const explicit = typeof dest === 'string' ? await document.getDestination(dest) : (dest as unknown[] | null);
    return Array.isArray(explicit) && explicit[0] ? (await document.getPageIndex(explicit[0])) + 1 : undefined;
  } finally {
    await task.destroy();
  }
}

/** The RGB colours a page's content stream fills and strokes with, as #rrggbb (pdfjs reads the operators). */
export async function drawnColours(file: string, pageNumber: number): Promise<Set<string>> {
  const task = getDocument({ data: new Uint8Array(await readFile(file)), standardFontDataUrl, verbosity: 0 });
  const document = await task.promise;
  try {
    const { fnArray, argsArray } = await (await document.getPage(pageNumber)).getOperatorList();
    const set = [OPS.setFillRGBColor, OPS.setStrokeRGBColor];
    return new Set(fnArray.flatMap((fn, index) => (set.includes(fn) ? [String(argsArray[index][0]).toLowerCase()] : [])));
  } finally {
    await task.destroy();
  }
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** Fonts as poppler's pdffonts lists them. */
export function pdfFonts(file: string): PdfFont[] {
  const output = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const yesNo = columns.slice(-5, -2);
      return { name: columns[0], type: columns.slice(1, -6).join(' '), embedded: yesNo[0] === 'yes', subset: yesNo[1] === 'yes' };
    });
}

export function hanSequence(text: string): string {
  return (text.match(/\p{Script=Han}/gu) ?? []).join('');
}
