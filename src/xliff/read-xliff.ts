import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import type { VFile } from 'vfile';
import { fail } from '../model/messages.ts';
import type { CodePiece, Piece, Slot } from './slots.ts';
import { QUOTE_PAIRS } from './quote-codes.ts';
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
function validMarkup(kind: CodePiece['kind'], code: string, markup: { start: string; end: string }): boolean {
  if (kind === 'bold') return /^(\*\*|__)$/.test(markup.start) && markup.end === markup.start;
  if (kind === 'quote') return Object.hasOwn(QUOTE_PAIRS, markup.start) && QUOTE_PAIRS[markup.start] === markup.end;
  const id = code.slice('fig-'.length);
  return markup.start === ':fig[' && markup.end.startsWith(`]{#${id}`) && markup.end.endsWith('}');
}

const KIND_NAMES: Record<CodePiece['kind'], string> = { bold: 'a bold run-in head', figure: 'a figure mark', quote: 'a pair of quote marks' };

/** A quote of the target's own (`eq3`, or a `q` id the source lacks), its marks in originalData: English quotes what the Chinese does not. */
const ADDED_QUOTE = /^e?q\d+$/u;

/** A code of the unit's source: its kind and its markup at either end. */
interface SourceCode {
  kind: CodePiece['kind'];
  start: string;
  end: string;
}

interface Walk {
  unitId: string;
  pieces: Piece[];
  seen: Set<string>;
  /** `<sc>` codes still waiting for their `<ec>`. */
  open: Map<string, { element: Element; kind: CodePiece['kind']; start: string }>;
  walk: (node: Node) => void;
}

class TargetReader {
  constructor(
    private readonly file: VFile,
    private readonly data: Map<string, string>,
    private readonly codes: Map<string, SourceCode>,
  ) {}

  private problem(reason: string, node: Node): void {
    fail(this.file, reason, placeOf(node), 'xliff');
  }

  /** The pieces of a <target>: text, and the markup of each code (`<pc>`, or `<sc>` … `<ec>`) from originalData; <mrk> annotations are transparent. */
  read(target: Element, unitId: string): Piece[] {
    const context: Walk = { unitId, pieces: [], seen: new Set<string>(), open: new Map(), walk: () => undefined };
    context.walk = (parent: Node): void => {
      for (const node of Array.from(parent.childNodes)) {
        if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) context.pieces.push({ type: 'text', value: node.nodeValue ?? '' });
        else if (node.nodeType !== node.ELEMENT_NODE) continue;
        else if ((node as Element).localName === 'mrk') context.walk(node);
        else if ((node as Element).localName === 'pc') this.readPaired(node as Element, context);
        else if ((node as Element).localName === 'sc') this.readStart(node as Element, context);
        else if ((node as Element).localName === 'ec') this.readEnd(node as Element, context);
        else this.problem(`unit ${unitId}: inline element <${(node as Element).localName}> cannot stand here; keep the codes of the source (<pc>) as they are`, node);
      }
    };
    context.walk(target);
    for (const [code, { element }] of context.open) this.problem(`unit ${unitId}: inline code ${code} has no end (<ec startRef="${code}"/>): copy it again from the source`, element);
    for (const [code, start] of this.codes) {
      if (start.kind !== 'quote' && !context.seen.has(code)) this.problem(`unit ${unitId}: inline code ${code} (${KIND_NAMES[start.kind]}) is missing from the target: put it back around its words`, target);
    }
    return context.pieces;
  }

  /** The kind of the code `id` names, once per target; undefined (and an error at `element`) for an unknown or repeated id. */
  private kindOf(id: string, element: Element, context: Walk): CodePiece['kind'] | undefined {
    const added = ADDED_QUOTE.test(id) || this.copied(element)?.kind === 'quote';
    const kind = this.codes.get(id)?.kind ?? (added ? 'quote' : undefined);
    if (!kind) return void this.problem(`unit ${context.unitId}: inline code ${id || '(no id)'} is not in the source: remove it`, element);
    if (context.seen.has(id)) return void this.problem(`unit ${context.unitId}: inline code ${id} appears twice: keep one`, element);
    context.seen.add(id);
    return kind;
  }

  /** The source code a tool's copy (`copyOf`, a quote tag the translator pasted twice) copies; only a quote may be copied. */
  private copied(element: Element): SourceCode | undefined {
    const base = this.codes.get(element.getAttribute('copyOf') ?? '');
    return base?.kind === 'quote' ? base : undefined;
  }

  private damaged(id: string, element: Element, context: Walk): void {
    this.problem(`unit ${context.unitId}: inline code ${id} is damaged (its data references or original data were changed): copy it again from the source`, element);
  }

  private readPaired(element: Element, context: Walk): void {
    const id = element.getAttribute('id') ?? '';
    const kind = this.kindOf(id, element, context);
    if (!kind) return;
    const copied = this.copied(element);
    const start = this.data.get(element.getAttribute('dataRefStart') ?? '') ?? copied?.start;
    const end = this.data.get(element.getAttribute('dataRefEnd') ?? '') ?? copied?.end;
    if (start === undefined || end === undefined || !validMarkup(kind, id, { start, end })) return this.damaged(id, element, context);
    context.pieces.push({ type: 'start', code: id, kind, markup: start });
    context.walk(element);
    context.pieces.push({ type: 'end', code: id, kind, markup: end });
  }

  /** `<sc>`: the start of a code a tool split where a segment or a tag of its own fell inside it. */
  private readStart(element: Element, context: Walk): void {
    const id = element.getAttribute('id') ?? '';
    const kind = this.kindOf(id, element, context);
    if (!kind) return;
    const start = this.data.get(element.getAttribute('dataRef') ?? '');
    if (start === undefined) return this.damaged(id, element, context);
    context.open.set(id, { element, kind, start });
    context.pieces.push({ type: 'start', code: id, kind, markup: start });
  }

  private readEnd(element: Element, context: Walk): void {
    const id = element.getAttribute('startRef') ?? '';
    const open = context.open.get(id);
    if (!open) return this.problem(`unit ${context.unitId}: <ec> ends inline code ${id || '(no startRef)'}, which no <sc> before it starts: copy the code again from the source`, element);
    context.open.delete(id);
    const end = this.data.get(element.getAttribute('dataRef') ?? '');
    if (end === undefined || !validMarkup(open.kind, id, { start: open.start, end })) return this.damaged(id, element, context);
    context.pieces.push({ type: 'end', code: id, kind: open.kind, markup: end });
  }
}

/** The units of a file element, those in its groups (the front matter's) included, in document order. */
function unitsOf(parent: Element): Element[] {
  return Array.from(parent.childNodes)
    .filter((node): node is Element => node.nodeType === node.ELEMENT_NODE && (node as Element).namespaceURI === XLIFF_NS)
    .flatMap((element) => (element.localName === 'unit' ? [element] : element.localName === 'group' ? unitsOf(element) : []));
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
    for (const unit of unitsOf(fileElement)) {
      const id = unit.getAttribute('id') ?? '';
      const slot = sourceSlots.get(id);
      const target = elements(unit, 'segment').flatMap((segment) => elements(segment, 'target'))[0];
      if (!slot || !target) {
        units.push({ id, pieces: undefined, ...placeOf(unit) });
        continue;
      }
      const data = new Map(elements(unit, 'originalData').flatMap((originalData) => elements(originalData, 'data')).map((element) => [element.getAttribute('id') ?? '', element.textContent ?? '']));
      const codes = new Map<string, SourceCode>();
      for (const piece of slot.pieces) {
        if (piece.type === 'start') codes.set(piece.code, { kind: piece.kind, start: piece.markup, end: '' });
        else if (piece.type === 'end') codes.get(piece.code)!.end = piece.markup;
      }
      units.push({ id, pieces: new TargetReader(file, data, codes).read(target, id), ...placeOf(unit) });
    }
  }
  return { units, filePlace: files[0] ? placeOf(files[0]) : placeOf(root) };
}
