import type { Measure } from './chinese-lines.ts';
import type { ChosenBreak } from './english-lines.ts';

/** The advances react-pdf's breaker sees, as chooseEnglishBreaks measured them. */
export interface LineMetrics {
  /** Advance of the text before each offset. */
  prefix: number[];
  /** Advance of the word spaces before each offset, and their number. */
  spaces: number[];
  spaceCount: number[];
  hyphenWidth: number;
}

/**
 * react-pdf's penalty at a break inside a word, at infinity (10,000): its Knuth–Plass breaker then never breaks
 * there, so a word space left plain, or an empty piece, is the only place a line can end.
 */
export const NO_BREAK_PENALTY = 10_000;
const NBSP = '\u00a0';
/**
 * react-pdf's breaker gives up beyond a stretch of 54 times a line's word spaces' half width (tracked, as it measures
 * them) and a shrink of their third, then fills lines greedily, anywhere: lines held under both, with room to spare.
 */
const MAX_STRETCH = 40;
const MAX_SHRINK_SET = 0.95;

/** react-pdf's Knuth–Plass breaker finds exactly these lines: each line but the last has a word space inside to stretch or shrink within its limits. */
function settable(text: string, breaks: ChosenBreak[], metrics: LineMetrics, measure: Measure): boolean {
  if (text.includes('  ')) return false;
  let start = 0;
  const final = { at: text.length, next: text.length, kind: 'space' as const, tracking: 0 };
  for (const end of [...breaks, final]) {
    const width = measure.width - (start === 0 ? measure.indent : 0);
    const natural = metrics.prefix[end.at] - metrics.prefix[start] + (end.kind === 'hyphen' ? metrics.hyphenWidth : 0);
    const count = metrics.spaceCount[end.at] - metrics.spaceCount[start];
    const space = metrics.spaces[end.at] - metrics.spaces[start] + end.tracking * count;
    const chars = end.at - start + (end.kind === 'hyphen' ? 1 : 0);
    const slack = width - natural - end.tracking * Math.max(0, chars - 1);
    if (slack > 0 ? end !== final && slack > (MAX_STRETCH * space) / 2 : -slack > (MAX_SHRINK_SET * space) / 3) return false;
    start = end.next;
  }
  return true;
}

/**
 * An English paragraph `text` (runs of `lengths`) set exactly on the lines chooseEnglishBreaks chose (`breaks`, in
 * order, the paragraph's end left out): every word space inside a line becomes a no-break space (the same glyph, and
 * react-pdf stretches it as a space), a hyphen point taken gets its hyphen as text, and react-pdf's breaker, offered
 * no other break, sets the lines as chosen. The runs' texts and the text as set with its breaks inside words (see
 * exactBreaker); undefined when react-pdf's breaker could not find those lines (a line without a word space that is
 * not full).
 */
export function exactParagraph(options: {
  text: string;
  lengths: number[];
  breaks: ChosenBreak[];
  metrics: LineMetrics;
  measure: Measure;
}): ExactLines | undefined {
  const { text, lengths, breaks, metrics, measure } = options;
  if (!settable(text, breaks, metrics, measure)) return undefined;
  const lineEnds = new Map(breaks.map((end) => [end.at, end]));
  // The text as set, where each source offset stands in it, and its lines with their tracking.
  const set: string[] = [];
  const setStart: number[] = [];
  const inWordBreaks = new Set<number>();
  const lines: Array<{ start: number; end: number; tracking: number }> = [];
  let length = 0;
  let lineStart = 0;
  let next = 0;
  text.split('').forEach((char, at) => {
    if (at === next) lineStart = length;
    const end = lineEnds.get(at);
    let piece = char === ' ' && !end ? NBSP : char;
    if (end) {
      if (end.kind === 'hyphen') piece = `-${piece}`;
      const lineEnd = length + piece.length - 1;
      if (end.kind !== 'space') inWordBreaks.add(lineEnd);
      lines.push({ start: lineStart, end: lineEnd, tracking: end.tracking });
      next = end.next;
      if (next === at) lineStart = lineEnd;
    }
    setStart.push(length);
    set.push(piece);
    length += piece.length;
  });
  setStart.push(length);
  const full = set.join('');
  // A line's tracking goes on all its characters but the last, which ends flush with the measure.
  const tracking = new Array<number>(full.length).fill(0);
  for (const line of lines) tracking.fill(line.tracking, line.start, line.end - 1);
  let at = 0;
  const texts = lengths.map((runLength) => segments(full, tracking, setStart[at], setStart[(at += runLength)]));
  return { texts, full, inWordBreaks: [...inWordBreaks] };
}

/** An English paragraph set on chosen lines: the runs' texts, and the text as set with the offsets in it of the breaks inside words. */
export interface ExactLines {
  texts: Segment[][];
  full: string;
  inWordBreaks: number[];
}

/** react-pdf's break callback for a paragraph set by exactParagraph: no break but at the ends of its lines. */
export function exactBreaker(lines: ExactLines): (word: string) => string[] {
  const { full } = lines;
  const inWordBreaks = new Set(lines.inWordBreaks);
  let cursor = 0;
  return (word: string): string[] => {
    if (!full.startsWith(word, cursor)) cursor = full.startsWith(word) ? 0 : full.indexOf(word);
    if (cursor < 0 || word.trim() === '') return [word];
    const start = cursor;
    cursor += word.length;
    const pieces: string[] = [];
    let current = '';
    for (let offset = start; offset < cursor; offset += 1) {
      if (full[offset] === NBSP) {
        if (current !== '') pieces.push(current);
        pieces.push(NBSP);
        current = '';
        continue;
      }
      if (inWordBreaks.has(offset)) {
        pieces.push(...(current === '' ? [''] : [current, '']));
        current = '';
      }
      current += full[offset];
    }
    if (current !== '') pieces.push(current);
    return pieces;
  };
}

/** A stretch of a run set with one tracking (letter-spacing in points; 0 for none). */
export interface Segment {
  text: string;
  tracking: number;
}

/** full[from..to] cut where the tracking changes. */
function segments(full: string, tracking: number[], from: number, to: number): Segment[] {
  const result: Segment[] = [];
  for (let at = from; at < to; at += 1) {
    const last = result.at(-1);
    if (last && at > from && tracking[at] === tracking[at - 1]) last.text += full[at];
    else result.push({ text: full[at], tracking: tracking[at] });
  }
  return result;
}
