import type { VFile } from 'vfile';
import { UserError } from '../errors.ts';
import { warn } from '../model/messages.ts';
import { dropStraySpaces } from './clean-line.ts';
import { dropDebris } from './debris.ts';
import { ADDRESS, PART, SALUTATION, SECTION, isAppendixStart, isNoSentence, isTitleLine, isUnnumberedPartTitle } from './genre.ts';
import type { ImportedReport, ImportedSection } from './imported-report.ts';
import type { DroppedLine, InputLine } from './input-line.ts';
import { recogniseBody } from './recognise-body.ts';
import { recogniseEndMatter } from './recognise-end-matter.ts';
import { assertWorkReport } from './refuse-non-report.ts';
import { dropRepeatedText } from './repeated-text.ts';
import { readMetadata, readTitleBlock } from './title-block.ts';

/** Without a salutation to end it, the title block is the few short lines after the title. */
const TITLE_BLOCK_LINES = 3;
const TITLE_BLOCK_WIDTH = 40;
/** Without a salutation, the title is looked for among the first lines only. */
const TITLE_SEARCH_LINES = 30;
/** A web page's header before the title: a few short lines (site name, breadcrumb); more is report text. */
const HEADER_MAX_LINES = 6;

export interface RecogniseOptions {
  /** The input file's name, for the one-line reasons of a refusal. */
  name: string;
  /** A Word document's Heading styles make the headings. */
  headingsFrom: 'text' | 'styles';
}

function isShortLine(line: InputLine): boolean {
  return line.text.length <= TITLE_BLOCK_WIDTH && isNoSentence(line.text);
}

function titleBlockEnd(lines: InputLine[], titleAt: number, salutationAt: number): number {
  if (salutationAt >= 0) return salutationAt;
  let end = titleAt + 1;
  while (end < lines.length && end <= titleAt + TITLE_BLOCK_LINES && lines[end].text.length <= TITLE_BLOCK_WIDTH && !PART.test(lines[end].text)) end += 1;
  return end;
}

/** The salutation alone on its line, when only a title block comes before it (a later 各位代表！ is a paragraph). */
function findSalutation(lines: InputLine[]): number {
  const at = lines.findIndex((line) => SALUTATION.test(line.text));
  return at >= 0 && lines.slice(0, at).every(isShortLine) ? at : -1;
}

/** Lines before the title may go only if they are a page header: a few short lines, never a paragraph. */
function dropHeader(header: InputLine[], titleLine: InputLine, name: string): DroppedLine[] {
  const text = header.find((line) => !isShortLine(line));
  if (text || header.length > HEADER_MAX_LINES) {
    const first = text ?? header[0];
    throw new UserError(
      `${name}:${first.line}: the report seems to start at line ${titleLine.line} (“${titleLine.text}”), but ${header.length} lines of text come before it: remove what is not the report, or the title line if that is a quotation`,
    );
  }
  return header.map((line) => ({ line: line.line, text: line.text, reason: 'web page header before the title' }));
}

function isHeadingLine(text: string): boolean {
  return (PART.test(text) || SECTION.test(text) || isUnnumberedPartTitle(text)) && isNoSentence(text);
}

/** Where the closing starts (the last paragraph turning to the audience after the last heading) and where the back matter starts. */
function findEnd(lines: InputLine[]): { closingAt: number; endAt: number } {
  const closingAt = lines.findLastIndex((line) => ADDRESS.test(line.text) || SALUTATION.test(line.text));
  if (closingAt >= 0) {
    let endAt = closingAt + 1;
    // After the closing's own lines (各位代表！ then its paragraph), the first heading-length line opens the back matter.
    while (endAt < lines.length && !isAppendixStart(lines[endAt].text) && !(isShortLine(lines[endAt]) && !ADDRESS.test(lines[endAt].text))) endAt += 1;
    const backAt = lines.findIndex((line, index) => index > closingAt && isAppendixStart(line.text));
    if (!lines.slice(closingAt, backAt >= 0 ? backAt : lines.length).some((line) => isHeadingLine(line.text))) return { closingAt, endAt };
  }
  const lastHeading = lines.findLastIndex((line) => isHeadingLine(line.text));
  const endAt = lines.findIndex((line, index) => index > lastHeading && isAppendixStart(line.text));
  return { closingAt: -1, endAt: endAt >= 0 ? endAt : lines.length };
}

/** Input paragraphs into the genre's structure; every guess it is unsure of becomes a warning on `file`. */
export function recogniseReport(input: InputLine[], file: VFile, options: RecogniseOptions): ImportedReport {
  const debris = dropDebris(input);
  assertWorkReport(debris.kept, options.name);
  const repeated = dropRepeatedText(debris.kept);
  const lines = repeated.kept;
  const dropped = [...debris.dropped, ...repeated.dropped];
  if (repeated.contents) warn(file, `a contents list of ${repeated.contents.entries} headings that repeat the report's own: left out`, { line: repeated.contents.line, column: 1 }, 'import-contents');

  const salutationAt = findSalutation(lines);
  // The last candidate: a breadcrumb or a link to last year's report can end in 工作报告 too.
  const titleAt = lines.findLastIndex((line, index) => (salutationAt < 0 ? index < TITLE_SEARCH_LINES : index < salutationAt) && isTitleLine(line.text));
  const headEnd = titleAt >= 0 ? titleAt : salutationAt >= 0 ? salutationAt : 0;
  const metadata = readMetadata(lines.slice(0, headEnd));
  dropped.push(...metadata.unused.map((line) => ({ line: line.line, text: line.text, reason: 'page metadata' })));
  const meta = metadata.meta;
  const blockEnd = titleAt >= 0 ? titleBlockEnd(lines, titleAt, salutationAt) : headEnd;
  // Before a title, only a page header goes; with no title, the lines before the salutation are its title block.
  if (titleAt >= 0) dropped.push(...dropHeader(metadata.other, lines[titleAt], options.name));
  const titleBlock = readTitleBlock(titleAt >= 0 ? lines.slice(titleAt + 1, blockEnd) : metadata.other, file);
  Object.assign(meta, titleBlock.meta);
  if (titleAt >= 0) meta.title = lines[titleAt].text.replace(/[\s\u3000]/g, '');
  else warn(file, 'no title line (one ending in 工作报告): add `title:` to the front matter of the source', { line: 1, column: 1 }, 'import-title');

  const bodyStart = salutationAt >= 0 ? salutationAt + 1 : blockEnd;
  const rest = lines.slice(bodyStart);
  const { closingAt, endAt } = findEnd(rest);
  const root: ImportedSection = { title: '', line: 0, blocks: [], sections: [] };
  recogniseBody([...titleBlock.rest, ...rest.slice(0, closingAt >= 0 ? closingAt : endAt)], file, { root, where: 'body', headingsFrom: options.headingsFrom });
  if (root.sections.length === 0) warn(file, 'no part heading (一、…) found: the whole text is the opening', { line: 1, column: 1 }, 'import-heading');
  if (closingAt < 0) warn(file, 'no closing found (a last paragraph opening 各位代表 or 同志们): the source has no :::closing', rest[endAt - 1] ?? { line: 1, column: 1 }, 'import-closing');
  const back = recogniseEndMatter(rest.slice(endAt), file, options.headingsFrom);
  const closing = closingAt >= 0 ? rest.slice(closingAt, endAt).map((line) => ({ kind: 'paragraph' as const, text: dropStraySpaces(line.text), line: line.line })) : [];
  const salutation = salutationAt >= 0 ? { kind: 'paragraph' as const, text: lines[salutationAt].text, line: lines[salutationAt].line } : undefined;
  return {
    meta,
    salutation,
    opening: root.blocks,
    parts: root.sections,
    closing: [...closing, ...back.notes],
    endMatter: back.endMatter,
    dropped: dropped.sort((a, b) => a.line - b.line),
    contents: repeated.contents,
  };
}
