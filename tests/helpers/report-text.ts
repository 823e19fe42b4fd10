import type { Block, Report, Section } from '../../src/model/types.ts';

const texts = (blocks: Block[]): string[] => blocks.map((block) => block.text.zh.text);
const sectionTexts = (sections: Section[]): string[] => sections.flatMap((section) => [section.title.zh.text, ...texts(section.blocks), ...sectionTexts(section.sections)]);

/** Every Chinese text of the model in reading order, title block first. */
export function reportText(report: Report): string {
  const { meta } = report;
  return [
    meta.zh.title,
    meta.zh.occasion,
    meta.zh.office,
    meta.zh.speaker,
    ...texts(report.opening),
    ...sectionTexts(report.sections),
    ...texts(report.closing),
    report.glossary?.title.zh.text,
    ...(report.glossary?.terms ?? []).map((term) => term.text.zh.term + term.text.zh.explanation),
  ].join('\n');
}
