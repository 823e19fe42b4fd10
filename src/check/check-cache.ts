import type { TreeCache } from '../source/parse-cache.ts';

/** Per font stack, the characters its fonts draw: `previous` from the last check (read only), `next` for the next one. */
export interface GlyphCache {
  previous: Record<string, string>;
  next: Record<string, string>;
}

/**
 * What a check stores for the next one: the parsed Markdown by content, and the glyph-coverage answers. Valid only
 * for the same code, fonts and templates: the caller keys it by them. Plain data, written as JSON.
 */
export interface StoredCheck {
  trees: TreeCache['previous'];
  covered: GlyphCache['previous'];
}

export function emptyStoredCheck(): StoredCheck {
  return { trees: {}, covered: {} };
}
