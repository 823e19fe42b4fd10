import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Piece, Slot } from './slots.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** One unit to write: the Chinese slot and, when the English source has it, the English one. */
export interface UnitPair {
  zh: Slot;
  en?: Slot;
}

/** Attributes of an inline code by kind: a run-in head may move, a figure neither moves out of its sentence nor goes. */
const CODE_ATTRIBUTES: Record<'bold' | 'figure', Record<string, string>> = {
  bold: { type: 'fmt', subType: 'xlf:b', canCopy: 'no', canDelete: 'no', dispStart: '**', dispEnd: '**' },
  figure: { type: 'other', canCopy: 'no', canDelete: 'no', dispStart: 'fig[', dispEnd: ']' },
};

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
      stack.push(top.ele(XLIFF_NS, 'pc', { id: piece.code, ...CODE_ATTRIBUTES[piece.kind], dataRefStart: dataId(piece.markup), dataRefEnd: dataId(endMarkup) }));
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

function writeUnit(file: XMLBuilder, pair: UnitPair): void {
  const unit = child(file, 2, 'unit', { id: pair.zh.id, name: pair.zh.role });
  // One data element per distinct markup string of the unit, source and target together.
  const markup = [...new Set([...pair.zh.pieces, ...(pair.en?.pieces ?? [])].flatMap((piece) => (piece.type === 'text' ? [] : [piece.markup])))];
  const dataId = (text: string): string => `d${markup.indexOf(text) + 1}`;
  if (markup.length > 0) {
    const originalData = child(unit, 3, 'originalData');
    for (const text of markup) child(originalData, 4, 'data', { id: dataId(text), 'xml:space': 'preserve' }).txt(text);
    closeLine(originalData, 3);
  }
  const segment = child(unit, 3, 'segment');
  appendPieces(child(segment, 4, 'source', { 'xml:space': 'preserve' }), pair.zh.pieces, dataId);
  if (pair.en) appendPieces(child(segment, 4, 'target', { 'xml:space': 'preserve' }), pair.en.pieces, dataId);
  closeLine(segment, 3);
  closeLine(unit, 2);
}

/** An XLIFF 2.0 document: one unit per heading, paragraph, glossary term and explanation, and figure label. */
export function writeXliff(options: { units: UnitPair[]; original: string }): string {
  const root = create().ele(XLIFF_NS, 'xliff', { version: '2.0', srcLang: 'zh', trgLang: 'en' });
  const file = child(root, 1, 'file', { id: 'report', original: options.original });
  for (const pair of options.units) writeUnit(file, pair);
  closeLine(file, 1);
  closeLine(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.end({ headless: true, prettyPrint: false })}\n`;
}
