import { stringify } from 'yaml';
import { escapeInline, escapeLineStart, escapeMarkdown } from './escape-markdown.ts';
import type { EndMatter, ImportedBlock, ImportedParagraph, ImportedReport, ImportedSection, ImportedTable } from './imported-report.ts';

const META_ORDER = ['title', 'occasion', 'speaker', 'office', 'date', 'publisher', 'index', 'issued'] as const;

function frontMatter(meta: ImportedReport['meta']): string[] {
  const entries = META_ORDER.filter((key) => meta[key]).map((key) => [key, meta[key]]);
  return entries.length === 0 ? [] : ['---', stringify(Object.fromEntries(entries)).trimEnd(), '---', ''];
}

/** `1.**加快建设现代产业体系。**全面实施……`: the number stays outside the bold run-in head. */
function paragraph({ number, runIn, text }: ImportedParagraph): string {
  const head = runIn ? `**${escapeInline(runIn)}**${escapeInline(text)}` : escapeInline(text);
  if (number !== undefined) return escapeLineStart(escapeInline(number) + head);
  return runIn ? head : escapeMarkdown(text);
}

/** A GFM pipe table; a pipe inside a cell is escaped so it stays in the cell. */
function table({ rows }: ImportedTable): string[] {
  const row = (cells: string[]): string => `| ${cells.map((cell) => escapeInline(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [row(rows[0]), `| ${rows[0].map(() => '---').join(' | ')} |`, ...rows.slice(1).map(row)];
}

function blocks(items: ImportedBlock[]): string[] {
  return items.flatMap((item) => [...(item.kind === 'table' ? table(item) : [paragraph(item)]), '']);
}

/** Parts #, sections ##, third-level items ###; every heading inside an appendix is a ### (its title is the top). */
function section(node: ImportedSection, depth: number): string[] {
  return [`${'#'.repeat(depth)} ${escapeInline(node.title)}`, '', ...blocks(node.blocks), ...node.sections.flatMap((child) => section(child, Math.min(depth + 1, 3)))];
}

function endMatter(item: EndMatter): string[] {
  if (item.kind === 'appendix') {
    const { appendix } = item;
    return [`:::appendix[${escapeInline(appendix.title)}]`, '', ...blocks(appendix.blocks), ...appendix.sections.flatMap((child) => section(child, 3)), ':::', ''];
  }
  const { glossary } = item;
  return [
    `:::glossary[${escapeInline(glossary.title)}]`,
    ...glossary.terms.map((term) => `${term.number}. ${escapeMarkdown(term.term + term.separator + term.explanation)}`),
    ':::',
    '',
  ];
}

/** The recognised report in the source format `loadReport` reads (see the README). */
export function writeMarkdown(report: ImportedReport): string {
  const lines = [
    ...frontMatter(report.meta),
    ...(report.salutation ? [`::salutation[${escapeInline(report.salutation.text)}]`, ''] : []),
    ...blocks(report.opening),
    ...report.parts.flatMap((part) => section(part, 1)),
    ...(report.closing.length > 0 ? [':::closing', report.closing.map(paragraph).join('\n\n'), ':::', ''] : []),
    ...report.endMatter.flatMap(endMatter),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
