import { stringify } from 'yaml';
import { escapeInline, escapeMarkdown } from './escape-markdown.ts';
import type { ImportedParagraph, ImportedReport, ImportedSection } from './imported-report.ts';

const META_ORDER = ['title', 'occasion', 'speaker', 'office', 'date', 'publisher', 'index', 'issued'] as const;

function frontMatter(meta: ImportedReport['meta']): string[] {
  const entries = META_ORDER.filter((key) => meta[key]).map((key) => [key, meta[key]]);
  return entries.length === 0 ? [] : ['---', stringify(Object.fromEntries(entries)).trimEnd(), '---', ''];
}

function paragraph({ runIn, text }: ImportedParagraph): string {
  return runIn ? `**${escapeInline(runIn)}**${escapeInline(text)}` : escapeMarkdown(text);
}

function section(node: ImportedSection, depth: number): string[] {
  return [
    `${'#'.repeat(depth)} ${escapeMarkdown(node.title)}`,
    '',
    ...node.paragraphs.flatMap((item) => [paragraph(item), '']),
    ...node.sections.flatMap((child) => section(child, depth + 1)),
  ];
}

/** The recognised report in the source format `loadReport` reads (see source/report.zh.md). */
export function writeMarkdown(report: ImportedReport): string {
  const lines = [
    ...frontMatter(report.meta),
    ...(report.salutation ? [`::salutation[${escapeInline(report.salutation.text)}]`, ''] : []),
    ...report.opening.flatMap((item) => [paragraph(item), '']),
    ...report.parts.flatMap((part) => section(part, 1)),
    ...(report.closing.length > 0 ? [':::closing', report.closing.map(paragraph).join('\n\n'), ':::', ''] : []),
    ...(report.glossary
      ? [
          `:::glossary[${escapeInline(report.glossary.title)}]`,
          ...report.glossary.terms.map((term) => `${term.number}. ${escapeMarkdown(term.term + term.separator + term.explanation)}`),
          ':::',
          '',
        ]
      : []),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
