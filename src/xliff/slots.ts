import type { List, Node, Parent, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import type { Scalar } from 'yaml';
import { parseMarkdown } from '../source/parse-markdown.ts';
import { readFrontMatterSlots } from './front-matter-slots.ts';
import { codeQuotes } from './quote-codes.ts';

/** A piece of a unit's content: text as written in the Markdown source, or one end of an inline code. */
export type Piece = { type: 'text'; value: string } | CodePiece;

/** One end of an inline code: a bold run, a figure mark or a quote, with its markup (`**`, `:fig[`, `]{#id …}`, `“`). */
export interface CodePiece {
  type: 'start' | 'end';
  code: string;
  kind: 'bold' | 'figure' | 'quote';
  markup: string;
}

/** A translatable stretch of one language's Markdown source: its unit id, where it stands and its content. */
export interface Slot {
  id: string;
  /** What a translator sees it as, for the unit's `name`. */
  role: 'front-matter' | 'heading' | 'paragraph' | 'cell' | 'salutation' | 'closing' | 'glossary-title' | 'term' | 'explanation' | 'figure-label';
  /** Offsets of the content in the file: replacing this range with new content changes nothing else. */
  start: number;
  end: number;
  line: number;
  column: number;
  pieces: Piece[];
  /** A front-matter value: how its scalar was written, so that a new value is written the same way. */
  scalarType?: Scalar.Type;
}

function offsets(node: Node): [number, number] {
  return [node.position!.start.offset!, node.position!.end.offset!];
}

/**
 * The content of phrasing nodes between `start` and `end` as pieces: the Markdown text as written (escapes and
 * all, so that it goes back byte for byte) and, for bold runs and figure marks, their markup as inline codes.
 */
function piecesOf(source: string, children: PhrasingContent[], range: [number, number], counter: { bold: number }): Piece[] {
  const pieces: Piece[] = [];
  let cursor = range[0];
  const text = (to: number): void => {
    if (to > cursor) pieces.push({ type: 'text', value: source.slice(cursor, to) });
  };
  for (const child of children) {
    const isFigure = child.type === 'textDirective' && child.name === 'fig';
    if (child.type !== 'strong' && !isFigure) continue;
    const [from, to] = offsets(child);
    const inner = (child as Parent).children as PhrasingContent[];
    const innerFrom = inner.length > 0 ? offsets(inner[0])[0] : source.indexOf('[', from) + 1;
    const innerTo = inner.length > 0 ? offsets(inner[inner.length - 1])[1] : innerFrom;
    text(from);
    const kind = isFigure ? 'figure' : 'bold';
    const code = isFigure ? `fig-${(child as TextDirective).attributes?.id ?? ''}` : `b${(counter.bold += 1)}`;
    pieces.push({ type: 'start', code, kind, markup: source.slice(from, innerFrom) });
    pieces.push(...piecesOf(source, inner, [innerFrom, innerTo], counter));
    pieces.push({ type: 'end', code, kind, markup: source.slice(innerTo, to) });
    cursor = to;
  }
  text(range[1]);
  return pieces;
}

/** The value of `label="…"` in a figure mark's attributes, with its offsets. */
function labelRange(source: string, figure: TextDirective): [number, number] | undefined {
  const [from, to] = offsets(figure);
  const mark = source.slice(from, to);
  const match = /label=(["'])((?:(?!\1).)*)\1/u.exec(mark.slice(mark.lastIndexOf(']{')));
  if (!match) return undefined;
  const start = from + mark.lastIndexOf(']{') + match.index + 'label='.length + 1;
  return [start, start + match[2].length];
}

class SlotReader {
  readonly slots: Slot[] = [];
  private part = 0;
  private section = 0;
  private blocks = 0;
  private opening = 0;
  private closing = 0;
  private appendices = 0;
  /** `a1`, `a2` … while reading an appendix: its blocks and headings are numbered under it. */
  private appendix: string | undefined;

  constructor(private readonly source: string) {}

  private add(options: { id: string; role: Slot['role']; node: Node; range: [number, number]; children: PhrasingContent[] }): void {
    const counter = { bold: 0 };
    const { line, column } = options.node.position!.start;
    const pieces = codeQuotes(piecesOf(this.source, options.children, options.range, counter));
    this.slots.push({ id: options.id, role: options.role, start: options.range[0], end: options.range[1], line, column, pieces });
    this.addLabels(options.children);
  }

  private addLabels(children: PhrasingContent[]): void {
    for (const child of children) {
      if (child.type === 'textDirective' && child.name === 'fig') {
        const range = labelRange(this.source, child);
        const { line, column } = child.position!.start;
        if (range) this.slots.push({ id: `fig-${child.attributes?.id ?? ''}.label`, role: 'figure-label', start: range[0], end: range[1], line, column, pieces: codeQuotes([{ type: 'text', value: this.source.slice(...range) }]) });
      }
      if ('children' in child) this.addLabels(child.children as PhrasingContent[]);
    }
  }

  private get owner(): string {
    const part = this.appendix ?? `s${this.part}`;
    return this.section === 0 ? part : `${part}.${this.section}`;
  }

  private blockId(): string {
    if (this.part === 0 && !this.appendix) return `o.p${(this.opening += 1)}`;
    return `${this.owner}.p${(this.blocks += 1)}`;
  }

  private content(node: Parent): [number, number] {
    const children = node.children;
    return [offsets(children[0])[0], offsets(children[children.length - 1])[1]];
  }

  read(root: Root): Slot[] {
    for (const node of root.children) {
      if (node.type === 'yaml') this.slots.push(...readFrontMatterSlots(this.source, node).map((slot) => ({ ...slot, pieces: codeQuotes(slot.pieces) })));
      else this.readBody(node);
    }
    return this.slots;
  }

  private readBody(node: RootContent): void {
    if (node.type === 'heading' && node.children.length > 0) {
      if (node.depth === 1 && !this.appendix) [this.part, this.section] = [this.part + 1, 0];
      else this.section += 1;
      this.blocks = 0;
      this.add({ id: `${this.owner}.title`, role: 'heading', node, range: this.content(node), children: node.children });
    } else if (node.type === 'paragraph') {
      this.add({ id: this.blockId(), role: 'paragraph', node, range: offsets(node), children: node.children });
    } else if (node.type === 'list') {
      this.readList(node);
    } else if (node.type === 'table') {
      this.readTable(node);
    } else if (node.type === 'leafDirective' && node.name === 'salutation' && node.children.length > 0) {
      this.add({ id: this.blockId(), role: 'salutation', node, range: this.content(node), children: node.children });
    } else if (node.type === 'containerDirective') {
      this.readContainer(node);
    }
  }

  /** Each paragraph of a numbered list is a block; the first of an item takes its marker (`1. `) along, as the Chinese holds `1.` in its text. */
  private readList(list: List): void {
    for (const item of list.children) {
      item.children.forEach((child, index) => {
        if (child.type !== 'paragraph') return;
        const range: [number, number] = [offsets(index === 0 ? item : child)[0], offsets(child)[1]];
        this.add({ id: this.blockId(), role: 'paragraph', node: index === 0 ? item : child, range, children: child.children });
      });
    }
  }

  /** A table is one block; each cell that holds text is a unit of its own (`….p3.r2.c1`). */
  private readTable(table: Table): void {
    const id = this.blockId();
    table.children.forEach((row, rowIndex) =>
      row.children.forEach((cell, cellIndex) => {
        if (cell.children.length === 0) return;
        this.add({ id: `${id}.r${rowIndex + 1}.c${cellIndex + 1}`, role: 'cell', node: cell, range: this.content(cell), children: cell.children });
      }),
    );
  }

  private readContainer(node: ContainerDirective): void {
    if (node.name === 'appendix') return this.readAppendix(node);
    for (const child of node.children) {
      if (child.type === 'paragraph' && child.data?.directiveLabel) {
        this.add({ id: 'glossary.title', role: 'glossary-title', node: child, range: this.content(child), children: child.children });
      } else if (child.type === 'paragraph' && node.name === 'closing') {
        this.add({ id: `c.p${(this.closing += 1)}`, role: 'closing', node: child, range: offsets(child), children: child.children });
      } else if (child.type === 'list' && node.name === 'glossary') {
        child.children.forEach((item, index) => {
          const paragraph = item.children[0];
          if (paragraph?.type !== 'paragraph') return;
          this.readTerm(paragraph, `g${index + 1}`);
        });
      }
    }
  }

  /** `:::appendix[附件1：…]`: its title and its body, numbered under `a1`, `a2` …; the body's numbering resumes after it. */
  private readAppendix(node: ContainerDirective): void {
    const outer = { section: this.section, blocks: this.blocks };
    this.appendix = `a${(this.appendices += 1)}`;
    [this.section, this.blocks] = [0, 0];
    for (const child of node.children) {
      if (child.type === 'paragraph' && child.data?.directiveLabel) this.add({ id: `${this.appendix}.title`, role: 'heading', node: child, range: this.content(child), children: child.children });
      else this.readBody(child as RootContent);
    }
    this.appendix = undefined;
    [this.section, this.blocks] = [outer.section, outer.blocks];
  }

  /** A glossary item `term: explanation` as two units, split at its first colon. */
  private readTerm(paragraph: Parent, id: string): void {
    const [from, to] = offsets(paragraph);
    const colon = this.source.slice(from, to).search(/[:：]/u);
    if (colon < 0) return;
    const termEnd = from + colon;
    const explanationStart = from + colon + 1 + (/^\s*/u.exec(this.source.slice(from + colon + 1, to))?.[0].length ?? 0);
    const children = paragraph.children as PhrasingContent[];
    const within = (a: number, b: number): PhrasingContent[] => children.filter((child) => offsets(child)[0] >= a && offsets(child)[1] <= b && child.type !== 'text');
    this.add({ id: `${id}.term`, role: 'term', node: paragraph, range: [from, termEnd], children: within(from, termEnd) });
    const line = this.source.slice(0, explanationStart).split('\n').length;
    const column = explanationStart - this.source.lastIndexOf('\n', explanationStart - 1);
    this.add({ id: `${id}.explanation`, role: 'explanation', node: { ...paragraph, position: { start: { line, column, offset: explanationStart }, end: paragraph.position!.end } }, range: [explanationStart, to], children: within(explanationStart, to) });
  }
}

/** The translation units of one language's report source, in reading order, with where each stands. */
export function readSlots(file: VFile): Slot[] {
  return new SlotReader(String(file.value)).read(parseMarkdown(file));
}

/** A unit's content as Markdown: the text as written and the markup of its codes. */
export function piecesToMarkdown(pieces: Piece[]): string {
  return pieces.map((piece) => (piece.type === 'text' ? piece.value : piece.markup)).join('');
}
