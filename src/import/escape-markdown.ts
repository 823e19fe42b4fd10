/** Characters that open Markdown constructs anywhere in a line. */
const INLINE = /[\\*_`[\]<#]|&(?=#?[0-9A-Za-z]+;)|:(?=[A-Za-z:])/g;
/** Line starts that open a block: list items (a number and its dot before a space only: `1.**加快…**` is text), quotes, breaks, fences, directives. */
const LINE_START = /^(\d+)([.)])(?=\s|$)|^([-+>=~:|])/;

/**
 * Text inside a line that remark (with remark-directive) reads back as exactly this text.
 * The colon before a Latin letter is escaped because remark-directive reads `:ECO` as a directive.
 */
export function escapeInline(text: string): string {
  return text.replace(INLINE, (char) => `\\${char}`);
}

/** Keeps an already escaped line from opening a block: `1. `, `-`, `>` or `:::`. */
export function escapeLineStart(line: string): string {
  return line.replace(LINE_START, (_match, digits: string | undefined, mark: string | undefined, other: string | undefined) =>
    digits === undefined ? `\\${other}` : `${digits}\\${mark}`,
  );
}

/** Text that starts a line: also keeps `1. `, `-`, `>` or `:::` from opening a block. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInline(text));
}
