import type { VFile } from 'vfile';
import type { FigureMark, LangBlock, LangDocument, LangSection } from './language-document.ts';
import { fail, warn } from './messages.ts';
import { bareNumber, headingNumber } from './numbering.ts';
import { findEnNumbers, findZhNumbers } from './quantity.ts';
import type { Block, Figure, FigureText, Glossary, Lang, Report, Section, SectionDepth, SourcePosition } from './types.ts';

/** A section's label for messages: its printed number (一, 一(三), 一(三)2), or the start of its title when it has none. */
function sectionLabel(title: string, depth: SectionDepth, parent: string | undefined): string {
  const number = headingNumber(title);
  const own = number ? bareNumber(number) : `“${[...title].slice(0, 12).join('')}”`;
  if (parent === undefined) return own;
  return depth === 2 ? `${parent}(${own})` : `${parent}${own}`;
}

interface Sources {
  zh: LangDocument;
  zhFile: VFile;
  en?: LangDocument;
  enFile?: VFile;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function at(position: SourcePosition): string {
  return `${position.file}:${position.line}`;
}

/** Where a run of blocks starts, for a message about the run as a whole. */
function firstPlace(blocks: LangBlock[] | undefined): { line: number; column: number } {
  const position = blocks?.[0]?.paragraph.position;
  return position ? place(position) : { line: 1, column: 1 };
}

function place(position: SourcePosition): { line: number; column: number } {
  return { line: position.line, column: position.column };
}

class Pairing {
  private readonly blockIds = new Map<LangBlock, { id: string; sectionIds: string[] }>();

  constructor(private readonly sources: Sources) {}

  private mismatch(reason: string, enPosition: SourcePosition): void {
    if (this.sources.enFile) fail(this.sources.enFile, reason, place(enPosition), 'pairing');
  }

  pair(): Report {
    const { zh, en } = this.sources;
    const languages: Lang[] = en ? ['zh', 'en'] : ['zh'];
    const opening = this.pairBlocks({ zh: zh.opening, en: en?.opening, id: 'o', sectionIds: [], label: 'the opening', anchor: firstPlace(en?.opening) });
    const sections = this.pairSections(zh.sections, en?.sections, { prefix: 's', sectionIds: [], label: 'the report', what: 'part' });
    const closing = this.pairBlocks({ zh: zh.closing, en: en?.closing, id: 'c', sectionIds: [], label: 'the closing', anchor: firstPlace(en?.closing) });
    const appendices = this.pairSections(zh.appendices, en?.appendices, { prefix: 'a', sectionIds: [], label: 'the back matter', what: 'appendix' });
    return {
      meta: { zh: zh.meta, en: en?.meta },
      opening,
      sections,
      closing,
      appendices,
      glossary: this.pairGlossary(),
      figures: this.pairFigures(),
      deck: undefined,
      languages,
    };
  }

  private pairSections(
    zh: LangSection[],
    en: LangSection[] | undefined,
    context: { prefix: string; sectionIds: string[]; label: string; what: string; parentDepth?: SectionDepth },
  ): Section[] {
    if (en && en.length !== zh.length) {
      const anchor = en[Math.min(zh.length, en.length - 1)]?.title.position ?? { file: '', line: 1, column: 1 };
      const owner = context.parentDepth === undefined ? context.label : `${context.parentDepth === 1 ? 'part' : 'section'} ${context.label}`;
      this.mismatch(`${owner} has ${count(en.length, context.what)}, ${at(zh[0]?.title.position ?? anchor)} has ${zh.length}`, anchor);
    }
    return zh.map((zhSection, index) => {
      const enSection = en?.[index];
      const depth = zhSection.depth;
      const id = `${context.prefix}${index + 1}`;
      const label = sectionLabel(zhSection.title.text, depth, context.parentDepth === undefined ? undefined : context.label);
      const sectionIds = [...context.sectionIds, id];
      const anchor = enSection?.title.position ?? { file: '', line: 1, column: 1 };
      if (enSection && enSection.depth !== depth) {
        this.mismatch(`this is a level-${enSection.depth} heading, ${at(zhSection.title.position)} is level ${depth}`, enSection.title.position);
      }
      return {
        id,
        depth,
        label,
        title: { zh: zhSection.title, en: enSection?.title },
        blocks: this.pairBlocks({ zh: zhSection.blocks, en: enSection?.blocks, id, sectionIds, label: `section ${label}`, anchor, zhAnchor: zhSection.title.position }),
        sections: this.pairSections(zhSection.sections, enSection ? enSection.sections : en ? [] : undefined, { prefix: `${id}.`, sectionIds, label, what: 'section', parentDepth: depth }),
      };
    });
  }

  private pairBlocks(options: {
    zh: LangBlock[];
    en: LangBlock[] | undefined;
    id: string;
    sectionIds: string[];
    label: string;
    anchor: { line: number; column: number };
    zhAnchor?: SourcePosition;
  }): Block[] {
    const { zh, en } = options;
    if (en && en.length !== zh.length) {
      const enAnchor = { file: '', ...options.anchor };
      const zhAnchor = options.zhAnchor ?? zh[0]?.paragraph.position ?? enAnchor;
      this.mismatch(`${options.label} has ${count(en.length, 'paragraph')}, ${at(zhAnchor)} has ${zh.length}`, enAnchor);
    }
    return zh.map((zhBlock, index) => {
      const enBlock = en?.[index];
      const id = `${options.id}.p${index + 1}`;
      this.blockIds.set(zhBlock, { id, sectionIds: options.sectionIds });
      if (enBlock) this.blockIds.set(enBlock, { id, sectionIds: options.sectionIds });
      if (enBlock && enBlock.kind !== zhBlock.kind) {
        this.mismatch(`${options.label}: this is a ${enBlock.kind}, ${at(zhBlock.paragraph.position)} is a ${zhBlock.kind}`, enBlock.paragraph.position);
      }
      if (enBlock && (enBlock.paragraph.runIn === undefined) !== (zhBlock.paragraph.runIn === undefined)) {
        const has = zhBlock.paragraph.runIn === undefined ? 'has no' : 'has a';
        this.mismatch(`${options.label}: run-in heads differ; ${at(zhBlock.paragraph.position)} ${has} bold run-in head`, enBlock.paragraph.position);
      }
      if (enBlock && (enBlock.paragraph.number === undefined) !== (zhBlock.paragraph.number === undefined) && this.sources.enFile) {
        const has = zhBlock.paragraph.number === undefined ? 'has no' : `has the`;
        warn(this.sources.enFile, `${options.label}: numbers differ; ${at(zhBlock.paragraph.position)} ${has} number ${zhBlock.paragraph.number ?? ''}`.trimEnd(), place(enBlock.paragraph.position), 'pairing');
      }
      return { id, kind: zhBlock.kind, text: { zh: zhBlock.paragraph, en: enBlock?.paragraph } };
    });
  }

  private pairGlossary(): Glossary | undefined {
    const { zh, en, enFile } = this.sources;
    if (!zh.glossary) {
      if (en?.glossary && enFile) fail(enFile, 'a glossary that the Chinese source does not have', place(en.glossary.title.position), 'pairing');
      return undefined;
    }
    const zhGlossary = zh.glossary;
    const enGlossary = en?.glossary;
    if (en && !enGlossary && enFile) fail(enFile, `no glossary: ${at(zhGlossary.title.position)} has ${zhGlossary.terms.length} terms`, { line: 1, column: 1 }, 'pairing');
    if (enGlossary && enGlossary.terms.length !== zhGlossary.terms.length) {
      this.mismatch(`glossary has ${count(enGlossary.terms.length, 'term')}, ${at(zhGlossary.title.position)} has ${zhGlossary.terms.length}`, enGlossary.title.position);
    }
    return {
      title: { zh: zhGlossary.title, en: enGlossary?.title },
      terms: zhGlossary.terms.map((term, index) => ({
        id: `g${index + 1}`,
        number: zhGlossary.numbers[index],
        text: { zh: term, en: enGlossary?.terms[index] },
      })),
    };
  }

  private figureText(mark: FigureMark, lang: Lang, file: VFile): FigureText {
    const mentions = lang === 'zh' ? findZhNumbers(mark.display) : findEnNumbers(mark.display);
    const mention = mentions[0];
    if (!mention) fail(file, `figure \`${mark.id}\` has no number in “${mark.display}”`, place(mark.position), 'figure');
    const label = mark.attributes.label ?? '';
    if (!label) fail(file, `figure \`${mark.id}\` has no label: add label="…"`, place(mark.position), 'figure');
    const numberEnd = mention ? mention.index + mention.digits.length : 0;
    const sentences = Array.from(new Intl.Segmenter(lang === 'zh' ? 'zh' : 'en', { granularity: 'sentence' }).segment(mark.paragraph.text));
    const sentence = sentences.findLast((segment) => segment.index <= mark.offset)?.segment ?? mark.paragraph.text;
    return {
      display: mark.display,
      prefix: mention ? mark.display.slice(0, mention.index).trim() : '',
      number: mention?.digits ?? mark.display,
      unit: mark.display.slice(numberEnd).trim(),
      value: mention?.value ?? Number.NaN,
      approximate: mention?.approximate,
      label,
      sentence: sentence.trim(),
      position: mark.position,
    };
  }

  private pairFigures(): Figure[] {
    const { zh, zhFile, en, enFile } = this.sources;
    const seen = new Map<string, FigureMark>();
    const figures: Figure[] = [];
    for (const mark of zh.figures) {
      const first = seen.get(mark.id);
      if (first) {
        fail(zhFile, `figure id \`${mark.id}\` is used twice (first at ${at(first.position)})`, place(mark.position), 'figure');
        continue;
      }
      seen.set(mark.id, mark);
      const group = mark.attributes.group;
      if (!group) fail(zhFile, `figure \`${mark.id}\` has no group: add group="…"`, place(mark.position), 'figure');
      const enMark = en?.figures.find((candidate) => candidate.id === mark.id);
      if (en && !enMark && enFile) fail(enFile, `figure \`${mark.id}\` (${at(mark.position)}) is not marked in the English source`, { line: 1, column: 1 }, 'figure');
      const placeOfBlock = this.blockIds.get(mark.block);
      if (enMark && placeOfBlock && this.blockIds.get(enMark.block)?.id !== placeOfBlock.id && enFile) {
        fail(enFile, `figure \`${mark.id}\` stands in another paragraph than at ${at(mark.position)}`, place(enMark.position), 'figure');
      }
      figures.push({
        id: mark.id,
        group: group ?? '',
        blockId: placeOfBlock?.id ?? '',
        sectionIds: placeOfBlock?.sectionIds ?? [],
        text: { zh: this.figureText(mark, 'zh', zhFile), en: enMark && enFile ? this.figureText(enMark, 'en', enFile) : undefined },
      });
    }
    const enSeen = new Set<string>();
    for (const mark of en?.figures ?? []) {
      if (!enFile) break;
      if (enSeen.has(mark.id)) fail(enFile, `figure id \`${mark.id}\` is used twice`, place(mark.position), 'figure');
      enSeen.add(mark.id);
      if (!seen.has(mark.id)) fail(enFile, `figure \`${mark.id}\` is not marked in the Chinese source`, place(mark.position), 'figure');
      if (mark.attributes.group) warn(enFile, `figure groups are set in the Chinese source only: remove group= here`, place(mark.position), 'figure');
    }
    return figures;
  }
}

/** Pairs the English structure with the Chinese one; every mismatch is an error on the English file. */
export function pairLanguages(sources: Sources): Report {
  return new Pairing(sources).pair();
}
