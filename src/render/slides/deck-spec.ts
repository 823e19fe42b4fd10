import type { Bilingual, DeckGroup, DeckSpec, Report, Section } from '../../model/types.ts';

function partTitle(report: Report, sectionId: string | undefined): Bilingual<string> {
  const part: Section | undefined = report.sections.find((section) => section.id === sectionId);
  return part ? { zh: part.title.zh.text, en: part.title.en?.text } : { zh: '' };
}

/** Without deck.yaml: one group per figure group, in reading order, titled by its part, every figure a headline. */
export function defaultDeckSpec(report: Report): DeckSpec {
  const groups = new Map<string, DeckGroup>();
  for (const figure of report.figures) {
    const group = groups.get(figure.group) ?? { id: figure.group, title: partTitle(report, figure.sectionIds[0]), headline: [], charts: [] };
    group.headline.push(figure.id);
    groups.set(figure.group, group);
  }
  return { groups: [...groups.values()], references: [], aspect: '16:9' };
}

/** The deck of `source/deck.yaml`, or the default one when the report has none. */
export function deckSpecFor(report: Report): DeckSpec {
  return report.deck ?? defaultDeckSpec(report);
}
