import type { Bilingual, Glossary } from '../model/types.ts';
import type { Labels } from '../theme/labels.ts';

/**
 * The glossary's title as every output prints it: the source's, with the spaces a printed report letter-spaces a
 * short Chinese heading with (名 词 解 释) taken out, since each output spaces its headings itself.
 */
export function glossaryTitle(glossary: Glossary, labels: Labels): Required<Bilingual<string>> {
  const zh = glossary.title.zh.text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  return { zh: zh || labels.text('glossary', 'zh'), en: glossary.title.en?.text || labels.text('glossary', 'en') };
}

/** A copy of the glossary titled as every output prints it; the source's positions stay, the model is not touched. */
export function withGlossaryTitle(glossary: Glossary, labels: Labels): Glossary {
  const title = glossaryTitle(glossary, labels);
  const en = glossary.title.en && { ...glossary.title.en, text: title.en };
  return { ...glossary, title: { zh: { ...glossary.title.zh, text: title.zh }, en } };
}
