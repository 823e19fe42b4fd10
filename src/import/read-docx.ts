import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import mammoth from 'mammoth';
import { UserError } from '../errors.ts';
import { InputRejected, readLimited } from '../common/read-limited.ts';
import { checkDocxBounds } from './bound-docx.ts';
import { stripInvisible, trimLine } from './clean-line.ts';
import type { DroppedLine, InputLine, ReadInput } from './input-line.ts';

type Draft = Omit<InputLine, 'line' | 'column'>;

const HEADING = /^h([1-6])$/;

/** Bold text at the very start of a paragraph, e.g. a run-in head the author set in bold. */
function boldLead(element: Element): string | undefined {
  const first = element.children.find((child) => child.type !== 'text' || child.value.trim() !== '');
  if (first?.type !== 'element' || first.tagName !== 'strong') return undefined;
  return trimLine(toString(first)) || undefined;
}

function listItems(list: Element): Draft[] {
  const start = Number(list.properties.start ?? 1);
  const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  return items.flatMap((item, index) => {
    const nested = item.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul'));
    const own: Element = { ...item, children: item.children.filter((child) => !nested.includes(child as Element)) };
    const hint = list.tagName === 'ol' ? { kind: 'list-item' as const, number: start + index } : undefined;
    return [{ text: trimLine(toString(own)), hint, boldLead: boldLead(own) }, ...nested.flatMap(listItems)];
  });
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));
}

/** mammoth's HTML into paragraphs in reading order: headings, paragraphs, list items, table cells. */
function collect(nodes: Array<RootContent | ElementContent>): Draft[] {
  return nodes.flatMap((node): Draft[] => {
    if (node.type !== 'element') return node.type === 'text' && node.value.trim() ? [{ text: trimLine(node.value) }] : [];
    const level = HEADING.exec(node.tagName)?.[1];
    if (level) return [{ text: trimLine(toString(node)), hint: { kind: 'heading', level: Number(level) } }];
    if (node.tagName === 'p') return [{ text: trimLine(toString(node)), boldLead: boldLead(node) }];
    if (node.tagName === 'ol' || node.tagName === 'ul') return listItems(node);
    // A row's cells as the lines of a flattened table: every cell after the first continues the row.
    if (node.tagName === 'tr') return cellsOf(node).map((cell, index) => ({ text: trimLine(toString(cell)).replace(/\s+/g, ' '), continuesRow: index > 0 }));
    return collect(node.children);
  });
}

/** A Word report through mammoth (never by unzipping its XML); a message's line is the paragraph number. */
export async function readDocx(filePath: string): Promise<ReadInput> {
  const unreadable = (error: unknown): never => {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot import ${filePath}: ${error instanceof InputRejected ? '' : 'not a readable Word .docx file: '}${(error as Error).message.split('\n')[0]}`);
  };
  const bytes = await readLimited(filePath, 'docx').catch(unreadable);
  await checkDocxBounds(bytes).catch(unreadable);
  const result = await mammoth.convertToHtml({ buffer: bytes }).catch(unreadable);
  const dropped: DroppedLine[] = [];
  const lines = collect(fromHtml(result.value, { fragment: true }).children)
    .filter((draft) => draft.text !== '')
    .map((draft, index) => {
      const visible = stripInvisible(draft.text);
      if (visible.removed) dropped.push({ line: index + 1, text: `${visible.removed} (invisible)`, reason: 'invisible characters' });
      return { ...draft, text: visible.text, line: index + 1, column: 1 };
    });
  return { lines, encoding: 'docx', notes: result.messages.map((message) => `${message.type}: ${message.message}`), dropped };
}
