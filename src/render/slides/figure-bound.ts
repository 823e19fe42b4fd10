import type { FigureText } from '../../model/types.ts';

/**
 * What a figure says about its quantity: a value, a floor (7%以上, over 7%), a ceiling (3.5%以下, below 3.5%),
 * or a range (6.5%-7%), so a chart can draw each for what it is.
 */
export type FigureBound =
  | { kind: 'exact'; value: number }
  | { kind: 'at-least'; value: number }
  | { kind: 'at-most'; value: number }
  | { kind: 'range'; low: number; high: number };

const AT_MOST = /以下|以内|不超过|below|under|within|at most/iu;
const AT_LEAST = /以上|余|多|超|over|more than|at least/iu;

/** The bound of the Chinese text (the deck's chart values are the Chinese ones, in its unit, divided by `scale`). */
export function figureBound(text: FigureText, scale: number): FigureBound {
  const value = text.value / scale;
  const rest = text.display.slice(text.display.indexOf(text.number) + text.number.length);
  const high = /^[^\d]{0,3}?[-–—~至到]\s*(\d+(?:\.\d+)?)/u.exec(rest);
  if (high) return { kind: 'range', low: value, high: value * (Number(high[1]) / Number(text.number.replaceAll(',', ''))) };
  if (AT_MOST.test(text.display)) return { kind: 'at-most', value };
  if (text.approximate === 'more-than' || AT_LEAST.test(text.display)) return { kind: 'at-least', value };
  return { kind: 'exact', value };
}
