import type * as fontkit from 'fontkit';
import { chosenBreaker, lineBreakOpportunities } from './break-words.ts';
import { families, type Faces } from './fonts.ts';
import type { LineStore } from './line-store.ts';
import { shapeUnstored } from './stored-shapes.ts';

/** A run of a Chinese paragraph as react-pdf sets it: its text and its font. */
interface SetRun {
  text: string;
  font: fontkit.Font;
}

export interface Measure {
  /** Line length in points. */
  width: number;
  /** First-line indent in points. */
  indent: number;
  fontSize: number;
}

/** What an extra line costs, against the squared slack of the lines: one em of slack. */
const LINE_COST = 1;
/** Rounding react-pdf may add to a line, in points: a line this much too long still fits. */
const TOLERANCE = 0.01;
/** clreq: a paragraph's last line holds at least this many Han characters, its punctuation not counted (no 孤字). */
const LAST_LINE_HAN = 2;
const HAN = /\p{Script=Han}/gu;

/** The advance of each UTF-16 unit of the runs' text, shaped as react-pdf shapes them: run by run, with contextual half-width punctuation. */
function advances(runs: SetRun[], fontSize: number): number[] {
  const result: number[] = [];
  for (const run of runs) {
    const shaped = shapeUnstored(run.font, run.text, { chws: true });
    const perUnit = new Array<number>(run.text.length).fill(0);
    let at = 0;
    shaped.glyphs.forEach((glyph, index) => {
      if (at < perUnit.length) perUnit[at] += (shaped.positions[index].xAdvance / run.font.unitsPerEm) * fontSize;
      at += String.fromCodePoint(...glyph.codePoints).length;
    });
    result.push(...perUnit);
  }
  return result;
}

/**
 * Where a Chinese paragraph's lines end: the breaks clreq allows that spread the slack a break before an
 * unbreakable run leaves (a number, a Latin word, a mark kept with its neighbour) over the lines before it, so that
 * no line is letter-spaced much more than its neighbours. Lines are justified; the last line is free. Knuth and
 * Plass's idea, on positions where react-pdf's greedy breaker sees only fixed widths. The last line keeps two Han
 * characters besides its marks: clreq counts 一。 alone on a line as an orphan.
 */
function chooseLineBreaks(runs: SetRun[], measure: Measure): Set<number> {
  const line = { text: runs.map((run) => run.text).join(''), widths: advances(runs, measure.fontSize), measure };
  // A paragraph too short to leave two Han characters on a last line of its own is set without the rule.
  return pickBreaks({ ...line, lastLineHan: LAST_LINE_HAN }) ?? pickBreaks({ ...line, lastLineHan: 0 })!;
}

/** The cheapest breaks whose last line holds at least `lastLineHan` Han characters; undefined when none does. */
function pickBreaks(options: { text: string; widths: number[]; measure: Measure; lastLineHan: number }): Set<number> | undefined {
  const { text, widths, measure, lastLineHan } = options;
  const prefix = [0];
  for (const width of widths) prefix.push(prefix.at(-1)! + width);
  const nodes = [0, ...lineBreakOpportunities(text), text.length];
  const last = nodes.length - 1;
  const enough = (start: number) => start === 0 || (text.slice(nodes[start]).match(HAN) ?? []).length >= lastLineHan;
  const cost = new Array<number>(nodes.length).fill(Infinity);
  const from = new Array<number>(nodes.length).fill(-1);
  cost[0] = 0;
  const em = measure.fontSize;
  for (let start = 0; start < nodes.length - 1; start += 1) {
    if (cost[start] === Infinity) continue;
    const available = measure.width - (start === 0 ? measure.indent : 0);
    for (let end = start + 1; end < nodes.length; end += 1) {
      const width = prefix[nodes[end]] - prefix[nodes[start]];
      const overfull = width > available + TOLERANCE;
      // A run longer than a line has to go on a line of its own.
      if (overfull && end > start + 1) break;
      const slack = Math.max(0, available - width) / em;
      const candidate = cost[start] + LINE_COST + (end === last ? 0 : slack * slack) + (overfull ? 1000 : 0);
      if (candidate < cost[end] && (end !== last || enough(start))) {
        cost[end] = candidate;
        from[end] = start;
      }
      if (overfull) break;
    }
  }
  if (cost[last] === Infinity) return undefined;
  const breaks = new Set<number>();
  for (let node = from[last]; node > 0; node = from[node]) breaks.add(nodes[node]);
  return breaks;
}

/**
 * react-pdf's break callback for a Chinese paragraph of `runs` (bold or not) in the body face: the lines
 * chooseLineBreaks picks, or `store` holds.
 */
export function chineseParagraphBreaker(runs: Array<{ text: string; bold: boolean }>, options: { faces: Faces; measure: Measure; store: LineStore }): (word: string) => string[] {
  const { faces, measure } = options;
  const set = runs.map((run) => ({ text: run.text, font: (run.bold ? faces.bold : faces.regular)[families.bodyZh[0]] }));
  const breaks = options.store.settle(['zh', runs, measure], () => [...chooseLineBreaks(set, measure)]);
  return chosenBreaker(set.map((run) => run.text).join(''), new Set(breaks));
}
