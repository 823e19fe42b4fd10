import type { Bilingual, BlockKind, Lang, Paragraph, SourcePosition } from '../../model/types.ts';

/** What a mapped area is: the proof viewer and `report-press where` name it. */
export type AreaKind = BlockKind | 'heading' | 'term' | 'table-cell';

/** A rectangle of a page that one block (in one language's column) fills, with the source positions of that block in every language. */
export interface SourceArea {
  /** 1-based, in the order of the finished PDF (contents after the cover). */
  page: number;
  /** Points from the top left of the page as a viewer shows it (mirrored even pages included). */
  x: number;
  y: number;
  width: number;
  height: number;
  kind: AreaKind;
  lang: Lang;
  sources: Partial<Record<Lang, SourcePosition>>;
}

/** The sidecar written beside each PDF (`report.pdf.map.json`): never inside the PDF. */
export interface SourceMap {
  document: string;
  areas: SourceArea[];
}

type Mark = Pick<SourceArea, 'kind' | 'lang' | 'sources'>;

/** Props that mark a View or Text as the box of a block: react-pdf keeps unknown props on its layout nodes, where `collectAreas` finds them. */
export function sourceMark(mark: Mark): object {
  return { sourceMark: mark };
}

/** The positions of a bilingual value, language by language. */
export function positionsOf<T extends { position: SourcePosition }>(value: Bilingual<T | undefined>): Partial<Record<Lang, SourcePosition>> {
  return Object.fromEntries(Object.entries(value).flatMap(([lang, text]) => (text ? [[lang, text.position]] : [])));
}

/** The source line of row `row` of a pipe table in each language: one row a line, the delimiter row after the header. */
export function tableRowPositions(text: Bilingual<Paragraph | undefined>, row: number): Partial<Record<Lang, SourcePosition>> {
  return Object.fromEntries(
    Object.entries(text).flatMap(([lang, paragraph]) => {
      if (!paragraph?.table) return [];
      const line = paragraph.position.line + row + (row >= paragraph.table.headerRows ? 1 : 0);
      return [[lang, { ...paragraph.position, line }]];
    }),
  );
}

interface LayoutNode {
  box?: { left: number; top: number; width: number; height: number };
  props?: { sourceMark?: Mark };
  /** A Text node's lines, as laid out on this page. */
  lines?: unknown[];
  children?: LayoutNode[];
}

/** Whether a box holds any line of text on its page: a block split before its first line leaves an empty box at the foot of the page. */
function holdsText(node: LayoutNode): boolean {
  return (node.lines?.length ?? 0) > 0 || (node.children ?? []).some(holdsText);
}

/**
 * A marked box of a part as laid out, before the part has a place in its edition: `page` counts from the part's first
 * page (1), `x` and `y` are unrounded and unshifted, so that the areas of a part kept between builds do not depend on
 * where it starts (see placeAreas).
 */
export type PartArea = SourceArea;

export interface PageOrder {
  /** The finished page number of the part's first page. */
  firstPage: number;
  /** How far even pages are shown to the left (mirrorEvenPages). */
  evenShift: number;
  /** How far the finished page reaches beyond the laid-out one on every side (the print shop's bleed and marks). */
  slug: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Every marked box of react-pdf's laid-out part (given to Document's onRender), page by page; a block split over pages gives one area per page. */
export function collectAreas(layout: { children?: LayoutNode[] }): PartArea[] {
  const pages = layout.children ?? [];
  const areas: PartArea[] = [];
  pages.forEach((pageNode, index) => {
    // A child's box is relative to its parent's (react-pdf's renderChildren translates by the parent's left and top).
    const visit = (node: LayoutNode, left: number, top: number): void => {
      const x = left + (node.box?.left ?? 0);
      const y = top + (node.box?.top ?? 0);
      const mark = node.props?.sourceMark;
      if (mark && node.box && holdsText(node)) areas.push({ page: index + 1, x, y, width: round(node.box.width), height: round(node.box.height), ...mark });
      node.children?.forEach((child) => visit(child, x, y));
    };
    visit(pageNode, 0, 0);
  });
  return areas;
}

/** A part's areas on the finished pages of its edition: numbered from its first page, even pages mirrored, inside the slug. */
export function placeAreas(areas: PartArea[], order: PageOrder): SourceArea[] {
  return areas.map((area) => {
    const page = order.firstPage + area.page - 1;
    const shift = page % 2 === 0 ? order.evenShift : 0;
    return { ...area, page, x: round(area.x - shift + order.slug), y: round(area.y + order.slug) };
  });
}
