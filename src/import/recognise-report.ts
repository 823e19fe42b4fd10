import type { VFile } from 'vfile';
import { warn } from '../model/messages.ts';
import { isJunk } from './clean-line.ts';
import type { ImportedReport } from './imported-report.ts';
import type { InputLine } from './input-line.ts';
import { recogniseBody } from './recognise-body.ts';
import { isGlossaryTitle, recogniseGlossary } from './recognise-glossary.ts';
import { isMetadataLine, isTitleLine, readMetadata, readTitleBlock } from './title-block.ts';

const SALUTATION = /^各位代表[:：,，!！]?$/u;
/** Without a salutation to end it, the title block is the few short lines after the title. */
const TITLE_BLOCK_LINES = 3;
const TITLE_BLOCK_WIDTH = 40;
/** Without a salutation, the title is looked for among the first lines only. */
const TITLE_SEARCH_LINES = 30;

/** Leading `- 索引号:` style lines and their `- value` lines. */
function leadingMetadata(lines: InputLine[]): number {
  let end = 0;
  while (end < lines.length && (isMetadataLine(lines[end].text) || (end > 0 && lines[end].text.startsWith('- ')))) end += 1;
  return end;
}

function titleBlockEnd(lines: InputLine[], titleAt: number, salutationAt: number): number {
  if (salutationAt >= 0) return salutationAt;
  let end = titleAt + 1;
  while (end < lines.length && end <= titleAt + TITLE_BLOCK_LINES && lines[end].text.length <= TITLE_BLOCK_WIDTH && !/^[一二三四五六七八九十]+、/u.test(lines[end].text)) end += 1;
  return end;
}

/** Input paragraphs into the genre's structure; every guess it is unsure of becomes a warning on `file`. */
export function recogniseReport(input: InputLine[], file: VFile): ImportedReport {
  const lines = input.filter((line) => !isJunk(line.text));
  const glossaryAt = lines.findLastIndex((line) => isGlossaryTitle(line.text));
  const bodyLines = glossaryAt >= 0 ? lines.slice(0, glossaryAt) : lines;
  const salutationAt = bodyLines.findIndex((line) => SALUTATION.test(line.text));
  // The last candidate: a breadcrumb or a link to last year's report can end in 工作报告 too.
  const titleAt = bodyLines.findLastIndex((line, index) => (salutationAt < 0 ? index < TITLE_SEARCH_LINES : index < salutationAt) && isTitleLine(line.text));

  const headEnd = titleAt >= 0 ? titleAt : salutationAt >= 0 ? salutationAt : leadingMetadata(bodyLines);
  const meta = readMetadata(bodyLines.slice(0, headEnd), file);
  const blockEnd = titleAt >= 0 ? titleBlockEnd(bodyLines, titleAt, salutationAt) : headEnd;
  const titleBlock = titleAt >= 0 ? readTitleBlock(bodyLines.slice(titleAt + 1, blockEnd), file) : { meta: {}, rest: [] };
  if (titleAt >= 0) Object.assign(meta, { title: bodyLines[titleAt].text }, titleBlock.meta);
  else warn(file, 'no title line (one ending in 工作报告): add `title:` to the front matter of the source', { line: 1, column: 1 }, 'import-title');

  const bodyStart = salutationAt >= 0 ? salutationAt + 1 : blockEnd;
  const body = recogniseBody([...titleBlock.rest, ...bodyLines.slice(bodyStart)], file);
  if (body.parts.length === 0) warn(file, 'no part heading (一、…) found: the whole text is the opening', { line: 1, column: 1 }, 'import-heading');
  const salutation = salutationAt >= 0 ? { text: bodyLines[salutationAt].text, line: bodyLines[salutationAt].line } : undefined;
  const glossary = glossaryAt >= 0 ? { title: lines[glossaryAt].text, terms: recogniseGlossary(lines.slice(glossaryAt + 1), file) } : undefined;
  return { meta, salutation, ...body, glossary };
}
