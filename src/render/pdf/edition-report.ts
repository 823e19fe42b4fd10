import type { Bilingual, Block, Glossary, Lang, Paragraph, Report, Section, SourcePosition } from '../../model/types.ts';

/**
 * The model as one print edition reads it, and nothing more: each edition is laid out from this and cached by it
 * (see pdf-renderer.ts), so an edit the edition cannot show (an English paragraph, for report.zh.pdf) leaves it as
 * it is. Its own languages stay whole. Of the others only what its page map names is kept: each block's, heading's
 * and term's source position (and a table's header rows, which place its rows' lines). The meta stays whole: the
 * English edition prints the Chinese date. The names (never hyphenated) are English only. Figures and the deck belong to the slides.
 * tests/render/pdf/edition-report.test.ts proves an edition laid out from this is the one laid out from the whole model.
 */
export function reportForEdition(report: Report, langs: Lang[]): Report {
  const keep = <T extends { position: SourcePosition }>(value: Bilingual<T>, trace: (text: T) => object): Bilingual<T> =>
    Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, text === undefined || langs.includes(lang as Lang) ? text : trace(text as T)])) as unknown as Bilingual<T>;
  const position = (text: { position: SourcePosition }) => ({ position: text.position });
  const paragraph = (text: Paragraph) => ({ position: text.position, ...(text.table ? { table: { headerRows: text.table.headerRows } } : {}) });
  const block = (value: Block): Block => ({ ...value, text: keep(value.text, paragraph) });
  const section = (value: Section): Section => ({ ...value, title: keep(value.title, position), blocks: value.blocks.map(block), sections: value.sections.map(section) });
  const glossary = (value: Glossary): Glossary => ({ title: keep(value.title, position), terms: value.terms.map((term) => ({ ...term, text: keep(term.text, position) })) });
  return {
    ...report,
    opening: report.opening.map(block),
    sections: report.sections.map(section),
    closing: report.closing.map(block),
    appendices: report.appendices.map(section),
    glossary: report.glossary && glossary(report.glossary),
    names: langs.includes('en') ? report.names : undefined,
    figures: [],
    deck: undefined,
  };
}
