import type { Block, Lang, Report, Section, SourcePosition } from '../model/types.ts';
import type { Labels } from '../theme/labels.ts';

export type TextRole = 'body' | 'heading';

/** One piece of text an edition prints, with the font role it is set in and where it came from. */
export interface PrintedText {
  text: string;
  role: TextRole;
  lang: Lang;
  position?: SourcePosition;
  /** The text stands in deck.yaml (the deck keeps no positions of its titles): found there by its characters. */
  inDeck?: true;
  /** Where to look when there is no position. */
  origin: string;
}

function blockTexts(blocks: Block[], lang: Lang): PrintedText[] {
  return blocks.flatMap((block) => {
    const paragraph = block.text[lang];
    return paragraph ? [{ text: paragraph.text, role: 'body' as const, lang, position: paragraph.position, origin: block.id }] : [];
  });
}

function sectionTexts(sections: Section[], lang: Lang): PrintedText[] {
  return sections.flatMap((section) => {
    const title = section.title[lang];
    const heading: PrintedText[] = title ? [{ text: title.text, role: 'heading', lang, position: title.position, origin: section.id }] : [];
    return [...heading, ...blockTexts(section.blocks, lang), ...sectionTexts(section.sections, lang)];
  });
}

/** Figure labels (`label="…"`, the deck's captions) and deck.yaml's group titles, chart titles and axes. */
function deckTexts(report: Report, lang: Lang): PrintedText[] {
  const labels: PrintedText[] = report.figures.flatMap((figure) => {
    const text = figure.text[lang];
    return text ? [{ text: text.label, role: 'heading' as const, lang, position: text.position, origin: `label of figure ${figure.id}` }] : [];
  });
  const titles = (report.deck?.groups ?? []).flatMap((group) => [group.title, ...group.charts.flatMap((chart) => [chart.title, chart.axis])]);
  return [...labels, ...titles.flatMap((title) => (title[lang] ? [{ text: title[lang], role: 'heading' as const, lang, inDeck: true as const, origin: 'deck.yaml' }] : []))];
}

/** Every text an output in `lang` prints, in reading order: metadata, labels, body, appendices, glossary, the deck's own texts. */
export function collectTexts(report: Report, lang: Lang, labels: Labels): PrintedText[] {
  const meta = report.meta[lang];
  const metaTexts: PrintedText[] = Object.entries(meta ?? {}).map(([key, value]) => ({
    text: String(value),
    role: key === 'title' ? 'heading' : 'body',
    lang,
    origin: `front matter "${key}" of report.${lang}.md`,
  }));
  const labelTexts: PrintedText[] = Object.entries(labels.entries).map(([key, value]) => ({ text: value[lang], role: 'heading', lang, origin: `label "${key}" in templates/labels.yaml` }));
  const glossary = report.glossary;
  const glossaryTexts: PrintedText[] = glossary
    ? [
        ...(glossary.title[lang] ? [{ text: glossary.title[lang].text, role: 'heading' as const, lang, position: glossary.title[lang].position, origin: 'glossary' }] : []),
        ...glossary.terms.flatMap((term) => {
          const entry = term.text[lang];
          return entry ? [{ text: `${entry.term}${entry.explanation}`, role: 'body' as const, lang, position: entry.position, origin: term.id }] : [];
        }),
      ]
    : [];
  return [
    ...metaTexts,
    ...labelTexts,
    ...blockTexts(report.opening, lang),
    ...sectionTexts(report.sections, lang),
    ...blockTexts(report.closing, lang),
    ...sectionTexts(report.appendices, lang),
    ...glossaryTexts,
    ...deckTexts(report, lang),
  ];
}
