import type { Bilingual, Figure, FigureText, Lang, Report, ReportMeta, Section } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';
import { excerptSentence, type Excerpt } from './caption-excerpt.ts';
import { renderChartSvg } from './chart-svg.ts';
import { glossaryStacks, type GlossaryStackView } from './glossary-slides.ts';
import type { DeckChart, DeckSpec } from '../../model/types.ts';

/** Plain view data for templates/slides.hbs: every key always present, since templates compile in strict mode. */
export interface FigureValueView {
  label: string;
  /** The display split so that before + number + after is exactly the marked words. */
  before: string;
  number: string;
  after: string;
  display: string;
  sentence: string;
  /** The clause of the sentence that holds the figure, for the on-slide caption. */
  caption: Excerpt;
}

export interface NotesView {
  figures: Array<{ id: string; zh: string; en: string | undefined; place: Array<Bilingual<string>> }>;
}

export type SlideView =
  | { kind: 'title'; zh: TitleView; en: TitleView | undefined; subject: Bilingual<string> }
  | { kind: 'section'; id: string; title: Bilingual<string>; count: number }
  | { kind: 'figure'; id: string; zh: FigureValueView; en: FigureValueView | undefined; sameValue: boolean; notes: NotesView }
  | { kind: 'chart'; id: string; title: Bilingual<string>; svg: string; notes: NotesView }
  | GlossaryStackView;

export interface TitleView {
  title: string;
  occasion: string;
  speaker: string;
  office: string;
  date: string;
}

function titleView(meta: ReportMeta): TitleView {
  return { title: meta.title, occasion: meta.occasion ?? '', speaker: meta.speaker ?? '', office: meta.office ?? '', date: meta.date ?? '' };
}

function valueView(text: FigureText, lang: Lang): FigureValueView {
  const start = text.display.indexOf(text.number);
  const after = start < 0 ? '' : text.display.slice(start + text.number.length);
  // A range (6.5%-7%) is set large as a whole: its second number is as much the figure as its first.
  const whole = start < 0 || /\d/.test(after);
  return {
    label: text.label,
    before: start < 0 ? '' : text.display.slice(0, start),
    number: whole ? text.display.slice(Math.max(start, 0)) : text.number,
    after: whole ? '' : after,
    display: text.display,
    sentence: text.sentence,
    caption: excerptSentence(text, lang),
  };
}

/** 5.2% and 5.2%, or 6.5%-7% and 6.5%–7%: the English value would only repeat the Chinese one. */
function sameValue(figure: Figure): boolean {
  const plain = (display: string): string => display.replace(/[\s\u2010-\u2015-]/gu, '-');
  return figure.text.en !== undefined && plain(figure.text.en.display) === plain(figure.text.zh.display);
}

function findSections(sections: Section[], ids: string[]): Section[] {
  const found = sections.find((section) => section.id === ids[0]);
  return found ? [found, ...findSections(found.sections, ids.slice(1))] : [];
}

function notesFor(report: Report, figures: Figure[]): NotesView {
  return {
    figures: figures.map((figure) => ({
      id: figure.id,
      zh: figure.text.zh.sentence,
      en: figure.text.en?.sentence,
      place: findSections(report.sections, figure.sectionIds).map((section) => ({ zh: section.title.zh.text, en: section.title.en?.text })),
    })),
  };
}

async function chartSlide(report: Report, chart: DeckChart, options: { byId: Map<string, Figure>; fontFamily: string }): Promise<SlideView> {
  const figures = chart.figures.map((id) => options.byId.get(id)).filter((figure): figure is Figure => figure !== undefined);
  const svg = await renderChartSvg({ chart, figures, fontFamily: options.fontFamily });
  return { kind: 'chart', id: chart.id, title: chart.title, svg, notes: notesFor(report, figures) };
}

/** What the deck shows, named on its title slide (as its heading when the report has no title): key figures, or only the glossary. */
export function deckSubject(report: Report, labels: Labels): Bilingual<string> {
  if (report.figures.length > 0 || !report.glossary) return { zh: labels.text('key-figures', 'zh'), en: labels.text('key-figures', 'en') };
  return { zh: report.glossary.title.zh.text, en: report.glossary.title.en?.text ?? labels.text('glossary', 'en') };
}

/** The slides in order: title, then per group a section slide, its big figures and its charts; the glossary last. */
export async function buildSlides(report: Report, options: { spec: DeckSpec; fontFamily: string; labels: Labels }): Promise<SlideView[]> {
  const byId = new Map(report.figures.map((figure) => [figure.id, figure]));
  const slides: SlideView[] = [{ kind: 'title', zh: titleView(report.meta.zh), en: report.meta.en && titleView(report.meta.en), subject: deckSubject(report, options.labels) }];
  for (const group of options.spec.groups) {
    const headline = group.headline.map((id) => byId.get(id)).filter((figure): figure is Figure => figure !== undefined);
    slides.push({ kind: 'section', id: group.id, title: group.title, count: headline.length + group.charts.length });
    for (const figure of headline) {
      slides.push({ kind: 'figure', id: figure.id, zh: valueView(figure.text.zh, 'zh'), en: figure.text.en && valueView(figure.text.en, 'en'), sameValue: sameValue(figure), notes: notesFor(report, [figure]) });
    }
    for (const chart of group.charts) slides.push(await chartSlide(report, chart, { byId, fontFamily: options.fontFamily }));
  }
  return [...slides, ...glossaryStacks(report)];
}

/** Slides a presenter steps through: a glossary stack counts its overview and each explanation slide under it. */
export function countSlides(slides: SlideView[]): number {
  return slides.reduce((sum, slide) => sum + (slide.kind === 'glossary' ? 1 + slide.slides.length : 1), 0);
}
