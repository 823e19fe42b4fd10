import { warn } from '../model/messages.ts';
import type { Block, Heading, Section } from '../model/types.ts';
import { headingNumber } from '../model/numbering.ts';
import type { CheckRule } from './context.ts';

/** Headings of a glossary under whatever name: 名词解释, 有关名词解释, 政府工作报告名词、术语注释, 注释. */
const GLOSSARY_TITLE = /(名词|术语).{0,6}(解释|注释|释义|说明)|^注\s*释$/u;
/** A numbered item of a glossary: a short term, then its colon, then the explanation. */
const TERM_ITEM = /^[^，。；：:！？]{1,24}[：:]\S/u;

function isTermItem(block: Block): boolean {
  const paragraph = block.text.zh;
  if (paragraph.number === undefined || block.kind !== 'paragraph') return false;
  return TERM_ITEM.test(paragraph.text.slice(paragraph.number.length).trimStart());
}

/** A short paragraph standing as a title: no sentence mark, a glossary name. */
function isTitleParagraph(block: Block): boolean {
  const { text, number, runIn } = block.text.zh;
  return number === undefined && runIn === undefined && [...text].length <= 24 && GLOSSARY_TITLE.test(text);
}

/** Where term items follow a glossary title: the title, or undefined. */
function findGlossaryLike(title: Heading | undefined, blocks: Block[]): Heading | undefined {
  if (title && GLOSSARY_TITLE.test(title.text) && blocks.some(isTermItem)) return title;
  const index = blocks.findIndex((block, at) => isTitleParagraph(block) && blocks.slice(at + 1).some(isTermItem));
  return index < 0 ? undefined : { text: blocks[index].text.zh.text, position: blocks[index].text.zh.position };
}

/** Numbered `term：explanation` items under a glossary title in the body belong in `:::glossary`: there they reach the handouts. */
export const checkGlossaryLike: CheckRule = ({ report, files }) => {
  const found: Heading[] = [];
  const walk = (sections: Section[]) =>
    sections.forEach((section) => {
      const title = findGlossaryLike(section.title.zh, section.blocks);
      if (title) found.push(title);
      walk(section.sections);
    });
  walk([...report.sections, ...report.appendices]);
  for (const blocks of [report.opening, report.closing]) {
    const title = findGlossaryLike(undefined, blocks);
    if (title) found.push(title);
  }
  for (const title of found) {
    const name = title.text.slice(headingNumber(title.text)?.length ?? 0).trim();
    warn(files.zh, `“${title.text}” and the numbered \`term：explanation\` items under it look like a glossary: put them in \`:::glossary[${name}]\` as \`1. term：explanation\``, { line: title.position.line, column: title.position.column }, 'glossary-outside');
  }
};
