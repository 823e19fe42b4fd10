import type { Block, Report, Section } from '../../src/model/types.ts';

/** The shape of a report that importing must reproduce: headings, paragraphs per section, run-in heads, terms. */
export interface ReportStructure {
  meta: Report['meta']['zh'];
  opening: string[];
  sections: Array<{ title: string; paragraphs: number; runIns: Array<string | undefined>; sections: ReportStructure['sections'] }>;
  closing: number;
  glossaryTitle: string | undefined;
  terms: string[];
}

const runIns = (blocks: Block[]): Array<string | undefined> => blocks.map((block) => block.text.zh.runIn);

function sectionsOf(sections: Section[]): ReportStructure['sections'] {
  return sections.map((section) => ({
    title: section.title.zh.text,
    paragraphs: section.blocks.length,
    runIns: runIns(section.blocks),
    sections: sectionsOf(section.sections),
  }));
}

export function structureOf(report: Report): ReportStructure {
  return {
    meta: report.meta.zh,
    opening: report.opening.map((block) => block.kind),
    sections: sectionsOf(report.sections),
    closing: report.closing.length,
    glossaryTitle: report.glossary?.title.zh.text,
    terms: (report.glossary?.terms ?? []).map((term) => term.text.zh.term),
  };
}

export { reportText } from '../helpers/report-text.ts';
