import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import type { VFile } from 'vfile';
import { fail } from '../model/messages.ts';
import type { CodePiece, Piece, Slot } from './slots.ts';
import { XLIFF_NS } from './write-xliff.ts';

/** A unit of a translated XLIFF file: its target as pieces (undefined when it has no target) and where it stands. */
export interface TranslatedUnit {
  id: string;
  pieces: Piece[] | undefined;
  line: number;
  column: number;
}

type Place = { line: number; column: number };

function placeOf(node: Node): Place {
  return { line: node.lineNumber ?? 1, column: node.columnNumber ?? 1 };
}

function elements(parent: Node, name: string): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === node.ELEMENT_NODE && (node as Element).namespaceURI === XLIFF_NS && (node as Element).localName === name);
}

/** What a code's markup must look like: a translator's tool may keep, move or drop a code, never rewrite it. */
function validMarkup(piece: CodePiece): boolean {
  if (piece.kind === 'bold') return /^(\*\*|__)$/.test(piece.markup);
  const id = piece.code.slice('fig-'.length);
  return piece.type === 'start' ? piece.markup === ':fig[' : piece.markup.startsWith(`]{#${id}`) && piece.markup.endsWith('}');
}

class TargetReader {
  constructor(
    private readonly file: VFile,
    private readonly data: Map<string, string>,
    private readonly codes: Map<string, CodePiece>,
  ) {}

  private problem(reason: string, node: Node): void {
    fail(this.file, reason, placeOf(node), 'xliff');
  }

  /** The pieces of a <target>: text, and the markup of each <pc> from originalData; <mrk> annotations are transparent. */
  read(target: Element, unitId: string): Piece[] {
    const pieces: Piece[] = [];
    const seen = new Set<string>();
    const walk = (parent: Node): void => {
      for (const node of Array.from(parent.childNodes)) {
        if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) pieces.push({ type: 'text', value: node.nodeValue ?? '' });
        else if (node.nodeType !== node.ELEMENT_NODE) continue;
        else if ((node as Element).localName === 'mrk') walk(node);
        else if ((node as Element).localName === 'pc') this.readCode(node as Element, { unitId, pieces, seen, walk });
        else this.problem(`unit ${unitId}: inline element <${(node as Element).localName}> cannot stand here; keep the codes of the source (<pc>) as they are`, node);
      }
    };
    walk(target);
    for (const [code, start] of this.codes) {
      if (!seen.has(code)) this.problem(`unit ${unitId}: inline code ${code} (${start.kind === 'figure' ? 'a figure mark' : 'a bold run-in head'}) is missing from the target: put it back around its words`, target);
    }
    return pieces;
  }

  private readCode(element: Element, context: { unitId: string; pieces: Piece[]; seen: Set<string>; walk: (node: Node) => void }): void {
    const id = element.getAttribute('id') ?? '';
    const source = this.codes.get(id);
    if (!source) return this.problem(`unit ${context.unitId}: inline code ${id || '(no id)'} is not in the source: remove it`, element);
    if (context.seen.has(id)) return this.problem(`unit ${context.unitId}: inline code ${id} appears twice: keep one`, element);
    context.seen.add(id);
    const start = this.data.get(element.getAttribute('dataRefStart') ?? '');
    const end = this.data.get(element.getAttribute('dataRefEnd') ?? '');
    const startPiece = { type: 'start' as const, code: id, kind: source.kind, markup: start ?? '' };
    const endPiece = { type: 'end' as const, code: id, kind: source.kind, markup: end ?? '' };
    if (start === undefined || end === undefined || !validMarkup(startPiece) || !validMarkup(endPiece)) {
      return this.problem(`unit ${context.unitId}: inline code ${id} is damaged (its data references or original data were changed): copy it again from the source`, element);
    }
    context.pieces.push(startPiece);
    context.walk(element);
    context.pieces.push(endPiece);
  }
}

/** Parses a translated XLIFF 2.0 file; every problem is an error with its line and column on `file`. */
export function readXliff(file: VFile, sourceSlots: Map<string, Slot>): { units: TranslatedUnit[]; filePlace: Place } {
  let document;
  try {
    document = new DOMParser().parseFromString(String(file.value), 'text/xml');
  } catch (error) {
    const { locator } = error as { locator?: { lineNumber?: number; columnNumber?: number } };
    fail(file, `not well-formed XML: ${(error as Error).message.split('\n')[0]}`, { line: locator?.lineNumber ?? 1, column: locator?.columnNumber ?? 1 }, 'xliff');
    return { units: [], filePlace: { line: 1, column: 1 } };
  }
  const root = document.documentElement;
  if (!root || root.namespaceURI !== XLIFF_NS || root.localName !== 'xliff' || root.getAttribute('version') !== '2.0') {
    fail(file, 'not an XLIFF 2.0 file (<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0">): export it again with `report-press xliff export`', root ? placeOf(root) : { line: 1, column: 1 }, 'xliff');
    return { units: [], filePlace: { line: 1, column: 1 } };
  }
  const files = elements(root, 'file');
  const units: TranslatedUnit[] = [];
  for (const fileElement of files) {
    for (const unit of elements(fileElement, 'unit')) {
      const id = unit.getAttribute('id') ?? '';
      const slot = sourceSlots.get(id);
      const target = elements(unit, 'segment').flatMap((segment) => elements(segment, 'target'))[0];
      if (!slot || !target) {
        units.push({ id, pieces: undefined, ...placeOf(unit) });
        continue;
      }
      const data = new Map(elements(unit, 'originalData').flatMap((originalData) => elements(originalData, 'data')).map((element) => [element.getAttribute('id') ?? '', element.textContent ?? '']));
      const codes = new Map(slot.pieces.filter((piece): piece is CodePiece => piece.type === 'start').map((piece) => [piece.code, piece]));
      units.push({ id, pieces: new TargetReader(file, data, codes).read(target, id), ...placeOf(unit) });
    }
  }
  return { units, filePlace: files[0] ? placeOf(files[0]) : placeOf(root) };
}
