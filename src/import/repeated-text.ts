import type { DroppedLine, InputLine } from './input-line.ts';
import { isHeadingLike } from './genre.ts';

/** Fewer lines than this repeated word for word are a coincidence, not a second copy. */
const COPY_MIN_LINES = 8;

export interface RepeatedText {
  kept: InputLine[];
  dropped: DroppedLine[];
  /** A contents list that repeats the headings: its first line and how many entries it had. */
  contents?: { line: number; entries: number };
}

function sameRun(lines: InputLine[], first: number, second: number): number {
  let length = 0;
  while (second + length < lines.length && first + length < second && lines[first + length].text === lines[second + length].text) length += 1;
  return length;
}

/**
 * The report printed twice on one page (a news site's copy after the text, with its title block between):
 * the first copy goes, the one under the title block stays.
 */
function findSecondCopy(lines: InputLine[]): { start: number; length: number; copyOf: number } | undefined {
  for (let first = 0; first < lines.length; first += 1) {
    for (let second = first + COPY_MIN_LINES; second < lines.length; second += 1) {
      if (lines[second].text !== lines[first].text || lines[first].text.length < 2) continue;
      const length = sameRun(lines, first, second);
      if (length >= COPY_MIN_LINES && length * 2 >= second - first) return { start: first, length, copyOf: second };
    }
    // Only a copy that starts near the top of the text is looked for: the search stays linear on long reports.
    if (first > 10) break;
  }
  return undefined;
}

/** A contents entry without its dot leader and page number: 一、2023年工作回顾……3 */
const entryOf = (text: string): string => text.replace(/[\s.．…·-]*\d*$/u, '');

/** A run of two or more heading lines with nothing between them, each repeated later as a heading: a contents list. */
function findContents(lines: InputLine[]): { start: number; end: number } | undefined {
  for (let start = 0; start < lines.length; start += 1) {
    let end = start;
    while (end < lines.length && isHeadingLike(entryOf(lines[end].text))) end += 1;
    if (end - start < 2) continue;
    const later = new Set(lines.slice(end).map((line) => line.text));
    if (lines.slice(start, end).every((line) => later.has(entryOf(line.text)))) {
      const label = start > 0 && /^目\s*录$/u.test(lines[start - 1].text) ? start - 1 : start;
      return { start: label, end };
    }
    start = end;
  }
  return undefined;
}

/** Removes a second copy of the report and a contents list that repeats its headings, naming each line removed. */
export function dropRepeatedText(lines: InputLine[]): RepeatedText {
  const dropped: DroppedLine[] = [];
  let kept = lines;
  const copy = findSecondCopy(kept);
  if (copy) {
    const [from, to] = [kept[copy.start].line, kept[copy.start + copy.length - 1].line];
    const reason = `report printed twice: lines ${from}–${to} repeat lines ${kept[copy.copyOf].line}–${kept[copy.copyOf + copy.length - 1].line}`;
    dropped.push(...kept.slice(copy.start, copy.start + copy.length).map((line) => ({ line: line.line, text: line.text, reason })));
    kept = [...kept.slice(0, copy.start), ...kept.slice(copy.start + copy.length)];
  }
  const contents = findContents(kept);
  if (!contents) return { kept, dropped };
  const entries = kept.slice(contents.start, contents.end);
  dropped.push(...entries.map((line) => ({ line: line.line, text: line.text, reason: 'contents list (the headings follow in the text)' })));
  return {
    kept: [...kept.slice(0, contents.start), ...kept.slice(contents.end)],
    dropped,
    contents: { line: entries[0].line, entries: entries.length },
  };
}
