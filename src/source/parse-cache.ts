import { createHash } from 'node:crypto';
import type { Root } from 'mdast';

/**
 * Parsed trees by the hash of their Markdown: `previous` is what the last check stored (read only), `next` collects
 * the trees this one used, so the stored cache holds only the current source. Plain data: the caller stores it.
 */
export interface TreeCache {
  previous: Record<string, Root>;
  next: Record<string, Root>;
}

export function markdownKey(markdown: string): string {
  return createHash('sha256').update(markdown).digest('hex');
}
