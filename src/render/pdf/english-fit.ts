/**
 * How a justified line of English is filled out to the measure: a line too long is tightened (negative tracking,
 * letter-spacing on the line); a line too short is tracked and its word spaces widened together. react-pdf's
 * justification then takes up what our measure missed: it stretches word spaces by up to 1 pt, then adds 0.289 pt
 * between any two glyphs, then stretches the spaces again, and shrinks them by up to 1 pt.
 */
const SPACE_FIRST = 1;
const LETTER_SPACING = 0.289;
/**
 * The most tracking a line takes, either way, in em: 3 %, as much as react-pdf's own justification letter-spaces
 * (0.289 pt at 9.5 pt). At 2 % the seed's bilingual column needed 12 % of its lines hyphenated for 33 with a word
 * space over 1.5 times its width; at 3 %, 6.9 % for 12.
 */
const MAX_TRACKING = 0.03;

export interface LineShape {
  /** Points short of the measure (negative: too long). */
  slack: number;
  /** Width of the line's word spaces together, in points, and how many there are. */
  space: number;
  count: number;
  /** Characters of the line, its word spaces and a drawn hyphen included. */
  chars: number;
  fontSize: number;
}

export interface LineFit {
  /** How wide a word space is set, over its width, less 1, over a half: 1 is a space 1.5 times its width. */
  ratio: number;
  /** Letter-spacing of the line, in points: after every character but the last. */
  tracking: number;
}

/** How react-pdf's justification widens each space of a line `slack` points short, over half a space: see the top of this file. */
function justifiedRatio(slack: number, shape: LineShape): number {
  const { space, count, chars } = shape;
  const normal = space / count;
  const spacesFirst = count * SPACE_FIRST;
  const letters = LETTER_SPACING * Math.max(0, chars - count - 1);
  if (slack <= spacesFirst) return slack / count / (normal / 2);
  if (slack <= spacesFirst + letters) return (SPACE_FIRST + (LETTER_SPACING * (slack - spacesFirst)) / letters) / (normal / 2);
  return (SPACE_FIRST + LETTER_SPACING + (slack - spacesFirst - letters) / count) / (normal / 2);
}

/**
 * The most a line of `shape` shrinks: by tracking alone, so that react-pdf's breaker, which measures the line
 * tracked, finds it full and keeps every word space's shrink to take up kerning our measure missed.
 */
export function shrinkability(shape: Omit<LineShape, 'slack'>): number {
  return MAX_TRACKING * shape.fontSize * Math.max(0, shape.chars - 1);
}

/**
 * How a line of `shape` is set: shrunk, by tracking (ratio -1 at shrinkability); stretched,
 * tracking and spaces in proportion, so that a word space (which the tracking widens twice, on both sides) reaches
 * 1.5 times its width when the tracking reaches MAX_TRACKING; beyond that the tracking stays and react-pdf's
 * justification does the rest.
 */
export function fitLine(shape: LineShape): LineFit {
  const { slack, space, count, chars, fontSize } = shape;
  const tracked = Math.max(0, chars - 1);
  if (slack <= 0) {
    const ratio = slack / shrinkability(shape);
    return { ratio, tracking: ratio * MAX_TRACKING * fontSize };
  }
  // A line of one word can only be letter-spaced: as loose as that takes, 1 at MAX_TRACKING (at a flat 10, cheaper
  // than a line of words far apart, the tricky report's column set `Meanwhile` and `we` on lines of their own).
  if (count === 0) return { ratio: slack / (MAX_TRACKING * fontSize * Math.max(1, tracked)), tracking: 0 };
  const normal = space / count;
  const maxTracking = MAX_TRACKING * fontSize;
  const stretch = tracked * maxTracking + count * (normal / 2 - 2 * maxTracking);
  const tracking = Math.min(1, slack / stretch) * maxTracking;
  return { ratio: (2 * tracking) / (normal / 2) + justifiedRatio(slack - tracking * tracked, shape), tracking };
}
