import type { Block, Lang, Report, Section } from '../../model/types.ts';

/** A glossary term's first occurrence in the body: inline `inline` of block `blockId`, characters start..end. */
export interface TermLink {
  termId: string;
  lang: Lang;
  blockId: string;
  inline: number;
  start: number;
  end: number;
}

function bodyBlocks(report: Report): Block[] {
  const walk = (sections: Section[]): Block[] => sections.flatMap((section) => [...section.blocks, ...walk(section.sections)]);
  return [...report.opening, ...walk(report.sections), ...report.closing, ...walk(report.appendices)];
}

/** Where each glossary term first occurs in the body text of `lang`; terms that never occur get no link. */
export function findTermLinks(report: Report, lang: Lang): TermLink[] {
  const blocks = bodyBlocks(report);
  const links: TermLink[] = [];
  for (const term of report.glossary?.terms ?? []) {
    const wanted = term.text[lang]?.term;
    if (!wanted) continue;
    blocks.some((block) =>
      (block.text[lang]?.inlines ?? []).some((inline, index) => {
        const start = inline.type === 'figure' ? -1 : inline.value.indexOf(wanted);
        if (start < 0) return false;
        const overlaps = links.some((link) => link.blockId === block.id && link.inline === index && start < link.end && link.start < start + wanted.length);
        if (overlaps) return false;
        links.push({ termId: term.id, lang, blockId: block.id, inline: index, start, end: start + wanted.length });
        return true;
      }),
    );
  }
  return links;
}
