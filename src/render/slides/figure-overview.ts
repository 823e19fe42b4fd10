import type { Bilingual, DeckGroup, Figure, Report } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';
import { figurePeriod, periodText } from './figure-period.ts';
import { splitValue } from './figure-value.ts';
import type { NotesView } from './notes-view.ts';
import type { SlideSize } from './slide-size.ts';

/** One cell of the grid: a figure's year and status, value and label in each language, a link to its own slide. */
export interface OverviewCellView {
  href: string;
  period: Bilingual<string> | undefined;
  zh: { label: string; before: string; number: string; after: string };
  /** The English value is left out (its parts empty) where it reads as the Chinese one does: 3% and 3%. */
  en: { label: string; before: string; number: string; after: string } | undefined;
}

export interface FigureOverviewView {
  kind: 'figure-overview';
  id: string;
  group: string;
  /** The group's title; the kicker counts the grid's slides (1/2) when a group needs more than one. */
  title: Bilingual<string>;
  kicker: Bilingual<string>;
  columns: number;
  cells: OverviewCellView[];
  notes: NotesView;
}

/** A grid's shape: up to 3 columns on a 16:9 slide, 2 on a 4:3 one; two rows, or one where two did not fit. */
export interface GridShape {
  slide: SlideSize;
  rows: 1 | 2;
}

function maxColumns(slide: SlideSize): number {
  return slide.width / slide.height > 1.5 ? 3 : 2;
}

/** How many grid slides a group of `count` headline figures gets: none for fewer than two, else as few as hold them. */
function overviewSlideCount(count: number, shape: GridShape): number {
  return count < 2 ? 0 : Math.ceil(count / (maxColumns(shape.slide) * shape.rows));
}

/** Columns for `count` cells: one row when they fit in one, else two rows filled evenly (four make a square). */
function columnsFor(count: number, shape: GridShape): number {
  const columns = maxColumns(shape.slide);
  return shape.rows === 1 || count <= columns ? count : Math.min(columns, Math.ceil(count / 2));
}

/** Two displays that differ only in their dashes and spaces (6.5%-7% and 6.5%–7%) say the same to either reader. */
function sameDisplay(a: string, b: string): boolean {
  const plain = (text: string): string => text.replace(/[\s\u2010-\u2015-]/gu, '');
  return plain(a) === plain(b);
}

function cellOf(report: Report, figure: Figure, labels: Labels): OverviewCellView {
  const period = figurePeriod(report, figure);
  const said = period && periodText(period, labels);
  const { zh, en } = figure.text;
  const enValue = en && !sameDisplay(zh.display, en.display) ? splitValue(en.display, en.number) : { before: '', number: '', after: '' };
  return {
    href: `#/${figure.id}`,
    period: said && { zh: said.zh, en: en && said.en },
    zh: { label: zh.label, ...splitValue(zh.display, zh.number) },
    en: en && { label: en.label, ...enValue },
  };
}

/** A period every cell shares is said once, in the kicker (数据一览：2021年目标), instead of in every cell. */
function sharedPeriod(cells: OverviewCellView[]): Bilingual<string> | undefined {
  const [first] = cells;
  return first?.period && cells.every((cell) => cell.period?.zh === first.period!.zh) ? first.period : undefined;
}

/**
 * The grid slides that open a group of two or more headline figures: each figure's value in each language's own
 * convention, its label, year and status, linked to its own slide; a group larger than a slide holds is spread
 * evenly over as few grids as it needs. Two rows fit when the labels are short; where Chromium measured that they
 * did not, the build asks again for one row.
 */
export function figureOverviewSlides(report: Report, options: { group: DeckGroup; figures: Figure[]; shape: GridShape; labels: Labels }): FigureOverviewView[] {
  const { group, figures, labels } = options;
  const count = overviewSlideCount(figures.length, options.shape);
  const bilingual = report.languages.includes('en');
  const slides: FigureOverviewView[] = [];
  for (let index = 0, start = 0; index < count; index += 1) {
    const size = Math.ceil((figures.length - start) / (count - index));
    const placed = figures.slice(start, start + size);
    const all = placed.map((figure) => cellOf(report, figure, labels));
    start += size;
    const shared = sharedPeriod(all);
    const cells = shared ? all.map((cell) => ({ ...cell, period: undefined })) : all;
    const part = count > 1 ? ` ${index + 1}/${count}` : '';
    const kicker = {
      zh: labels.text('figures-overview', 'zh') + part + (shared ? `：${shared.zh}` : ''),
      en: bilingual ? labels.text('figures-overview', 'en') + part + (shared?.en ? `: ${shared.en}` : '') : undefined,
    };
    // The notes say every figure whole: label, period and the value as the report prints it.
    const lines = placed.map(({ text }, at) => {
      const period = all[at].period;
      return { zh: `${text.zh.label}${period ? `（${period.zh}）` : ''}：${text.zh.display}`, en: text.en && `${text.en.label}${period?.en ? ` (${period.en})` : ''}: ${text.en.display}` };
    });
    slides.push({
      kind: 'figure-overview',
      id: index === 0 ? `${group.id}-overview` : `${group.id}-overview-${index + 1}`,
      group: group.id,
      title: group.title,
      kicker,
      columns: columnsFor(cells.length, options.shape),
      cells,
      notes: { lines: [group.title, kicker, ...lines], figures: [] },
    });
  }
  return slides;
}
