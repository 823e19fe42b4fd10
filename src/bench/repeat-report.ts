import type { Report, Section } from '../model/types.ts';

function renumber(section: Section, suffix: string): Section {
  return {
    ...section,
    id: `${section.id}x${suffix}`,
    blocks: section.blocks.map((block) => ({ ...block, id: `${block.id}x${suffix}` })),
    sections: section.sections.map((child) => renumber(child, suffix)),
  };
}

/** The report with its parts repeated `times` times (fresh ids each time). */
export function repeatReport(report: Report, times: number): Report {
  const sections = Array.from({ length: times }, (_, copy) => report.sections.map((section) => (copy === 0 ? section : renumber(section, String(copy))))).flat();
  return { ...report, sections };
}
