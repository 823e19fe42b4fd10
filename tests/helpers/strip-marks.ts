import type { Node } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { VFile } from 'vfile';
import { parseMarkdown } from '../../src/source/parse-markdown.ts';

export interface StrippedMark {
  id: string;
  group?: string;
  /** Where the marked words stand in the stripped text. */
  start: number;
  end: number;
}

function figureMarks(node: Node, found: TextDirective[]): TextDirective[] {
  if (node.type === 'textDirective' && (node as TextDirective).name === 'fig') found.push(node as TextDirective);
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) figureMarks(child, found);
  return found;
}

/** A hand-marked source with every `:fig[words]{…}` replaced by its words, and where each mark's words now stand. */
export function stripFigureMarks(markdown: string): { text: string; marks: StrippedMark[] } {
  const marks = figureMarks(parseMarkdown(new VFile({ value: markdown })), []);
  let text = '';
  let at = 0;
  const stripped: StrippedMark[] = [];
  for (const mark of marks) {
    const start = mark.position!.start.offset!;
    const end = mark.position!.end.offset!;
    const words = markdown.slice(mark.children[0].position!.start.offset!, mark.children.at(-1)!.position!.end.offset!);
    text += markdown.slice(at, start);
    stripped.push({ id: mark.attributes?.id ?? '', group: mark.attributes?.group ?? undefined, start: text.length, end: text.length + words.length });
    text += words;
    at = end;
  }
  return { text: text + markdown.slice(at), marks: stripped };
}
