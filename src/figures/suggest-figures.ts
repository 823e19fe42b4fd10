import { findValues, type ValueMention } from './find-values.ts';
import { CLAUSE_END, nameIndicator, type IndicatorName } from './name-indicator.ts';
import { partRole, reportYears, type PartRole } from './report-years.ts';
import type { SourceParagraph } from './source-paragraphs.ts';
import { groupsFor, type FigureKind, type SuggestedFigure } from './suggestion.ts';

/** The statistics every district's report leads with (国民经济和社会发展 indicators), not one report's list. */
const CORE_INDICATOR = /生产总值|GDP|公共预算收入|税收|固定资产投资|工业投资|消费品零售总额|工业增加值|增加值|进出口|外贸|利用外资|失业率|就业|可支配收入|民生|减税降费|营业收入|总产值|签约|研发投入|高新技术企业|科技型企业|专精特新|市场主体|上市|重[点大]项目|规上|规模以上|国高|营收/u;
/** Indicators of people's living conditions: the deck's livelihood group. */
const LIVELIHOOD = /就业|失业|养老|老人|低保|特困|救助|补贴|补助|保险|社保|医疗|医院|病床|学位|学校|幼儿园|教育|住房|公共住房|保障房|民生|优抚|退役军人|困难|帮扶|托育|社康|毕业生/u;
const TARGETS = /预期目标|主要目标/u;
const FIVE_YEAR = /五年来|过去五年|十[二三四]五.{0,2}(?:期间|时期)|五年间|五年累计/u;
const FIVE_YEAR_PLAN = /五年|十[二三四五六]五/u;
const TOTAL = /累计|年均|共计|合计|总计|总量|总额/u;
const INTENT = /计划|拟|力争|确保|目标|预计|争取/u;
const MONEY = /元$/u;
const PEOPLE = /人$/u;
const COUNTS = /[户家个项名座所张套间栋幢处条台辆件宗]$/u;
const MINOR = /(?:户次|家次|[^人]次|^次|场|批|类|份|篇|部|本|位|支)$/u;
const MEASURES = /(?:公里|千米|平方米|公顷|亩|人次|吨)$/u;

interface Context {
  role: PartRole;
  paragraph: SourceParagraph;
  /** A summary paragraph straight under a part heading, before its first section. */
  summary: boolean;
  targets: boolean;
  fiveYear: boolean;
}

function unitScore(mention: ValueMention): number {
  if (mention.percent) return 2;
  if (MONEY.test(mention.unit)) return 3 + Math.min(1, Math.log10(Math.max(mention.value, 1)) / 10);
  if (PEOPLE.test(mention.unit) && !MINOR.test(mention.unit)) return 2;
  if (MINOR.test(mention.unit)) return -0.5;
  if (MEASURES.test(mention.unit)) return WEIGHTS.measure;
  if (COUNTS.test(mention.unit)) return mention.value <= 5 ? -1 : 1;
  return 0.5;
}

/** How much each pattern of the genre weighs in a figure's rank; chosen by measuring recall on the four reports of tests/figures. */
const WEIGHTS = {
  /** The value ends its clause: the genre states a key figure as a clause of its own (新增病床位2173张，). */
  ownClause: 1,
  named: 1,
  unnamed: -2,
  core: 2,
  livelihood: 1,
  /** In the paragraph of 主要预期目标. */
  targets: 3,
  /** In the summary paragraph straight under a review part's heading. */
  summary: 2,
  total: 1,
  planIntent: 0.5,
  planOther: -2,
  rate: 1,
  large: 1,
  approximate: 0.5,
  fiveYear: 1.5,
  newOrTotal: 1,
  numberInName: -2,
  scaled: 1,
  smallMoney: -1,
  bigMoney: 1,
  whole: -2,
  /** The sentence goes on to rank it: 、全市第一, 居全市之首, 创历史新高. */
  ranked: 1,
  /** A rate of change of anything but the leading indicators: 千人床位数增长41%. */
  otherGrowth: -2,
  /** Lengths, areas, visitors: 300公里, 56.2万平方米, 967.9万人次. */
  measure: 2.5,
};

const RANKING = /(?:全国|全省|全市|全区)(?:第[一二三四五]|前列|之首|首位|最[高多好优])|创.{0,10}(?:新高|最好|纪录)|历史(?:新高|最好)/u;

function score(mention: ValueMention, indicator: IndicatorName, clause: string, context: Context): number {
  const { name } = indicator;
  const w = WEIGHTS;
  const money = MONEY.test(mention.unit);
  const after = context.paragraph.text[mention.index + mention.display.length];
  let total = unitScore(mention);
  if (/^(?:万|亿)/u.test(mention.unit) && !money) total += w.scaled;
  if (name.length >= 2 && (after === undefined || CLAUSE_END.test(after))) total += w.ownClause;
  if (name.length > 2) total += w.named;
  else if (name.length < 2) total += w.unnamed;
  if (CORE_INDICATOR.test(name)) total += w.core;
  else if (mention.percent && indicator.growth) total += w.otherGrowth;
  if (LIVELIHOOD.test(name)) total += w.livelihood;
  if (context.targets) total += w.targets;
  if (context.summary) total += w.summary;
  if (TOTAL.test(clause)) total += w.total;
  if (context.role === 'plan' && !context.targets) total += INTENT.test(context.paragraph.text.slice(0, 400)) ? w.planIntent : w.planOther;
  if (mention.percent && mention.value === 100) total += w.whole;
  if (mention.percent && /率$/u.test(name)) total += w.rate;
  if (!mention.percent && mention.value >= 1000 && !money) total += w.large;
  if (/余|多|以上/u.test(mention.display)) total += w.approximate;
  if (context.fiveYear) total += w.fiveYear;
  if (/^(?:新增|累计)/u.test(name)) total += w.newOrTotal;
  // A number in the name is another year's or another thing's: 2025年地区生产总值, 22家企业获得.
  if (/\d/u.test(name)) total += w.numberInName;
  if (money && mention.value < 1e6) total += w.smallMoney;
  if (money && mention.value >= 1e8) total += w.bigMoney;
  if (RANKING.test(sentenceRest(context.paragraph.text, mention.index + mention.display.length))) total += w.ranked;
  return total;
}

/** The rest of the sentence after a value, up to 。 or ；. */
function sentenceRest(text: string, from: number): string {
  const end = text.slice(from).search(/[。；;]/u);
  return text.slice(from, end < 0 ? undefined : from + end);
}

/** 2020; 2016–2020 for the five years under review; 2021–2025 for the targets of a five-year plan. */
function yearOf(kind: FigureKind, context: Context, years: { review: number; plan: number }): string {
  if (kind === 'target') return FIVE_YEAR_PLAN.test(context.paragraph.part) ? `${years.plan}–${years.plan + 4}` : String(years.plan);
  return context.fiveYear ? `${years.review - 4}–${years.review}` : String(years.review);
}

/** The deck group a figure proposes: livelihood figures of the year and of its plans go together, the main targets stay with the targets. */
function groupOf(options: { kind: FigureKind; context: Context; indicator: string; groups: ReturnType<typeof groupsFor> }): string {
  const { kind, context, groups } = options;
  const livelihood = LIVELIHOOD.test(options.indicator);
  if (kind === 'target') return (livelihood && !context.targets ? groups.livelihood : groups.targets).id;
  if (context.fiveYear) return groups.fiveYear.id;
  return (livelihood ? groups.livelihood : groups.results).id;
}

function kindOf(context: Context, growth: boolean): FigureKind {
  if (context.role === 'plan' || context.targets) return 'target';
  if (growth) return 'growth';
  return context.fiveYear ? 'five-year' : 'result';
}

function clauseAround(text: string, index: number): string {
  const start = Math.max(...['，', ',', '；', ';', '。'].map((mark) => text.lastIndexOf(mark, index - 1))) + 1;
  return text.slice(start, index);
}

function sentenceAround(text: string, index: number): string {
  const sentences = Array.from(new Intl.Segmenter('zh', { granularity: 'sentence' }).segment(text));
  return (sentences.findLast((segment) => segment.index <= index)?.segment ?? text).trim();
}

function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

export interface SuggestOptions {
  paragraphs: SourceParagraph[];
  /** The text of report.zh.md, for line and column. */
  source: string;
  meta: { title?: string; date?: string };
  /** Ids already marked in the report, never given to a suggestion. */
  usedIds?: ReadonlySet<string>;
}

/**
 * Every value of the report that reads as a statistic, ranked as a key figure by the genre's patterns:
 * what it measures (money, a rate, people), whether its indicator is one every report leads with, and where
 * it stands (the summary of a part, the 主要预期目标 paragraph, a five-year total).
 */
export function suggestFigures(options: SuggestOptions): SuggestedFigure[] {
  const { paragraphs, source } = options;
  const years = reportYears(paragraphs, options.meta);
  const groups = groupsFor(years);
  const found: Array<Omit<SuggestedFigure, 'id'>> = [];
  let previousPart = '';
  let summary = false;
  for (const paragraph of paragraphs) {
    if (paragraph.part !== previousPart) [previousPart, summary] = [paragraph.part, true];
    if (paragraph.section !== '') summary = false;
    const role = partRole(paragraph.part);
    const context: Context = {
      role,
      paragraph,
      summary: summary && role !== 'plan',
      targets: TARGETS.test(paragraph.text),
      fiveYear: role === 'five-year' || (role === 'review' && FIVE_YEAR.test(paragraph.text.slice(0, 20))),
    };
    let previous: { name: string; score: number; end: number } | undefined;
    for (const mention of findValues(paragraph.text)) {
      const offsets = paragraph.offsets.slice(mention.index, mention.index + mention.display.length);
      if (offsets.some((offset, at) => offset < 0 || (at > 0 && offset !== offsets[at - 1] + 1))) continue;
      if (previous && /[。；;]/u.test(paragraph.text.slice(previous.end, mention.index))) previous = undefined;
      const indicator = nameIndicator(paragraph.text, mention.index, mention.display.length, previous?.name);
      const clause = clauseAround(paragraph.text, mention.index);
      const own = score(mention, indicator, clause, context);
      // A rate stated with a value (148.7亿元，增长10%) is as much a key figure as the value.
      const ranked = indicator.borrowed && previous ? Math.max(own, previous.score - 1) : own;
      if (!indicator.after) previous = { name: indicator.name, score: ranked, end: mention.index + mention.display.length };
      const kind = kindOf(context, indicator.growth && mention.percent);
      const start = offsets[0];
      found.push({
        indicator: indicator.name,
        display: mention.display,
        value: mention.value,
        unit: mention.unit,
        kind,
        year: yearOf(kind, context, years),
        group: groupOf({ kind, context, indicator: indicator.name, groups }),
        score: Math.round(ranked * 100) / 100,
        sentence: sentenceAround(paragraph.text, mention.index),
        start,
        end: start + mention.display.length,
        ...lineAndColumn(source, start),
        paragraph: paragraph.index,
      });
    }
  }
  return numberByGroup(spreadOverGroups(found), options.usedIds ?? new Set());
}

/** Each further figure of a group weighs this much less, so one long part does not fill the whole list. */
const GROUP_SPREAD = 0.2;

function spreadOverGroups(found: Array<Omit<SuggestedFigure, 'id'>>): Array<Omit<SuggestedFigure, 'id'>> {
  const byScore = found.map((figure, order) => ({ figure, order })).sort((a, b) => b.figure.score - a.figure.score || a.order - b.order);
  const seen = new Map<string, number>();
  const spread = byScore.map(({ figure, order }) => {
    const before = seen.get(figure.group) ?? 0;
    seen.set(figure.group, before + 1);
    return { figure, order, weight: figure.score - GROUP_SPREAD * before };
  });
  return spread.sort((a, b) => b.weight - a.weight || a.order - b.order).map(({ figure }) => figure);
}

function numberByGroup(ranked: Array<Omit<SuggestedFigure, 'id'>>, usedIds: ReadonlySet<string>): SuggestedFigure[] {
  const counters = new Map<string, number>();
  return ranked.map((figure) => {
    let n = counters.get(figure.group) ?? 0;
    do n += 1;
    while (usedIds.has(`${figure.group}-${n}`));
    counters.set(figure.group, n);
    return { id: `${figure.group}-${n}`, ...figure };
  });
}
