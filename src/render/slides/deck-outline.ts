import type { Bilingual } from '../../model/types.ts';
import type { OutlineEntry } from '../html/write-outline.ts';
import type { SlideView } from './deck-view.ts';

/** A bookmark's title: the Chinese, then the English after a middle dot when the deck has it. */
function both(text: Bilingual<string>): string {
  return text.en ? `${text.zh} · ${text.en}` : text.zh;
}

/** A glossary slide's terms: each term's number once, before its Chinese name; a continued half marked so in each language. */
function termsTitle(terms: Array<{ number: number; zh: { term: string }; en: { term: string } | undefined; part: string }>, continued: Bilingual<string>): string {
  const zh = terms.map((term) => `${term.number}. ${term.zh.term}${term.part === 'en' ? `（${continued.zh}）` : ''}`).join('；');
  const en = terms.every((term) => term.en) ? terms.map((term) => `${term.en!.term}${term.part === 'en' ? ` (${continued.en})` : ''}`).join('; ') : undefined;
  return both({ zh, en });
}

/**
 * One bookmark per slide of the printed deck, in page order: the title, the agenda, each section (a group or the
 * glossary) with its slides nested under it, a glossary overview with its explanation slides under it, the closing.
 */
export function deckOutline(slides: SlideView[], options: { continued: Bilingual<string> }): OutlineEntry[] {
  const top: OutlineEntry[] = [];
  let section: OutlineEntry | undefined;
  let page = 0;
  const add = (title: string, under: OutlineEntry | undefined): OutlineEntry => {
    const entry = { title, page: page++, children: [] };
    (under ? under.children : top).push(entry);
    return entry;
  };
  for (const slide of slides) {
    if (slide.kind === 'title') add(both({ zh: slide.zh.title || slide.subject.zh, en: slide.en ? slide.en.title || slide.subject.en : undefined }), undefined);
    else if (slide.kind === 'agenda' || slide.kind === 'closing') {
      section = undefined;
      add(both(slide.title), undefined);
    } else if (slide.kind === 'section') section = add(both(slide.title), undefined);
    else if (slide.kind === 'figure-overview') add(both(slide.kicker), section);
    else if (slide.kind === 'chart') add(both(slide.title), section);
    else if (slide.kind === 'figure') {
      const { zh, en, period } = slide;
      add(both({ zh: period ? `${zh.label}（${period.zh}）` : zh.label, en: en && (period?.en ? `${en.label} (${period.en})` : en.label) }), section);
    } else {
      const numbers = slide.overview.entries.map((entry) => entry.number);
      const range = numbers.length > 1 ? ` ${numbers[0]}–${numbers[numbers.length - 1]}` : ` ${numbers[0]}`;
      const overview = add(both({ zh: slide.overview.title.zh + range, en: slide.overview.title.en && slide.overview.title.en + range }), section);
      for (const terms of slide.slides) add(termsTitle(terms.terms, options.continued), overview);
    }
  }
  return top;
}
