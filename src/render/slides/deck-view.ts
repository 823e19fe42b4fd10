import type { Bilingual, Figure, Report, ReportMeta, Section } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';
import type { Theme } from '../../theme/load-theme.ts';
import { glossaryTitle } from '../glossary-title.ts';
import { excerptSentences } from './caption-excerpt.ts';
import { valueView, type FigureValueView } from './figure-value.ts';
import { figurePeriod, periodText } from './figure-period.ts';
import { renderChartSvg } from './chart-svg.ts';
import { glossaryStacks, type GlossaryStackView } from './glossary-slides.ts';
import type { NotesView } from './notes-view.ts';
import type { TermFit } from './measure-terms.ts';
import { slideSize } from './slide-size.ts';
import { figureOverviewSlides, type FigureOverviewView } from './figure-overview.ts';
import { closingSlide, type ClosingSlideView } from './closing-slide.ts';
import type { DeckChart, DeckSpec } from '../../model/types.ts';

/** Plain view data for templates/slides.hbs: every key always present, since templates compile in strict mode. */
export type SlideView =
  | { kind: 'title'; zh: TitleView; en: TitleView | undefined; subject: Bilingual<string>; notes: NotesView }
  | { kind: 'section'; id: string; kicker: Bilingual<string>; title: Bilingual<string>; count: number; notes: NotesView }
  | { kind: 'figure'; id: string; period: Bilingual<string> | undefined; zh: FigureValueView; en: FigureValueView | undefined; notes: NotesView }
  | { kind: 'chart'; id: string; title: Bilingual<string>; svg: string; description: string; notes: NotesView }
  | { kind: 'agenda'; id: 'agenda'; title: Bilingual<string>; entries: AgendaEntryView[]; notes: NotesView }
  | FigureOverviewView
  | GlossaryStackView
  | ClosingSlideView;

/** A line of the agenda: a link to a section slide by its anchor (#/results-2020). */
export interface AgendaEntryView {
  href: string;
  number: number;
  title: Bilingual<string>;
}

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

function figureSlide(report: Report, figure: Figure, labels: Labels): SlideView {
  const period = figurePeriod(report, figure);
  const said = period && periodText(period, labels);
  const captions = excerptSentences(figure.text);
  return {
    kind: 'figure',
    id: figure.id,
    period: said && { zh: said.zh, en: figure.text.en && said.en },
    zh: valueView(figure.text.zh, { lang: 'zh', caption: captions.zh }),
    en: figure.text.en && valueView(figure.text.en, { lang: 'en', caption: captions.en! }),
    notes: notesFor(report, [figure]),
  };
}

function findSections(sections: Section[], ids: string[]): Section[] {
  const found = sections.find((section) => section.id === ids[0]);
  return found ? [found, ...findSections(found.sections, ids.slice(1))] : [];
}

function notesFor(report: Report, figures: Figure[]): NotesView {
  return {
    lines: [],
    figures: figures.map((figure) => ({
      id: figure.id,
      zh: figure.text.zh.sentence,
      en: figure.text.en?.sentence,
      place: findSections([...report.sections, ...report.appendices], figure.sectionIds).map((section) => ({ zh: section.title.zh.text, en: section.title.en?.text })),
    })),
  };
}

async function chartSlide(report: Report, chart: DeckChart, options: { byId: Map<string, Figure>; fontFamily: string; colour: Theme['colour'] }): Promise<SlideView> {
  const figures = chart.figures.map((id) => options.byId.get(id)).filter((figure): figure is Figure => figure !== undefined);
  const { svg, description } = await renderChartSvg({ chart, figures, fontFamily: options.fontFamily, colour: options.colour });
  return { kind: 'chart', id: chart.id, title: chart.title, svg, description, notes: notesFor(report, figures) };
}

/** The title slide; its notes name the occasion, the speaker and the parts of the deck in order. */
function titleSlide(report: Report, spec: DeckSpec, labels: Labels): SlideView {
  const { zh, en } = report.meta;
  const lines: Array<Bilingual<string>> = [{ zh: zh.title || deckSubject(report, labels).zh, en: en && (en.title || deckSubject(report, labels).en) }];
  if (zh.occasion) lines.push({ zh: zh.occasion, en: en?.occasion });
  if (zh.speaker) lines.push({ zh: [zh.speaker, zh.office].filter(Boolean).join('，'), en: en?.speaker && [en.speaker, en.office].filter(Boolean).join(', ') });
  lines.push(...spec.groups.map((group) => group.title));
  return { kind: 'title', zh: titleView(zh), en: en && titleView(en), subject: deckSubject(report, labels), notes: { lines, figures: [] } };
}

/** A group's section slide: its notes list the figures that follow, label and value in each language. */
function sectionNotes(title: Bilingual<string>, figures: Figure[]): NotesView {
  const lines = figures.map((figure) => ({ zh: `${figure.text.zh.label}：${figure.text.zh.display}`, en: figure.text.en && `${figure.text.en.label}: ${figure.text.en.display}` }));
  return { lines: [title, ...lines], figures: [] };
}

/** The agenda after the title: a numbered link to each section slide, the glossary's included. */
function agendaSlide(sections: Array<Extract<SlideView, { kind: 'section' }>>, options: { bilingual: boolean; labels: Labels }): SlideView {
  const entries = sections.map((section, index) => ({ href: `#/${section.id}`, number: index + 1, title: section.title }));
  const title = { zh: options.labels.text('contents', 'zh'), en: options.bilingual ? options.labels.text('contents', 'en') : undefined };
  return { kind: 'agenda', id: 'agenda', title, entries, notes: { lines: [title, ...entries.map((entry) => entry.title)], figures: [] } };
}

/** Opens the glossary: its title and how many terms it explains; the notes name them all. */
function glossaryDivider(report: Report, title: Bilingual<string>, labels: Labels): SlideView {
  const terms = report.glossary?.terms ?? [];
  const n = terms.length;
  const kicker = { zh: labels.text('glossary-count', 'zh', { n }), en: title.en === undefined ? undefined : labels.text('glossary-count', 'en', { n }) };
  const lines = terms.map((term) => ({ zh: `${term.number}. ${term.text.zh.term}`, en: term.text.en && `${term.number}. ${term.text.en.term}` }));
  return { kind: 'section', id: 'glossary', kicker, title, count: n, notes: { lines: [title, ...lines], figures: [] } };
}

/** What the deck shows, named on its title slide (as its heading when the report has no title): key figures, or only the glossary. */
export function deckSubject(report: Report, labels: Labels): Bilingual<string> {
  if (report.figures.length > 0 || !report.glossary) return { zh: labels.text('key-figures', 'zh'), en: labels.text('key-figures', 'en') };
  return glossaryTitle(report.glossary, labels);
}

/** The slides in order: title, agenda, then per group a section slide, a grid of its headline figures, its big figures and its charts; the glossary; the closing slide when deck.yaml gives a URL. */
export async function buildSlides(report: Report, options: { spec: DeckSpec; fontFamily: string; termFit?: TermFit; oneRowGrids?: ReadonlySet<string>; labels: Labels; theme: Theme }): Promise<SlideView[]> {
  const byId = new Map(report.figures.map((figure) => [figure.id, figure]));
  const bilingual = report.languages.includes('en');
  const { labels, theme } = options;
  const slides: SlideView[] = [titleSlide(report, options.spec, labels)];
  for (const group of options.spec.groups) {
    const headline = group.headline.map((id) => byId.get(id)).filter((figure): figure is Figure => figure !== undefined);
    const kicker = { zh: labels.text('key-figures', 'zh'), en: bilingual ? labels.text('key-figures', 'en') : undefined };
    slides.push({ kind: 'section', id: group.id, kicker, title: group.title, count: headline.length + group.charts.length, notes: sectionNotes(group.title, headline) });
    slides.push(...figureOverviewSlides(report, { group, figures: headline, shape: { slide: slideSize(options.spec), rows: options.oneRowGrids?.has(group.id) ? 1 : 2 }, labels }));
    for (const figure of headline) {
      slides.push(figureSlide(report, figure, labels));
    }
    for (const chart of group.charts) slides.push(await chartSlide(report, chart, { byId, fontFamily: options.fontFamily, colour: theme.colour }));
  }
  const glossary = glossaryStacks(report, { slide: slideSize(options.spec), fit: options.termFit, labels, sizes: theme.slides });
  if (glossary.length > 0) slides.push(glossaryDivider(report, glossary[0].overview.title, labels));
  const sections = slides.filter((slide) => slide.kind === 'section');
  if (sections.length > 1) slides.splice(1, 0, agendaSlide(sections, { bilingual, labels }));
  const closing = options.spec.url ? [await closingSlide(options.spec.url, { bilingual, labels, colour: theme.colour })] : [];
  return [...slides, ...glossary, ...closing];
}

/** Slides a presenter steps through: a glossary stack counts its overview and each explanation slide under it. */
export function countSlides(slides: SlideView[]): number {
  return slides.reduce((sum, slide) => sum + (slide.kind === 'glossary' ? 1 + slide.slides.length : 1), 0);
}
