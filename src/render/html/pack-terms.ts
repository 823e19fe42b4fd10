/**
 * Which part of a glossary term a page shows: all of it, or, when it is longer than a page, its Chinese half
 * (both names and the Chinese explanation) and then its English half under the names marked "continued".
 */
export type TermPart = 'whole' | 'zh' | 'en';

export interface PlacedTerm<T> {
  term: T;
  part: TermPart;
}

export interface PackOptions<T> {
  /** Room on the page with this index, in the unit of `height`. */
  room: (page: number) => number;
  height: (term: T, part: TermPart) => number;
  /** Space between two terms on a page. */
  gap: number;
  maxPerPage: number;
  /** Whether the term has an English half to move to a page of its own. */
  splittable: (term: T) => boolean;
}

/** Fills pages (or slides) in reading order with whole terms, splitting a term in two only when it fits no page whole. */
export function packTerms<T>(terms: T[], options: PackOptions<T>): Array<Array<PlacedTerm<T>>> {
  const pages: Array<Array<PlacedTerm<T>>> = [];
  let used = 0;
  const place = (piece: PlacedTerm<T>): void => {
    const height = options.height(piece.term, piece.part);
    const current = pages[pages.length - 1];
    if (current && current.length < options.maxPerPage && used + options.gap + height <= options.room(pages.length - 1)) {
      current.push(piece);
      used += options.gap + height;
    } else {
      pages.push([piece]);
      used = height;
    }
  };
  for (const term of terms) {
    const whole = options.height(term, 'whole') <= options.room(pages.length) || !options.splittable(term);
    for (const part of whole ? (['whole'] as const) : (['zh', 'en'] as const)) place({ term, part });
  }
  return pages;
}
