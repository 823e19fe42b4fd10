/**
 * Page and card sizes of the handouts, in millimetres: the one place they are set. The templates' `@page` rules
 * and the card grid are generated from these (templates/partials/handout-page.hbs, handouts-cards.hbs), and the
 * fit of the cards and of the large-print pages is worked out from the same numbers.
 */

export interface PageSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

const A4 = { width: 210, height: 297 };

/** The glossary sheet. */
export const sheetPage: PageSize = { ...A4, margin: { top: 16, right: 18, bottom: 20, left: 18 } };

/** The large print: wide side margins and room at the foot for the page number at 20 pt. */
export const largePage: PageSize = { ...A4, margin: { top: 18, right: 20, bottom: 26, left: 20 } };

/**
 * The card sheet: no page margin; four A6 cards inside its own 10 mm margin, where the crop marks sit, 5 mm or more
 * from the paper's edge, where office printers print. A card keeps `padding` clear all round and `footer` at its
 * foot for the line naming the report.
 */
export const cardSheetPage: PageSize = { ...A4, margin: { top: 0, right: 0, bottom: 0, left: 0 } };
export const cardMm = { sheetMargin: 10, width: (A4.width - 2 * 10) / 2, height: (A4.height - 2 * 10) / 2, padding: 10, footer: 14, cropMark: 4, cropInset: 5 };

/** The area inside a page's margins. */
export function contentBox(page: PageSize): { width: number; height: number } {
  return { width: page.width - page.margin.left - page.margin.right, height: page.height - page.margin.top - page.margin.bottom };
}
