import type { Node, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';

/** One paragraph of a source file as plain text, each character tied to its offset in the file. */
export interface SourceParagraph {
  /** Order of the paragraph in the file, from 0. */
  index: number;
  text: string;
  /** Source offset of each UTF-16 unit of `text`; -1 where the text may not be marked (inside a mark, a literal colon). */
  offsets: number[];
  /** Source offsets of the whole paragraph node. */
  start: number;
  end: number;
  line: number;
  /** The `#` part and `##` section headings above it. */
  part: string;
  section: string;
  /** Ids of the figures already marked in it. */
  markedIds: string[];
}

/** remark-directive reads `目标是:地区` as a directive; one without label or attributes is the text as written. */
function isLiteralColon(node: TextDirective): boolean {
  return node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
}

function nodeText(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as Node[]).map(nodeText).join('');
  return '';
}

/**
 * Ties a text node's value to its source: the two differ only where Markdown escapes a character (`\*`).
 * Returns undefined when they cannot be aligned, so the caller leaves that text unmarked.
 */
function alignText(value: string, source: string, sourceStart: number): number[] | undefined {
  const offsets: number[] = [];
  let at = 0;
  for (let index = 0; index < value.length; index += 1) {
    if (source[at] === '\\' && source[at + 1] === value[index]) at += 1;
    if (source[at] !== value[index]) return undefined;
    offsets.push(sourceStart + at);
    at += 1;
  }
  return offsets;
}

class ParagraphCollector {
  readonly paragraphs: SourceParagraph[] = [];
  private part = '';
  private section = '';

  constructor(private readonly source: string) {}

  collect(nodes: readonly RootContent[]): void {
    for (const node of nodes) {
      if (node.type === 'heading' && node.depth === 1) [this.part, this.section] = [nodeText(node).trim(), ''];
      else if (node.type === 'heading') this.section = nodeText(node).trim();
      else if (node.type === 'paragraph') this.addParagraph(node);
      else if (node.type === 'containerDirective' && node.name === 'closing') this.collect(node.children);
    }
  }

  private addParagraph(node: MdParagraph): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const paragraph: SourceParagraph = {
      index: this.paragraphs.length,
      text: '',
      offsets: [],
      start,
      end,
      line: node.position!.start.line,
      part: this.part,
      section: this.section,
      markedIds: [],
    };
    this.addInlines(paragraph, node.children);
    this.paragraphs.push(paragraph);
  }

  private addText(paragraph: SourceParagraph, value: string, node: Node): void {
    const from = node.position?.start.offset ?? -1;
    const to = node.position?.end.offset ?? -1;
    const aligned = from >= 0 ? alignText(value, this.source.slice(from, to), from) : undefined;
    paragraph.text += value;
    paragraph.offsets.push(...(aligned ?? value.split('').map(() => -1)));
  }

  private addInlines(paragraph: SourceParagraph, children: readonly PhrasingContent[]): void {
    for (const child of children) {
      if (child.type === 'text') {
        this.addText(paragraph, child.value, child);
      } else if (child.type === 'strong' || child.type === 'emphasis') {
        this.addInlines(paragraph, child.children);
      } else if (child.type === 'textDirective' && isLiteralColon(child)) {
        this.addText(paragraph, `:${child.name}`, child);
      } else if (child.type === 'textDirective') {
        const text = nodeText(child);
        if (child.name === 'fig' && child.attributes?.id) paragraph.markedIds.push(child.attributes.id);
        paragraph.text += text;
        paragraph.offsets.push(...text.split('').map(() => -1));
      } else {
        const text = nodeText(child);
        paragraph.text += text;
        paragraph.offsets.push(...text.split('').map(() => -1));
      }
    }
  }
}

/** The paragraphs of a report's body and closing, in order, with their part and section; the glossary is left out. */
export function sourceParagraphs(root: Root, source: string): SourceParagraph[] {
  const collector = new ParagraphCollector(source);
  collector.collect(root.children);
  return collector.paragraphs;
}
