import type { TermView } from '../html/term-view.ts';
import type { LargeProbe } from './measure-large.ts';
import { type Half, TEXT_SPLITS } from './split-text.ts';

/**
 * A page at least this full is full enough: it may end with a term's Chinese explanation and leave the English for
 * the next page (a reader loses the place over a page turn), and need not take the first clauses of a sentence that
 * does not fit whole. The tests ask 80 % of the glyphs, which end a few points above the lines' boxes.
 */
export const FULL_PAGE = 0.85;

/** Terms measured ahead, whole, after one that fits: more than a large-print page of the seed or Yantian 2018 holds. */
const AHEAD = 8;

/** Index into TEXT_SPLITS of the cut between clauses: the finest a page that is not empty cuts a sentence. */
const CLAUSES = 1;

/** A piece of an explanation that stays on one page: a sentence, or, cut finer (`level`), a clause or a word. */
interface Unit {
  lang: Half;
  text: string;
  /** Index into TEXT_SPLITS of the split that made it. */
  level: number;
}

function unitsOf(term: TermView): Unit[] {
  const sentences = (lang: Half, text: string): Unit[] => TEXT_SPLITS[0](text, lang).map((segment) => ({ lang, text: segment, level: 0 }));
  return [...sentences('zh', term.zh.explanation), ...(term.en ? sentences('en', term.en.explanation) : [])];
}

/** The unit cut at the next finer split down to TEXT_SPLITS[deepest], or undefined when none of them cuts it. */
function cutFiner(unit: Unit, deepest: number): Unit[] | undefined {
  for (let level = unit.level + 1; level <= deepest; level += 1) {
    const pieces = TEXT_SPLITS[level](unit.text, unit.lang).filter((piece) => piece !== '');
    if (pieces.length > 1) return pieces.map((text) => ({ lang: unit.lang, text, level }));
  }
  return undefined;
}

/** The term with only `units` of its explanations; a continued piece repeats both names, marked continued. */
function pieceOf(term: TermView, units: Unit[], continued: boolean): TermView {
  const text = (lang: Half): string => units.filter((unit) => unit.lang === lang).map((unit) => unit.text).join('').trim();
  const [zh, en] = [text('zh'), text('en')];
  const part = term.en && en === '' ? 'zh' : continued && zh === '' ? 'en' : 'whole';
  return { ...term, part, continued, zh: { ...term.zh, explanation: zh }, en: term.en && { ...term.en, explanation: en } };
}

export interface PackLargeOptions {
  probe: LargeProbe;
  /** Told of a word longer than a whole page, which is placed anyway and runs past the page. */
  note: (message: string) => void;
}

/**
 * The large print's pages, filled in reading order by the heights Chromium measures, the first page under the header.
 * A term goes whole onto the page when it fits. Otherwise the page is filled with as much of it as fits, cut between
 * its Chinese and English explanations when that leaves the page at least FULL_PAGE full, else between sentences, or
 * between the clauses of the next sentence when whole sentences leave it less full; the rest continues on the next
 * page under both names marked continued. A sentence longer than a whole page is cut between clauses, then words.
 * The names never end a page without text under them.
 */
export async function packLargePages(terms: TermView[], options: PackLargeOptions): Promise<TermView[][]> {
  const pages: TermView[][] = [[]];
  const current = (): TermView[] => pages[pages.length - 1];
  for (const [index, term] of terms.entries()) {
    let units = unitsOf(term);
    let continued = false;
    if (units.length === 0) {
      // No explanation in either language: the names alone, on this page when they fit.
      if ((await options.probe.fill([...current(), pieceOf(term, [], false)], pages.length - 1)) > 1 && current().length > 0) pages.push([]);
      current().push(pieceOf(term, [], false));
    }
    while (units.length > 0) {
      const contentOf = (count: number): TermView[] => [...current(), pieceOf(term, units.slice(0, count), continued)];
      const fillOf = (count: number): Promise<number> => options.probe.fill(contentOf(count), pages.length - 1);
      // The next terms whole after all of this one, as they would follow on this page: measured ahead in the same evaluation.
      const following = terms.slice(index + 1, index + 1 + AHEAD).map((next) => pieceOf(next, unitsOf(next), false));
      const ahead = following.map((_, count) => [...contentOf(units.length), ...following.slice(0, count + 1)]);
      let taken = await options.probe.fitting(units.map((_, count) => contentOf(count + 1)), pages.length - 1, ahead);
      const whole = taken === units.length;
      const empty = taken === 0 && current().length === 0;
      // A page left short by the next sentence takes its first clauses; a unit longer than a page is cut down to words.
      const short = !whole && (empty || (taken > 0 ? await fillOf(taken) : await options.probe.fill(current(), pages.length - 1)) < FULL_PAGE);
      const finer = short ? cutFiner(units[taken], empty ? TEXT_SPLITS.length - 1 : CLAUSES) : undefined;
      if (finer) {
        units = [...units.slice(0, taken), ...finer, ...units.slice(taken + 1)];
        continue;
      }
      if (taken === 0 && !empty) {
        pages.push([]);
        continue;
      }
      if (taken === 0) {
        options.note(`large print, page ${pages.length}: glossary term ${term.number} “${term.zh.term}”: the word “${units[0].text.trim()}” is longer than a page at large-print size and runs past the page`);
        taken = 1;
      }
      const english = units.findIndex((unit) => unit.lang === 'en');
      if (taken < units.length && english > 0 && english < taken && (await fillOf(english)) >= FULL_PAGE) taken = english;
      current().push(pieceOf(term, units.slice(0, taken), continued));
      units = units.slice(taken);
      continued = true;
      if (units.length > 0) pages.push([]);
    }
  }
  return pages.filter((page) => page.length > 0);
}
