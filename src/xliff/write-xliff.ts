import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { matchQuotes } from './quote-codes.ts';
import type { CodePiece, Piece, Slot } from './slots.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** One unit to write: the Chinese slot and, when the English source has it, the English one. */
export interface UnitPair {
  zh: Slot;
  en?: Slot;
}

/**
 * Attributes of an inline code by kind: a run-in head may move, a figure neither moves out of its sentence nor goes;
 * a quote may go or come (the English quotes what it needs to, not what the Chinese does) and shows as its marks.
 */
function codeAttributes(kind: CodePiece['kind'], markup: { start: string; end: string }): Record<string, string> {
  if (kind === 'bold') return { type: 'fmt', subType: 'xlf:b', canCopy: 'no', canDelete: 'no', dispStart: '**', dispEnd: '**' };
  if (kind === 'figure') return { type: 'other', canCopy: 'no', canDelete: 'no', dispStart: 'fig[', dispEnd: ']' };
  return { type: 'quote', equivStart: markup.start, equivEnd: markup.end };
}

/** Appends pieces to an element, a paired code (`<pc>`) for each bold run and figure, its markup referenced in originalData. */
function appendPieces(element: XMLBuilder, pieces: Piece[], dataId: (markup: string) => string): void {
  const stack: XMLBuilder[] = [element];
  pieces.forEach((piece, index) => {
    const top = stack[stack.length - 1];
    if (piece.type === 'text') top.txt(piece.value);
    else if (piece.type === 'end') stack.pop();
    else {
      const end = pieces.slice(index).find((candidate) => candidate.type === 'end' && candidate.code === piece.code);
      const endMarkup = end?.type === 'end' ? end.markup : '';
      const attributes = codeAttributes(piece.kind, { start: piece.markup, end: endMarkup });
      stack.push(top.ele(XLIFF_NS, 'pc', { id: piece.code, ...attributes, dataRefStart: dataId(piece.markup), dataRefEnd: dataId(endMarkup) }));
    }
  });
}

/**
 * A child element on a line of its own: the document is indented by hand, because xmlbuilder2's prettyPrint
 * would also indent inside <source> and <target>, whose spaces are content.
 */
function child(parent: XMLBuilder, depth: number, name: string, attributes: Record<string, string> = {}): XMLBuilder {
  parent.txt(`\n${'  '.repeat(depth)}`);
  return parent.ele(XLIFF_NS, name, attributes);
}

function closeLine(element: XMLBuilder, depth: number): void {
  element.txt(`\n${'  '.repeat(depth)}`);
}

function writeUnit(parent: XMLBuilder, pair: UnitPair, depth: number): void {
  const unit = child(parent, depth, 'unit', { id: pair.zh.id, name: pair.zh.role });
  // One data element per distinct markup string of the unit, source and target together.
  const markup = [...new Set([...pair.zh.pieces, ...(pair.en?.pieces ?? [])].flatMap((piece) => (piece.type === 'text' ? [] : [piece.markup])))];
  const dataId = (text: string): string => `d${markup.indexOf(text) + 1}`;
  if (markup.length > 0) {
    const originalData = child(unit, depth + 1, 'originalData');
    for (const text of markup) child(originalData, depth + 2, 'data', { id: dataId(text), 'xml:space': 'preserve' }).txt(text);
    closeLine(originalData, depth + 1);
  }
  const segment = child(unit, depth + 1, 'segment');
  appendPieces(child(segment, depth + 2, 'source', { 'xml:space': 'preserve' }), pair.zh.pieces, dataId);
  if (pair.en) appendPieces(child(segment, depth + 2, 'target', { 'xml:space': 'preserve' }), matchQuotes(pair.zh.pieces, pair.en.pieces), dataId);
  closeLine(segment, depth + 1);
  closeLine(unit, depth);
}

/**
 * An XLIFF 2.0 document: the front matter's text values in a group of their own, then one unit per heading,
 * paragraph, table cell, glossary term and explanation, and figure label.
 */
export function writeXliff(options: { units: UnitPair[]; original: string }): string {
  const root = create().ele(XLIFF_NS, 'xliff', { version: '2.0', srcLang: 'zh', trgLang: 'en' });
  const file = child(root, 1, 'file', { id: 'report', original: options.original });
  const frontMatter = options.units.filter((pair) => pair.zh.role === 'front-matter');
  if (frontMatter.length > 0) {
    const group = child(file, 2, 'group', { id: 'front-matter', name: 'front-matter' });
    for (const pair of frontMatter) writeUnit(group, pair, 3);
    closeLine(group, 2);
  }
  for (const pair of options.units) if (pair.zh.role !== 'front-matter') writeUnit(file, pair, 2);
  closeLine(file, 1);
  closeLine(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.end({ headless: true, prettyPrint: false })}\n`;
}
