import type { List, Heading as MdHeading, Node, Paragraph as MdParagraph, Table as MdTable, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FigureMark, LangBlock, LangDocument, LangSection } from './language-document.ts';
import { fail, warn } from './messages.ts';
import { normaliseZh } from './normalise-zh.ts';
import { splitItemNumber } from './numbering.ts';
import { type BlockKind, type Heading, type Inline, type Lang, META_KEYS, type Paragraph, type ReportMeta, type SourcePosition, type Table, type TableCell, type TermText } from './types.ts';

interface ReadParagraph {
  paragraph: Paragraph;
  figures: Array<Omit<FigureMark, 'block' | 'paragraph'>>;
}

function positionOf(file: VFile, node: Node): SourcePosition {
  return { file: file.path, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** remark-directive reads `问题:受疫情` or `at 10:AM` as a directive; one without label or attributes is plain text. */
function isLiteralColon(node: TextDirective): boolean {
  return node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
}

/** Inline markup a report cannot print as it stands: an image, a link, raw HTML, code; never reduced to text silently. */
const UNSUPPORTED_INLINE = new Set(['image', 'imageReference', 'link', 'linkReference', 'html', 'inlineCode', 'footnoteReference', 'delete']);

/** Plain text of phrasing content, the way a reader sees it; `unsupported` hears of every node it cannot print. */
function plainText(nodes: readonly Node[], unsupported: (node: Node) => void): string {
  return nodes
    .map((node) => {
      if (UNSUPPORTED_INLINE.has(node.type)) {
        unsupported(node);
        return '';
      }
      if (node.type === 'textDirective' && isLiteralColon(node as TextDirective)) return `:${(node as TextDirective).name}`;
      if ('value' in node && typeof node.value === 'string') return node.value;
      if ('children' in node && Array.isArray(node.children)) return plainText(node.children as Node[], unsupported);
      return '';
    })
    .join('');
}

const KNOWN_DIRECTIVES = '::salutation, :::closing, :::appendix, :::glossary';

interface ParagraphOptions {
  /** The number an ordered list gives its item; otherwise a leading number (1. （1） ①) is read from the text. */
  number?: string;
  /** Only body paragraphs are numbered items: a salutation, the closing or a table cell keeps its text whole. */
  numbered: boolean;
  /** A bold first run is a run-in head, except in a table cell. */
  runIn: boolean;
}

class LanguageReader {
  readonly document: LangDocument;
  private part: LangSection | undefined;
  private section: LangSection | undefined;
  /** The current `###` heading, under a section or directly under a part or appendix. */
  private item: LangSection | undefined;
  private appendix: LangSection | undefined;
  private closed = false;

  constructor(
    private readonly file: VFile,
    lang: Lang,
  ) {
    this.document = { lang, meta: { title: '' }, opening: [], sections: [], closing: [], appendices: [], glossary: undefined, figures: [] };
  }

  private get lang(): Lang {
    return this.document.lang;
  }

  /** Plain text of phrasing content; an image, link or other markup in it is an error at its place. */
  private plainText(nodes: readonly Node[]): string {
    return plainText(nodes, (node) =>
      fail(this.file, `unsupported inline markup (${node.type}): a report holds text only; remove it or write its words out`, node.position, 'structure'),
    );
  }

  private clean(text: string): string {
    const joined = text.replace(/\s*\n\s*/g, this.lang === 'zh' ? '' : ' ');
    return this.lang === 'zh' ? normaliseZh(joined) : joined;
  }

  read(root: Root): LangDocument {
    for (const node of root.children) this.readNode(node);
    if (!this.document.meta.title) warn(this.file, 'front matter has no `title`: the outputs will have no title', { line: 1, column: 1 }, 'front-matter');
    for (const part of [...this.document.sections, ...this.document.appendices]) this.checkNotEmpty(part);
    return this.document;
  }

  private readNode(node: RootContent): void {
    if (node.type === 'yaml') return this.readMeta(node.value, node);
    if (this.closed && node.type !== 'containerDirective') {
      return fail(this.file, 'nothing but appendices and the glossary may follow the `:::closing` block', node.position, 'structure');
    }
    this.readBodyNode(node);
  }

  private readBodyNode(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        return this.readHeading(node);
      case 'paragraph':
        return this.addBlock('paragraph', this.readParagraph(node.children, node, { numbered: true, runIn: true }));
      case 'list':
        return this.readList(node);
      case 'table':
        return this.readTable(node);
      case 'leafDirective':
        return this.readLeafDirective(node);
      case 'containerDirective':
        return this.readContainer(node);
      default:
        return fail(this.file, `unsupported Markdown (${node.type}): use headings, paragraphs, numbered lists, tables and the report directives`, node.position, 'structure');
    }
  }

  private readMeta(value: string, node: Node): void {
    const document = parseDocument(value);
    const firstLine = (node.position?.start.line ?? 1) + 1;
    const placeOf = (offset: number | undefined): { line: number; column: number } => {
      const before = value.slice(0, offset ?? 0).split('\n');
      return { line: firstLine + before.length - 1, column: before[before.length - 1].length + 1 };
    };
    if (document.errors.length > 0) {
      const [error] = document.errors;
      return fail(this.file, `front matter is not valid YAML: ${error.message.split('\n')[0]}`, placeOf(error.pos[0]), 'front-matter');
    }
    if (!isMap(document.contents)) {
      return fail(this.file, 'front matter must be a YAML mapping of `key: value` lines', node.position, 'front-matter');
    }
    const meta: ReportMeta = { title: '' };
    for (const pair of document.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!Object.hasOwn(META_KEYS, key)) {
        warn(this.file, `unknown front-matter key \`${key}\` (known: ${Object.keys(META_KEYS).join(', ')})`, placeOf(isScalar(pair.key) ? pair.key.range?.[0] : 0), 'front-matter');
        continue;
      }
      const text = isScalar(pair.value) ? String(pair.value.value ?? '') : '';
      meta[key as keyof ReportMeta] = this.lang === 'zh' ? normaliseZh(text) : text;
    }
    this.document.meta = meta;
  }

  private readHeading(node: MdHeading): void {
    const title: Heading = { text: this.clean(this.plainText(node.children)).trim(), position: positionOf(this.file, node) };
    const parent = this.section ?? this.part;
    if (node.depth === 3 && parent) {
      this.item = { depth: 3, title, blocks: [], sections: [] };
      parent.sections.push(this.item);
    } else if (this.appendix) {
      fail(this.file, 'an appendix holds paragraphs, tables and `###` headings: end it with `:::` before a `#` or `##` heading', node.position, 'structure');
    } else if (node.depth === 1) {
      this.part = { depth: 1, title, blocks: [], sections: [] };
      this.section = undefined;
      this.item = undefined;
      this.document.sections.push(this.part);
    } else if (node.depth === 2 && this.part) {
      this.section = { depth: 2, title, blocks: [], sections: [] };
      this.item = undefined;
      this.part.sections.push(this.section);
    } else if (node.depth === 2 || node.depth === 3) {
      fail(this.file, `a \`${'#'.repeat(node.depth)}\` heading needs a \`#\` part heading before it`, node.position, 'structure');
    } else {
      fail(this.file, `heading level ${node.depth} is not used: parts are \`#\`, sections \`##\`, numbered items \`###\``, node.position, 'structure');
    }
  }

  private addBlock(kind: BlockKind, read: ReadParagraph | undefined): void {
    if (!read) return;
    const block: LangBlock = { kind, paragraph: read.paragraph };
    const target = kind === 'closing' ? this.document.closing : (this.item ?? this.section ?? this.part)?.blocks ?? this.document.opening;
    target.push(block);
    for (const mark of read.figures) this.document.figures.push({ ...mark, block, paragraph: read.paragraph });
  }

  /** An ordered list is a run of numbered paragraphs (`1. We will …` in English is a list in Markdown). */
  private readList(node: List): void {
    if (!node.ordered) {
      return fail(this.file, 'a bulleted list is not used in a report: write numbered items `1.` or paragraphs', node.position, 'structure');
    }
    node.children.forEach((item, index) => {
      item.children.forEach((child, at) => {
        if (child.type !== 'paragraph') return fail(this.file, 'a numbered item holds paragraphs only', child.position, 'structure');
        const number = at === 0 ? `${(node.start ?? 1) + index}.` : undefined;
        this.addBlock('paragraph', this.readParagraph(child.children, child, { number, numbered: false, runIn: true }));
      });
    });
  }

  private readTable(node: MdTable): void {
    const figures: ReadParagraph['figures'] = [];
    let text = '';
    const rows: TableCell[][] = node.children.map((row, rowIndex) =>
      row.children.map((cell, cellIndex) => {
        if (rowIndex > 0 || cellIndex > 0) text += cellIndex === 0 ? '\n' : '\t';
        const read = this.readParagraph(cell.children, cell, { numbered: false, runIn: false });
        const offset = text.length;
        text += read?.paragraph.text ?? '';
        for (const mark of read?.figures ?? []) figures.push({ ...mark, offset: offset + mark.offset });
        return { inlines: read?.paragraph.inlines ?? [], text: read?.paragraph.text ?? '' };
      }),
    );
    const table: Table = { rows, headerRows: 1, align: (node.align ?? []).map((align) => align ?? null) };
    this.addBlock('table', { paragraph: { inlines: [], table, text, position: positionOf(this.file, node) }, figures });
  }

  private readLeafDirective(node: LeafDirective): void {
    if (node.name !== 'salutation') {
      return fail(this.file, `unknown directive \`::${node.name}\` (known: ${KNOWN_DIRECTIVES})`, node.position, 'structure');
    }
    this.addBlock('salutation', this.readParagraph(node.children, node, { numbered: false, runIn: true }));
  }

  private readContainer(node: ContainerDirective): void {
    if (this.appendix) return fail(this.file, 'an appendix holds paragraphs, tables and `###` headings: end it with `:::` first', node.position, 'structure');
    if (node.name === 'closing') {
      this.closed = true;
      for (const child of node.children) {
        if (child.type === 'paragraph') this.addBlock('closing', this.readParagraph(child.children, child, { numbered: false, runIn: true }));
        else fail(this.file, 'the closing holds paragraphs only', child.position, 'structure');
      }
      return;
    }
    if (node.name === 'appendix') return this.readAppendix(node);
    if (node.name === 'glossary') return this.readGlossary(node);
    fail(this.file, `unknown directive \`:::${node.name}\` (known: ${KNOWN_DIRECTIVES})`, node.position, 'structure');
  }

  /** `:::appendix[附件1：…]`: back matter, read like a part that holds no `#` or `##` headings. */
  private readAppendix(node: ContainerDirective): void {
    const label = node.children.find((child) => child.type === 'paragraph' && child.data?.directiveLabel);
    if (!label) fail(this.file, 'an appendix needs its title: `:::appendix[附件1：…]`', node.position, 'structure');
    const title: Heading = { text: label ? this.clean(this.plainText((label as MdParagraph).children)).trim() : '', position: positionOf(this.file, node) };
    const appendix: LangSection = { depth: 1, title, blocks: [], sections: [] };
    this.document.appendices.push(appendix);
    const outer = { part: this.part, section: this.section, item: this.item };
    Object.assign(this, { part: appendix, section: undefined, item: undefined, appendix });
    for (const child of node.children) if (child !== label) this.readBodyNode(child);
    Object.assign(this, { ...outer, appendix: undefined });
  }

  private readGlossary(node: ContainerDirective): void {
    const label = node.children.find((child) => child.type === 'paragraph' && child.data?.directiveLabel);
    const title: Heading = {
      text: label ? this.clean(this.plainText((label as MdParagraph).children)) : this.lang === 'zh' ? '名词解释' : 'Glossary',
      position: positionOf(this.file, node),
    };
    const terms: TermText[] = [];
    const numbers: number[] = [];
    for (const child of node.children) {
      if (child === label) continue;
      if (child.type !== 'list' || !child.ordered) {
        fail(this.file, 'the glossary holds one numbered list: `1. term: explanation`', child.position, 'glossary');
        continue;
      }
      child.children.forEach((item, index) => {
        const block = item.children.find((part) => part.type !== 'paragraph');
        if (block) fail(this.file, `unsupported Markdown in a glossary item (${block.type}): one line \`term: explanation\``, block.position, 'glossary');
        const text = this.clean(this.plainText(item.children)).trim();
        const separator = text.search(/[:：]/);
        if (separator <= 0 || separator === text.length - 1) {
          fail(this.file, 'glossary item has no `term: explanation` separator (a colon after the term)', item.position, 'glossary');
          return;
        }
        terms.push({ term: text.slice(0, separator).trim(), explanation: text.slice(separator + 1).trim(), position: positionOf(this.file, item) });
        numbers.push((child.start ?? 1) + index);
      });
    }
    if (terms.length === 0) warn(this.file, 'the glossary has no terms', node.position, 'glossary');
    this.document.glossary = { title, terms, numbers };
  }

  private readParagraph(children: PhrasingContent[], node: Node, options: ParagraphOptions): ReadParagraph | undefined {
    let number = options.number;
    let phrasing = children;
    const [first, second] = children;
    if (number === undefined && options.numbered && first?.type === 'text') {
      const split = splitItemNumber(first.value);
      // `1.**加快建设现代产业体系。**全面实施……`: the number stands before the bold run-in head.
      const headFollows = split.rest.trim() === '' && second?.type === 'strong';
      if (split.number && (split.rest.trim() !== '' || headFollows)) {
        number = split.number;
        phrasing = headFollows ? children.slice(1) : [{ ...first, value: split.rest }, ...children.slice(1)];
      }
    }
    const inlines: Inline[] = [];
    const figures: Array<Omit<FigureMark, 'block' | 'paragraph' | 'offset'> & { inline: number }> = [];
    let runIn: string | undefined;
    phrasing.forEach((child, index) => {
      if (child.type === 'text') return inlines.push({ type: 'text', value: this.clean(child.value) });
      if (child.type === 'strong' && index === 0 && options.runIn) return void (runIn = this.clean(this.plainText(child.children)).trim());
      if (child.type === 'strong') return inlines.push({ type: 'strong', value: this.clean(this.plainText(child.children)) });
      if (child.type === 'textDirective' && child.name === 'fig') {
        const mark = this.readFigure(child);
        figures.push({ ...mark, inline: inlines.length });
        return inlines.push({ type: 'figure', id: mark.id, value: mark.display });
      }
      if (child.type === 'textDirective' && isLiteralColon(child)) return inlines.push({ type: 'text', value: this.clean(`:${child.name}`) });
      if (child.type === 'break') return inlines.push({ type: 'text', value: this.lang === 'zh' ? '' : ' ' });
      fail(this.file, `unsupported inline markup (${child.type}): use **bold** for run-in heads and :fig[…]{#id} for figures`, child.position, 'structure');
    });
    // Never a bold run-in head that holds the number: **1.加快建设。** reads as number 1. and head 加快建设。
    if (runIn !== undefined && number === undefined && options.numbered) {
      const split = splitItemNumber(runIn);
      if (split.number) [number, runIn] = [split.number, split.rest.trim()];
    }
    // A Chinese number keeps the space the source has after it (1. 这一行), as published; English sets its own.
    if (inlines[0]?.type === 'text' && (runIn !== undefined || (number !== undefined && this.lang === 'en'))) inlines[0] = { type: 'text', value: inlines[0].value.trimStart() };
    // The number stands against the Chinese text after it, so its brackets are full-width as normaliseZh sets them: (3) → （3）.
    if (number !== undefined && this.lang === 'zh') number = normaliseZh(`${number}中`).slice(0, -1);
    const space = this.lang === 'en' ? ' ' : '';
    const head = (number === undefined ? '' : number + space) + (runIn === undefined ? '' : runIn + space);
    const text = head + inlines.map((inline) => inline.value).join('');
    if (text.trim() === '') return undefined;
    const offsetOf = (inline: number): number => head.length + inlines.slice(0, inline).reduce((sum, { value }) => sum + value.length, 0);
    return {
      paragraph: { number, runIn, inlines, text, position: positionOf(this.file, node) },
      figures: figures.map(({ inline, ...mark }) => ({ ...mark, offset: offsetOf(inline) })),
    };
  }

  private readFigure(node: TextDirective): Omit<FigureMark, 'block' | 'paragraph' | 'offset'> {
    const id = node.attributes?.id ?? '';
    if (!id) fail(this.file, 'figure has no id: write :fig[…]{#some-id}', node.position, 'figure');
    const attributes = Object.fromEntries(Object.entries(node.attributes ?? {}).map(([key, value]) => [key, String(value ?? '')]));
    return { id, attributes, display: this.clean(this.plainText(node.children)), position: positionOf(this.file, node) };
  }

  private checkNotEmpty(section: LangSection): void {
    if (section.blocks.length === 0 && section.sections.length === 0) {
      fail(this.file, `section “${section.title.text}” is empty`, { line: section.title.position.line, column: section.title.position.column }, 'empty-section');
    }
    section.sections.forEach((child) => this.checkNotEmpty(child));
  }
}

/** mdast of one language's source into its structure, with diagnostics on `file`. */
export function readLanguage(root: Root, file: VFile, lang: Lang): LangDocument {
  return new LanguageReader(file, lang).read(root);
}
