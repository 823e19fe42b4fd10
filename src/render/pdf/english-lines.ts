import type * as fontkit from 'fontkit';
import { LATIN_NO_LINE_END } from './break-words.ts';
import type { Measure } from './chinese-lines.ts';
import { endsInHyphen, englishOpportunities, tiedSpaces, type Opportunity } from './english-breaks.ts';
import { exactBreaker, exactParagraph, type ExactLines, NO_BREAK_PENALTY, type Segment } from './english-exact.ts';
import { fitLine, shrinkability } from './english-fit.ts';
import { families, type Faces } from './fonts.ts';
import type { LineStore } from './line-store.ts';
import { shapeUnstored } from './stored-shapes.ts';

/** Demerits, as TeX counts them: per line, for two hyphenated lines in a row, for a hyphen before the last line. */
const LINE_PENALTY = 10;
const DOUBLE_HYPHEN_DEMERITS = 40000;
const FINAL_HYPHEN_DEMERITS = 20000;

/**
 * What a hyphen costs, and a line whose word spaces are set wider than 1.5 times their width: a loose line costs
 * about twenty hyphens, more the looser it is, so that a paragraph takes any hyphens that avoid one and, where it
 * cannot, the least loose. On the seed the bilingual column (27 em) then hyphenates 7.7 % of its lines and leaves 1
 * loose that only breaking a name or a figure could loosen (at 1e7, a flat cost, 6.8 % and 15 loose; read back
 * before the editions were laid out part by part, 7 loose; LAST_RESORT_DEMERITS takes the last); the English
 * edition (45 em) needs no hyphen and leaves none loose.
 */
const HYPHEN_DEMERITS = 2300 ** 2;
const LOOSE_DEMERITS = 1e8;
/**
 * A last-resort break, after a compound's own hyphen before its figure (COVID-|19, a hyphen's cost besides) or inside
 * an address, costs as much as a line at ratio 1.5 (fitLine; read back at about 1.37 times a word space): taken only
 * against a looser line. The seed's bilingual column takes one, in place of a line read back at 1.53 times that
 * nothing else could tighten (a termbase name, `During`, then `COVID-19`); it then hyphenates 116 of 1,478 lines
 * (7.8 %) instead of 114.
 */
const LAST_RESORT_DEMERITS = LOOSE_DEMERITS * 1.5 ** 6;
/**
 * react-pdf's penalty at the hyphens we offer: low, since we offer only those chooseEnglishBreaks needs (its
 * default, 100, made it prefer looser lines to them).
 */
const OFFERED_HYPHEN_PENALTY = 1;

interface Line {
  demerits: number;
  /** Hyphenated lines in a row that end here. */
  hyphens: number;
  from: number;
  tracking: number;
  previous: Line | undefined;
}

/** A line's end, where the next begins, and the line's letter-spacing in points (see fitLine). */
export type ChosenBreak = Opportunity & { tracking: number };

interface Metrics {
  /** Advance of the text before each offset. */
  prefix: number[];
  /** Advance of the word spaces before each offset. */
  spaces: number[];
  /** Word spaces before each offset. */
  spaceCount: number[];
  hyphenWidth: number;
}

/**
 * Where an English paragraph's lines end, and how each is tracked, chosen over the whole paragraph (Knuth and
 * Plass, each line filled as fitLine fills it): word spaces at most 1.5 times their width where the text allows, few
 * hyphens, never three hyphenated lines in a row, none before the last line if avoidable.
 */
function chooseEnglishBreaks(text: string, options: { metrics: Metrics; measure: Measure; names: string[] }): ChosenBreak[] {
  const { metrics, measure } = options;
  const { prefix, spaces, spaceCount } = metrics;
  const ends = [...englishOpportunities(text, options.names), { at: text.length, next: text.length, kind: 'space' as const }];
  const starts = [0, ...ends.map((end) => end.next)];
  // best[i][h]: the best lines up to the i-th start, the last h of them hyphenated.
  const best: Array<Array<Line | undefined>> = starts.map(() => [undefined, undefined, undefined]);
  best[0][0] = { demerits: 0, hyphens: 0, from: -1, tracking: 0, previous: undefined };
  for (let i = 0; i < starts.length - 1; i += 1) {
    const width = measure.width - (i === 0 ? measure.indent : 0);
    for (const line of best[i]) {
      if (!line) continue;
      for (let j = i; j < ends.length; j += 1) {
        const end = ends[j];
        // A run too long to be a word (an address, a pasted hash) is cut only when it is wider than the line.
        if (end.run && prefix[end.run.end] - prefix[end.run.start] <= width) continue;
        const natural = prefix[end.at] - prefix[starts[i]] + (end.kind === 'hyphen' ? metrics.hyphenWidth : 0);
        const space = spaces[end.at] - spaces[starts[i]];
        // A word longer than the line goes on a line of its own.
        const count = spaceCount[end.at] - spaceCount[starts[i]];
        const chars = end.at - starts[i] + (end.kind === 'hyphen' ? 1 : 0);
        const last = j === ends.length - 1;
        // The last line is set untracked: it must fit as it is.
        const overfull = natural - shrinkability({ space, count, chars: last ? 0 : chars, fontSize: measure.fontSize }) > width;
        if (overfull && j > i) break;
        const hyphenated = endsInHyphen(end);
        const hyphens = hyphenated ? line.hyphens + 1 : 0;
        if (hyphens > 2) continue;
        let demerits = line.demerits + (overfull ? 1e9 : 0);
        let tracking = 0;
        if (!last) {
          const fit = fitLine({ slack: width - natural, space, count, chars, fontSize: measure.fontSize });
          tracking = fit.tracking;
          demerits += (LINE_PENALTY + 100 * Math.abs(fit.ratio) ** 3) ** 2 + (fit.ratio > 1 ? LOOSE_DEMERITS * fit.ratio ** 6 : 0);
          if (hyphenated) demerits += HYPHEN_DEMERITS + (line.hyphens > 0 ? DOUBLE_HYPHEN_DEMERITS : 0);
          if (end.kind === 'figure' || end.kind === 'address') demerits += LAST_RESORT_DEMERITS;
        } else if (line.hyphens > 0) demerits += FINAL_HYPHEN_DEMERITS;
        const state = best[j + 1][hyphens];
        if (!state || demerits < state.demerits) best[j + 1][hyphens] = { demerits, hyphens, from: j, tracking, previous: line };
        if (overfull) break;
      }
    }
  }
  const final = best.at(-1)!.filter((line): line is Line => line !== undefined).sort((a, b) => a.demerits - b.demerits)[0];
  const chosen: ChosenBreak[] = [];
  for (let line: Line | undefined = final; line && line.from >= 0; line = line.previous) chosen.push({ ...ends[line.from], tracking: line.tracking });
  return chosen.reverse().slice(0, -1);
}

/** A stretch of text in one font. */
interface ShapedRun {
  text: string;
  font: fontkit.Font;
}

/** The paragraph's runs as react-pdf shapes them: split where a character is missing from the Latin face and comes from the next face of the family. */
function shapedRuns(runs: Array<{ text: string; bold: boolean }>, faces: Faces): ShapedRun[] {
  const result: ShapedRun[] = [];
  for (const run of runs) {
    const stack = families.bodyEn.map((family) => (run.bold ? faces.bold : faces.regular)[family]);
    let current: ShapedRun | undefined;
    for (const char of run.text) {
      const font = stack.find((candidate) => candidate.hasGlyphForCodePoint(char.codePointAt(0)!)) ?? stack[0];
      if (current?.font === font) current.text += char;
      else result.push((current = { text: char, font }));
    }
  }
  return result;
}

/** Advances of each UTF-16 unit of a word, in font units, by font: words recur, and shaping is most of the measuring. */
const wordAdvances = new WeakMap<fontkit.Font, Map<string, number[]>>();

/** The advances of `word` shaped alone (kerning, ligatures: a ligature's on its first unit), in font units. */
function shapeWord(font: fontkit.Font, word: string): number[] {
  let words = wordAdvances.get(font);
  if (!words) wordAdvances.set(font, (words = new Map()));
  let advances = words.get(word);
  if (advances) return advances;
  const shaped = shapeUnstored(font, word);
  advances = new Array<number>(word.length).fill(0);
  let at = 0;
  shaped.glyphs.forEach((glyph, index) => {
    if (at < advances!.length) advances![at] += shaped.positions[index].xAdvance;
    at += String.fromCodePoint(...glyph.codePoints).length;
  });
  words.set(word, advances);
  return advances;
}

/** The advance of each UTF-16 unit of `run`, word by word as react-pdf shapes it (kerning with a word space left out). */
function shapedAdvances(run: ShapedRun, fontSize: number): number[] {
  const scale = fontSize / run.font.unitsPerEm;
  return (run.text.match(/ +|[^ ]+/g) ?? []).flatMap((word) => shapeWord(run.font, word).map((advance) => advance * scale));
}

/**
 * The paragraph's advances, unit by unit, with kerning: react-pdf gives a line's spaces what kerning takes from its
 * words, 1.6 pt on a line of the bilingual column, a tenth of a word space each (measuring the seed's English takes
 * 1.1 s of CPU in all, 0.3 s when its words were shaped before).
 */
function measureRuns(shaped: ShapedRun[], fontSize: number, faces: Faces): Metrics {
  const prefix = [0];
  const spaces = [0];
  const spaceCount = [0];
  for (const run of shaped) {
    shapedAdvances(run, fontSize).forEach((width, index) => {
      const space = run.text[index] === ' ';
      const at = prefix.length - 1;
      prefix.push(prefix[at] + width);
      spaces.push(spaces[at] + (space ? width : 0));
      spaceCount.push(spaceCount[at] + (space ? 1 : 0));
    });
  }
  const font = faces.regular[families.bodyEn[0]];
  return { prefix, spaces, spaceCount, hyphenWidth: (shapeUnstored(font, '-').advanceWidth / font.unitsPerEm) * fontSize };
}

interface MarkMove {
  /** text[from..to] goes to the run before (`back`) or after (`forward`). */
  direction: 'back' | 'forward';
  from: number;
  to: number;
}

/**
 * Where a run boundary falls inside a word (`”` + `, and`, `“` + a linked term), the text beside it moves to the
 * other run: opening marks to the run after, else the rest of the word to the run before. react-pdf may break a
 * line, with a hyphen, at any run boundary that is not a word space.
 */
function markMoves(text: string, boundaries: number[]): MarkMove[] {
  const moves: MarkMove[] = [];
  // A later boundary inside text already moved back (a one-word run between two) moves nothing more.
  let movedTo = 0;
  for (const at of boundaries) {
    if (at === 0 || at === text.length || at < movedTo || text[at - 1] === ' ' || text[at] === ' ') continue;
    let edge = at;
    while (edge > 0 && LATIN_NO_LINE_END.has(text[edge - 1])) edge -= 1;
    if (edge < at) {
      moves.push({ direction: 'forward', from: edge, to: at });
      continue;
    }
    while (edge < text.length && text[edge] !== ' ') edge += 1;
    moves.push({ direction: 'back', from: at, to: edge });
    movedTo = edge;
  }
  return moves;
}

/**
 * react-pdf's break callback for a paragraph `text` whose runs (of style or font) meet at `boundaries`. It receives each run's words and word
 * spaces in order, again at every layout (a cursor finds each in the text). Every word space stays a break; inside
 * a word only the breaks in `offered` do: a hyphen point (react-pdf draws the hyphen), or after a word's own hyphen
 * or an em dash (an empty piece, react-pdf's break without a hyphen). Marks beside a run boundary move across it (markMoves).
 */
function englishBreaker(text: string, boundaries: number[], offered: Opportunity[]): (word: string) => string[] {
  const inside = new Map(offered.map((opportunity) => [opportunity.at, opportunity]));
  const moves = markMoves(text, boundaries);
  let cursor = 0;
  return (word) => {
    if (!text.startsWith(word, cursor)) cursor = text.startsWith(word) ? 0 : text.indexOf(word);
    if (cursor < 0) return [word];
    let start = cursor;
    let end = (cursor += word.length);
    if (word.trim() === '') return [word];
    let lead = '';
    let tail = '';
    for (const move of moves) {
      if (move.direction === 'back' && move.from <= start && start < move.to) start = Math.min(end, move.to);
      if (move.direction === 'back' && move.from === end) tail = text.slice(move.from, move.to);
      if (move.direction === 'forward' && move.to === start) lead = text.slice(move.from, move.to);
      if (move.direction === 'forward' && move.to === end) end = Math.max(start, move.from);
    }
    const pieces: string[] = [];
    let from = start;
    for (let at = start + 1; at < end; at += 1) {
      const opportunity = inside.get(at);
      if (!opportunity) continue;
      pieces.push(text.slice(from, at), ...(opportunity.kind === 'hyphen' ? [] : ['']));
      from = at;
    }
    pieces.push(text.slice(from, end));
    pieces[0] = lead + pieces[0];
    pieces[pieces.length - 1] += tail;
    return pieces.filter((piece, index) => piece !== '' || index < pieces.length - 1);
  };
}

/** Offsets where runs of `lengths` end. */
function runEnds(lengths: number[]): number[] {
  let at = 0;
  return lengths.map((length) => (at += length));
}

/** How an English paragraph is set, as a line store keeps it: on the chosen lines (exactParagraph), or broken by react-pdf offered the chosen hyphens. */
type EnglishLines = { exact: ExactLines } | { offered: { texts: string[]; text: string; boundaries: number[]; breaks: Opportunity[] } };

/** Shapes, measures and breaks the paragraph: what a line store keeps (0.56 s of a one-paragraph English edit's profile on the seed, the Chinese breaks 0.10 s). */
function setEnglishLines(runs: Array<{ text: string; bold: boolean }>, options: { faces: Faces; measure: Measure; names: string[] }): EnglishLines {
  const { faces, measure } = options;
  const text = tiedSpaces(runs.map((run) => run.text).join(''));
  const lengths = runs.map((run) => run.text.length);
  const texts: string[] = [];
  let at = 0;
  for (const length of lengths) texts.push(text.slice(at, (at += length)));
  const shaped = shapedRuns(
    runs.map((run, index) => ({ ...run, text: texts[index] })),
    faces,
  );
  const boundaries = [...new Set([...runEnds(lengths), ...runEnds(shaped.map((run) => run.text.length))])].sort((a, b) => a - b);
  const metrics = measureRuns(shaped, measure.fontSize, faces);
  const breaks = chooseEnglishBreaks(text, { metrics, measure, names: options.names });
  const exact = exactParagraph({ text, lengths, breaks, metrics, measure });
  if (exact) return { exact };
  return { offered: { texts, text, boundaries, breaks: breaks.filter((opportunity) => opportunity.kind !== 'space') } };
}

/**
 * An English paragraph of `runs` (bold or not) set in the body face: its runs' text, each cut into stretches of one
 * tracking, and the Text props that make react-pdf set the lines chooseEnglishBreaks chose, tracked as it chose
 * (exactParagraph), no line beginning with a closing mark or ending with an opening one, no number cut from its
 * unit (tiedSpaces), none of `names` hyphenated. Where react-pdf's breaker could not find those lines, it breaks the paragraph itself, offered
 * only the hyphens chooseEnglishBreaks took, untracked. The lines come from `store` when it has them.
 */
export function englishParagraph(
  runs: Array<{ text: string; bold: boolean }>,
  options: { faces: Faces; measure: Measure; names: string[]; store: LineStore },
): { texts: Segment[][]; props: { hyphenationCallback: (word: string) => string[]; hyphenationPenalty: number } } {
  const { faces, measure, names } = options;
  const lines = options.store.settle(['en', runs, measure, names], () => setEnglishLines(runs, { faces, measure, names }));
  if ('exact' in lines) return { texts: lines.exact.texts, props: { hyphenationCallback: exactBreaker(lines.exact), hyphenationPenalty: NO_BREAK_PENALTY } };
  const { texts, text, boundaries, breaks } = lines.offered;
  return { texts: texts.map((run) => [{ text: run, tracking: 0 }]), props: { hyphenationCallback: englishBreaker(text, boundaries, breaks), hyphenationPenalty: OFFERED_HYPHEN_PENALTY } };
}
