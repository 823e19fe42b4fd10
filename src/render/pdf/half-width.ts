/** clreq: closing marks, set in the left half of their em. */
const CLOSING = /[、，。；：？！）》」』”’〉】〕〗]/u;
/** Any full-width mark that may follow one. */
const MARK = /[、，。；：？！）》」』”’〉】〕〗（《「『“‘〈【〔〖]/u;

export interface WidthRun {
  text: string;
  /** Set half-width with the font's `halt` feature. */
  half: boolean;
}

/**
 * A Chinese title as runs, a closing mark that meets another mark on its own and half-width (二、“十四五” closes up),
 * as a face's `chws` feature would do. Noto Sans SC, the heading face, has no `chws`; its `halt` on a closing mark
 * only narrows the advance, which react-pdf and pdfkit both draw right.
 */
export function halfWidthRuns(value: string): WidthRun[] {
  const chars = [...value];
  const runs: WidthRun[] = [];
  chars.forEach((char, index) => {
    const half = CLOSING.test(char) && MARK.test(chars[index + 1] ?? '');
    const last = runs.at(-1);
    if (last && !last.half && !half) last.text += char;
    else runs.push({ text: char, half });
  });
  return runs;
}
