import { warn } from '../model/messages.ts';
import type { Block, Paragraph, Report, Section } from '../model/types.ts';
import type { TermbaseEntry } from '../source/termbase.ts';
import type { CheckRule } from './context.ts';

const HAN = /\p{Script=Han}/gu;
const ZH_QUOTED = /“[^”]{1,40}”/g;
const EN_QUOTED = /[“"][^”"]{1,80}[”"]/g;

/** What a paragraph holds that its partner must hold too: its length, its termbase terms, quoted phrases, figures. */
interface Anchors {
  /** log(English length / Chinese Han count) is compared; a paragraph with fewer Han characters tells little. */
  size: number;
  terms: Set<number>;
  quoted: number;
  figures: Set<string>;
  paragraph: Paragraph;
}

function figureIds(paragraph: Paragraph): Set<string> {
  return new Set(paragraph.inlines.flatMap((inline) => (inline.type === 'figure' ? [inline.id] : [])));
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ');
}

function zhAnchors(paragraph: Paragraph, termbase: TermbaseEntry[]): Anchors {
  const terms = new Set(termbase.flatMap((entry, index) => (paragraph.text.includes(entry.zh) ? [index] : [])));
  return { size: (paragraph.text.match(HAN) ?? []).length, terms, quoted: (paragraph.text.match(ZH_QUOTED) ?? []).length, figures: figureIds(paragraph), paragraph };
}

/** `terms`: the termbase's English terms made comparable, once for the report (per paragraph it took 40 ms of a check). */
function enAnchors(paragraph: Paragraph, terms: string[]): Anchors {
  const text = comparable(paragraph.text);
  const found = new Set(terms.flatMap((term, index) => (text.includes(term) ? [index] : [])));
  return { size: paragraph.text.length, terms: found, quoted: (paragraph.text.match(EN_QUOTED) ?? []).length, figures: figureIds(paragraph), paragraph };
}

function difference<T>(a: Set<T>, b: Set<T>): number {
  return [...a].filter((item) => !b.has(item)).length + [...b].filter((item) => !a.has(item)).length;
}

/** How unlike a translation of `zh` the block `en` is: 0 for a pair that matches in every anchor and in length. */
function pairCost(zh: Anchors, en: Anchors, norm: { ratio: number; spread: number }): number {
  const length = zh.size >= 10 ? Math.abs(Math.log(en.size / zh.size) - norm.ratio) / norm.spread : 0;
  return length + difference(zh.terms, en.terms) + 0.5 * Math.abs(zh.quoted - en.quoted) + 2 * difference(zh.figures, en.figures);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}

/** Lists of sibling blocks, each of which is paired in order: the opening, each section's own blocks, the closing. */
function blockLists(report: Report): Block[][] {
  const walk = (sections: Section[]): Block[][] => sections.flatMap((section) => [section.blocks, ...walk(section.sections)]);
  return [report.opening, ...walk(report.sections), report.closing];
}

/** A swap must lower the cost of the two pairs by this much, and leave them about as good as a usual pair. */
const SWAP_GAIN = 3;
const GOOD_PAIR = 2.5;
/** A shift must hold for this many paragraphs in a row, each pairing better by SHIFT_GAIN with its neighbour's partner. */
const SHIFT_RUN = 2;
const SHIFT_GAIN = 1.5;

/**
 * Two English paragraphs in each other's place, or a run of them shifted by one, pair without an error when they
 * hold no numbers. Their anchors tell: termbase terms, quoted phrases, figures and the length ratio of each pair
 * against the document's norm. A likely swap or shift is a warning naming the lines of both pairs.
 */
export const checkAlignment: CheckRule = ({ report, files, termbase }) => {
  const file = files.en;
  if (!file) return;
  const englishTerms = termbase.terms.map((entry) => comparable(entry.en));
  const lists = blockLists(report)
    .map((blocks) => blocks.filter((block) => block.text.en))
    .map((blocks) => blocks.map((block) => ({ zh: zhAnchors(block.text.zh, termbase.terms), en: enAnchors(block.text.en!, englishTerms) })));
  const ratios = lists.flat().flatMap(({ zh, en }) => (zh.size >= 10 ? [Math.log(en.size / zh.size)] : []));
  const ratio = median(ratios);
  const norm = { ratio, spread: Math.max(0.15, median(ratios.map((value) => Math.abs(value - ratio)))) };
  const line = (anchors: Anchors): string => `${anchors.paragraph.position.file}:${anchors.paragraph.position.line}`;
  for (const pairs of lists) {
    const cost = (zh: number, en: number): number => pairCost(pairs[zh].zh, pairs[en].en, norm);
    const flagged = new Set<number>();
    for (const step of [1, -1]) {
      // A run of English paragraphs each of which fits the Chinese one beside its partner: one left out before, one added after.
      const fitsShifted = (m: number): boolean => m < pairs.length && m + step >= 0 && m + step < pairs.length && !flagged.has(m) && cost(m + step, m) <= GOOD_PAIR && cost(m, m) - cost(m + step, m) >= SHIFT_GAIN;
      for (let m = 0; m < pairs.length; m += 1) {
        let end = m;
        while (fitsShifted(end)) end += 1;
        if (end - m < SHIFT_RUN) continue;
        for (let k = m; k < end; k += 1) flagged.add(k);
        warn(
          file,
          `paragraphs out of step? this one and the next ${end - m - 1} read like the partners of the Chinese paragraphs ${step > 0 ? 'after' : 'before'} theirs: this one like ${line(pairs[m + step].zh)}, not ${line(pairs[m].zh)}; is one left out or split?`,
          pairs[m].en.paragraph.position,
          'pairing-anchors',
        );
        m = end;
      }
    }
    for (let i = 0; i < pairs.length; i += 1) {
      for (let j = i + 1; j < pairs.length; j += 1) {
        const straight = cost(i, i) + cost(j, j);
        const crossed = cost(i, j) + cost(j, i);
        if (straight - crossed < SWAP_GAIN || crossed > 2 * GOOD_PAIR || flagged.has(i) || flagged.has(j)) continue;
        flagged.add(i).add(j);
        warn(
          file,
          `paragraphs swapped? this one reads like the partner of ${line(pairs[j].zh)} and ${line(pairs[j].en)} like that of ${line(pairs[i].zh)} (terms, quotes, figures and length agree better crossed)`,
          pairs[i].en.paragraph.position,
          'pairing-anchors',
        );
      }
    }
  }
};
