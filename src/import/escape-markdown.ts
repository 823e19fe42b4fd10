/** Characters that open Markdown constructs anywhere in a line. */
const INLINE = /[\\*_`[\]<#]|&(?=#?[0-9A-Za-z]+;)|:(?=[A-Za-z:])/g;
/** Line starts that open a block: list items, quotes, breaks, fences, directives. */
const LINE_START = /^(\d+)([.)])|^([-+>=~:|])/;

/**
 * Text inside a line that remark (with remark-directive) reads back as exactly this text.
 * The colon before a Latin letter is escaped because remark-directive reads `:ECO` as a directive.
 */
export function escapeInline(text: string): string {
  return text.replace(INLINE, (char) => `\\${char}`);
}

/** Text that starts a line: also keeps `1.`, `-`, `>` or `:::` from opening a block. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(LINE_START, (_match, digits: string | undefined, mark: string | undefined, other: string | undefined) =>
    digits === undefined ? `\\${other}` : `${digits}\\${mark}`,
  );
}
