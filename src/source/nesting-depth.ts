import type { VFile } from 'vfile';

/** Block containers a line may open: a report uses one level (the glossary list), a quoted list would be three. */
export const MAX_NESTING = 16;
/** Inline openers on one line: a paragraph of the seed has at most a dozen; remark takes 7 s for 50,000 `[`. */
export const MAX_INLINE_MARKS = 500;

const CONTAINER_PREFIX = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const INLINE_MARK = /[[*_]|:[a-z]+\[/g;

/** Tab stops of 4, as CommonMark counts indentation. */
function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** How deep the containers a line opens nest: quote and list markers at its start, and two columns of indent each. */
function containerDepth(line: string): number {
  let rest = line;
  let markers = 0;
  for (let match = CONTAINER_PREFIX.exec(rest); match && match[0].length > 0; match = CONTAINER_PREFIX.exec(rest)) {
    markers += 1;
    rest = rest.slice(match[0].length);
    if (markers > MAX_NESTING) break;
  }
  return markers + Math.floor(indentWidth(line) / 2);
}

/**
 * Markdown nested beyond any report's shape is an error at its line before remark parses it: remark-parse needs
 * minutes for a list nested 2,000 deep (339 s measured), quadratic time in the depth.
 */
export function checkNesting(file: VFile): boolean {
  const lines = String(file.value).split('\n');
  for (const [index, line] of lines.entries()) {
    const problem =
      containerDepth(line) > MAX_NESTING
        ? `lists, quotes or indentation nest deeper than ${MAX_NESTING} levels`
        : /^:{20,}/.test(line)
          ? 'a directive fence of 20 or more colons (`:::` is enough)'
          : (line.match(INLINE_MARK)?.length ?? 0) > MAX_INLINE_MARKS
            ? `more than ${MAX_INLINE_MARKS} brackets, asterisks and underscores on one line`
            : undefined;
    if (problem) {
      const message = file.message(`${problem}: a report is headings, paragraphs and one glossary list`, { place: { line: index + 1, column: 1 }, ruleId: 'nesting', source: 'report-press' });
      message.fatal = true;
      return false;
    }
  }
  return true;
}
