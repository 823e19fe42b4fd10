import type { Heading as MdHeading, Node, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FigureMark, LangBlock, LangDocument, LangSection } from './language-document.ts';
import { fail, warn } from './messages.ts';
import { normaliseZh } from './normalise-zh.ts';
import type { BlockKind, Heading, Inline, Lang, Paragraph, ReportMeta, SourcePosition, TermText } from './types.ts';

interface ReadParagraph {
  paragraph: Paragraph;
  figures: Array<Omit<FigureMark, 'block' | 'paragraph'>>;
}

const META_KEYS = ['title', 'occasion', 'speaker', 'office', 'date', 'publisher', 'index', 'issued'] as const;

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

class LanguageReader {
  readonly document: LangDocument;
  private part: LangSection | undefined;
  private section: LangSection | undefined;
  private closed = false;

  constructor(
    private readonly file: VFile,
    lang: Lang,
  ) {
    this.document = { lang, meta: { title: '' }, opening: [], sections: [], closing: [], glossary: undefined, figures: [] };
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
    for (const part of this.document.sections) this.checkNotEmpty(part);
    return this.document;
  }

  private readNode(node: RootContent): void {
    if (node.type === 'yaml') return this.readMeta(node.value, node);
    if (this.closed && node.type !== 'containerDirective') {
      return fail(this.file, 'nothing but the glossary may follow the `:::closing` block', node.position, 'structure');
    }
    switch (node.type) {
      case 'heading':
        return this.readHeading(node);
      case 'paragraph':
        return this.addBlock('paragraph', this.readParagraph(node.children, node));
      case 'leafDirective':
        return this.readLeafDirective(node);
      case 'containerDirective':
        return this.readContainer(node);
      default:
        return fail(this.file, `unsupported Markdown (${node.type}): use headings, paragraphs and the report directives`, node.position, 'structure');
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
      if (!(META_KEYS as readonly string[]).includes(key)) {
        warn(this.file, `unknown front-matter key \`${key}\` (known: ${META_KEYS.join(', ')})`, placeOf(isScalar(pair.key) ? pair.key.range?.[0] : 0), 'front-matter');
        continue;
      }
      const text = isScalar(pair.value) ? String(pair.value.value ?? '') : '';
      meta[key as (typeof META_KEYS)[number]] = this.lang === 'zh' ? normaliseZh(text) : text;
    }
    this.document.meta = meta;
  }

  private readHeading(node: MdHeading): void {
    const title: Heading = { text: this.clean(this.plainText(node.children)).trim(), position: positionOf(this.file, node) };
    if (node.depth === 1) {
      this.part = { depth: 1, title, blocks: [], sections: [] };
      this.section = undefined;
      this.document.sections.push(this.part);
    } else if (node.depth === 2 && this.part) {
      this.section = { depth: 2, title, blocks: [], sections: [] };
      this.part.sections.push(this.section);
    } else if (node.depth === 2) {
      fail(this.file, 'a `##` section heading needs a `#` part heading before it', node.position, 'structure');
    } else {
      fail(this.file, `heading level ${node.depth} is not used: parts are \`#\`, sections \`##\``, node.position, 'structure');
    }
  }

  private addBlock(kind: BlockKind, read: ReadParagraph | undefined): void {
    if (!read) return;
    const block: LangBlock = { kind, paragraph: read.paragraph };
    const target = kind === 'closing' ? this.document.closing : (this.section ?? this.part)?.blocks ?? this.document.opening;
    target.push(block);
    for (const mark of read.figures) this.document.figures.push({ ...mark, block, paragraph: read.paragraph });
  }

  private readLeafDirective(node: LeafDirective): void {
    if (node.name !== 'salutation') {
      return fail(this.file, `unknown directive \`::${node.name}\` (known: ::salutation, :::closing, :::glossary)`, node.position, 'structure');
    }
    this.addBlock('salutation', this.readParagraph(node.children, node));
  }

  private readContainer(node: ContainerDirective): void {
    if (node.name === 'closing') {
      this.closed = true;
      for (const child of node.children) {
        if (child.type === 'paragraph') this.addBlock('closing', this.readParagraph(child.children, child));
        else fail(this.file, 'the closing holds paragraphs only', child.position, 'structure');
      }
      return;
    }
    if (node.name === 'glossary') return this.readGlossary(node);
    fail(this.file, `unknown directive \`:::${node.name}\` (known: ::salutation, :::closing, :::glossary)`, node.position, 'structure');
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

  private readParagraph(children: PhrasingContent[], node: Node): ReadParagraph | undefined {
    const inlines: Inline[] = [];
    const figures: Array<Omit<FigureMark, 'block' | 'paragraph' | 'offset'> & { inline: number }> = [];
    let runIn: string | undefined;
    children.forEach((child, index) => {
      if (child.type === 'text') return inlines.push({ type: 'text', value: this.clean(child.value) });
      if (child.type === 'strong' && index === 0) return void (runIn = this.clean(this.plainText(child.children)).trim());
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
    if (runIn !== undefined && inlines[0]?.type === 'text') inlines[0] = { type: 'text', value: inlines[0].value.trimStart() };
    const head = runIn === undefined ? '' : runIn + (this.lang === 'en' ? ' ' : '');
    const text = head + inlines.map((inline) => inline.value).join('');
    if (text.trim() === '') return undefined;
    const offsetOf = (inline: number): number => head.length + inlines.slice(0, inline).reduce((sum, { value }) => sum + value.length, 0);
    return {
      paragraph: { runIn, inlines, text, position: positionOf(this.file, node) },
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
