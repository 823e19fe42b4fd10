import type { FigureText, Lang } from '../../model/types.ts';
import type { Excerpt } from './caption-excerpt.ts';

/** A figure's value line as a slide sets it: the number large, the words before and after it smaller. */
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

/** A count without its noun in English (8,750; more than 6,000) takes the label's words: 8,750 new urban jobs. */
function englishDisplay(text: FigureText): string {
  if (text.unit.trim() !== '' || /%/u.test(text.display)) return text.display;
  const noun = /^[A-Z][a-z]/u.test(text.label) ? text.label[0].toLowerCase() + text.label.slice(1) : text.label;
  return `${text.display} ${noun}`;
}

/** The display split so that before + number + after is exactly it; a range (6.5%-7%) is set large as a whole, its second number as much the figure as its first. */
export function splitValue(display: string, number: string): { before: string; number: string; after: string } {
  const start = display.indexOf(number);
  const after = start < 0 ? '' : display.slice(start + number.length);
  const whole = start < 0 || /\d/.test(after);
  return { before: start < 0 ? '' : display.slice(0, start), number: whole ? display.slice(Math.max(start, 0)) : number, after: whole ? '' : after };
}

/** The value line of a figure's slide in its language's own convention, with the clause it comes from. */
export function valueView(text: FigureText, options: { lang: Lang; caption: Excerpt }): FigureValueView {
  const display = options.lang === 'en' ? englishDisplay(text) : text.display;
  return { label: text.label, ...splitValue(display, text.number), display, sentence: text.sentence, caption: options.caption };
}
