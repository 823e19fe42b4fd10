import type { VFile } from 'vfile';
import { warn } from '../model/messages.ts';
import { isAppendixLabel, isAppendixStart, isGlossaryTitle, isNoSentence } from './genre.ts';
import type { EndMatter, ImportedParagraph, ImportedSection } from './imported-report.ts';
import type { InputLine } from './input-line.ts';
import { recogniseBody } from './recognise-body.ts';
import { recogniseGlossary } from './recognise-glossary.ts';

export interface EndMatterRead {
  endMatter: EndMatter[];
  /** Attachment notes with no text after them (附件：名词解释 when the glossary was a separate file): they stay in the closing. */
  notes: ImportedParagraph[];
}

/** A bare label (附件2) takes the next line as its title when that line is a title, not a table's first cell. */
function takesTitle(lines: InputLine[], index: number): boolean {
  const next = lines[index + 1];
  return isAppendixLabel(lines[index].text) && next !== undefined && isNoSentence(next.text) && next.text.length >= 4 && !next.text.includes('\t') && lines[index + 2]?.continuesRow !== true;
}

/**
 * The back matter after the closing, in order: appendices (附件, 附表, a titled table or list such as 十件民生实事)
 * and the glossary under any heading that names it. Each starts at a label or a glossary heading.
 */
export function recogniseEndMatter(lines: InputLine[], file: VFile, headingsFrom: 'text' | 'styles'): EndMatterRead {
  const read: EndMatterRead = { endMatter: [], notes: [] };
  let index = 0;
  while (index < lines.length) {
    const start = lines[index];
    const titled = takesTitle(lines, index);
    const title = titled ? `${start.text} ${lines[index + 1].text}` : start.text;
    let end = index + (titled ? 2 : 1);
    while (end < lines.length && !isAppendixStart(lines[end].text)) end += 1;
    const content = lines.slice(index + (titled ? 2 : 1), end);
    if (index === 0 && !isAppendixStart(start.text)) warn(file, 'a heading after the closing: taken as the title of an appendix', start, 'import-appendix');
    if (content.length === 0) {
      warn(file, 'an attachment named after the closing with no text of its own (a separate file?): kept at the end of the closing', start, 'import-appendix');
      read.notes.push({ kind: 'paragraph', text: title, line: start.line });
    } else if (isGlossaryTitle(title)) {
      read.endMatter.push({ kind: 'glossary', glossary: { title, line: start.line, terms: recogniseGlossary(content, file) } });
    } else {
      const appendix: ImportedSection = { title, line: start.line, blocks: [], sections: [] };
      recogniseBody(content, file, { root: appendix, where: 'appendix', headingsFrom });
      read.endMatter.push({ kind: 'appendix', appendix });
    }
    index = end;
  }
  return read;
}
