import type { GlossaryTerm, Report } from '../../model/types.ts';
import type { TermPart } from './pack-terms.ts';

/** What `templates/partials/term.hbs` reads; `en` is always present as a key (strict templates) but may be undefined. */
export interface TermView {
  id: string;
  number: number;
  zh: { term: string; explanation: string };
  en: { term: string; explanation: string } | undefined;
  showExplanation: true;
  part: TermPart;
  /** A further piece of the term, where it runs over several cards or large-print pages: marked continued like an English half. */
  continued: boolean;
}

export function toTermView(term: GlossaryTerm): TermView {
  const { zh, en } = term.text;
  return {
    id: `term-${term.id}`,
    number: term.number,
    zh: { term: zh.term, explanation: zh.explanation },
    en: en ? { term: en.term, explanation: en.explanation } : undefined,
    showExplanation: true,
    part: 'whole',
    continued: false,
  };
}

/** The handout header: the report title in each language the report has (either may be empty: no front matter). */
export interface HeaderView {
  bilingual: boolean;
  titleZh: string;
  titleEn: string;
  /** Who issues the report (发布机构, else the speaker's office) and its date, as the source gives them. */
  publisher: string;
  date: string;
}

export function toHeaderView(report: Report): HeaderView {
  return {
    bilingual: report.languages.includes('en'),
    titleZh: report.meta.zh.title,
    titleEn: report.meta.en?.title ?? '',
    publisher: report.meta.zh.publisher ?? report.meta.zh.office ?? '',
    date: report.meta.zh.issued ?? report.meta.zh.date ?? '',
  };
}

/** Every character a handout may print, for font subsetting. */
export function collectText(header: HeaderView, terms: TermView[], labels: string[]): string {
  const parts = [header.titleZh, header.titleEn, header.publisher, header.date, ...labels];
  for (const term of terms) parts.push(term.zh.term, term.zh.explanation, term.en?.term ?? '', term.en?.explanation ?? '', String(term.number));
  return parts.join('');
}
