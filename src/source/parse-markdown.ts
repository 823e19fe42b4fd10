import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(remarkCjkFriendly);

/**
 * Markdown with YAML front matter and directives (`:fig[…]{…}`, `::salutation[…]`, `:::glossary`) into mdast.
 * remark-cjk-friendly: CommonMark alone does not close `**统一调度压实责任。**树立` (punctuation before, a letter after).
 */
export function parseMarkdown(file: VFile): Root {
  return processor.parse(file);
}
