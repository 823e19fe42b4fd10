import { warn } from '../model/messages.ts';
import { headingNumber } from '../model/numbering.ts';
import type { Block, Lang, Paragraph, Section } from '../model/types.ts';
import { type CheckRule, allBlocks } from './context.ts';

function place(position: Paragraph['position']): { line: number; column: number } {
  return { line: position.line, column: position.column };
}

/** The closing paragraph (各位代表，让我们…) stands in `:::closing`; without it the outputs have no ending. */
export const checkClosing: CheckRule = ({ report, files }) => {
  if (report.closing.length > 0) return;
  const body = allBlocks(report).filter((block) => !report.appendices.some((appendix) => containsBlock(appendix, block)));
  const last = body.at(-1)?.text.zh.position;
  warn(files.zh, 'the report has no closing: put its closing paragraph (各位代表，…) in `:::closing` … `:::`', last ? place(last) : { line: 1, column: 1 }, 'no-closing');
};

function containsBlock(section: Section, block: Block): boolean {
  return section.blocks.includes(block) || section.sections.some((child) => containsBlock(child, block));
}

/** Sentences of a run-in head: 统一调度压实责任。 is one; a head that runs on past its first full stop has swallowed the text. */
function sentenceCount(value: string, lang: Lang): number {
  if (lang === 'zh') return value.split(/(?<=[。！？!?])/u).filter((part) => part.trim() !== '').length;
  return Array.from(new Intl.Segmenter('en', { granularity: 'sentence' }).segment(value)).length;
}

/** A bold run-in head is the paragraph's first sentence, no more. */
export const checkRunInLength: CheckRule = ({ report, files }) => {
  for (const block of allBlocks(report)) {
    for (const lang of report.languages) {
      const paragraph = block.text[lang];
      const file = files[lang];
      if (!paragraph?.runIn || !file) continue;
      const count = sentenceCount(paragraph.runIn, lang);
      if (count > 1) warn(file, `this run-in head holds ${count} sentences: only the first sentence is set bold (**…。**)`, place(paragraph.position), 'run-in-length');
    }
  }
};

function hasParagraph(section: Section): boolean {
  return section.blocks.some((block) => block.kind === 'paragraph') || section.sections.some(hasParagraph);
}

/** A part of tables or headings only is most often an appendix or a contents list read as a part. */
export const checkPartParagraphs: CheckRule = ({ report, files }) => {
  for (const part of report.sections) {
    if (!hasParagraph(part)) warn(files.zh, `part “${part.title.zh.text}” has no paragraphs`, place(part.title.zh.position), 'part-without-paragraphs');
  }
};

/** Titles of back matter: 附件1：…, 附表, 附录; an unnumbered …十件民生实事 or …测算说明. */
const APPENDIX_TITLE = /^(附件|附表|附录)/u;
const UNNUMBERED_APPENDIX_TITLE = /(十件民生实事|民生实事项目|测算说明)$/u;

function looksLikeAppendix(title: string): boolean {
  return APPENDIX_TITLE.test(title) || (headingNumber(title) === undefined && UNNUMBERED_APPENDIX_TITLE.test(title));
}

/** Appendices are back matter after the closing, never among the numbered parts. */
export const checkAppendixPlacement: CheckRule = ({ report, files }) => {
  const walk = (sections: Section[]): Section[] => sections.filter((section) => section.depth < 3).flatMap((section) => [section, ...walk(section.sections)]);
  for (const section of walk(report.sections)) {
    const title = section.title.zh;
    if (looksLikeAppendix(title.text)) {
      warn(files.zh, `“${title.text}” looks like an appendix inside the numbered parts: write it after the closing as \`:::appendix[${title.text}]\``, place(title.position), 'appendix-placement');
    }
  }
  const lastPart = report.sections.at(-1)?.title.zh.position.line ?? 0;
  const closing = report.closing[0]?.text.zh.position.line ?? 0;
  for (const appendix of report.appendices) {
    const line = appendix.title.zh.position.line;
    if (line < lastPart || line < closing) {
      warn(files.zh, `appendix “${appendix.title.zh.text}” stands inside the numbered parts: move it after the \`:::closing\` block`, place(appendix.title.zh.position), 'appendix-placement');
    }
  }
};
