/**
 * Whether the Chinese of a card is well set, judged in the page as Chromium lays it out: no justified line spread
 * more than `MAX_SPREAD` em between two characters, no last line of a paragraph that holds only punctuation or one
 * or two characters and punctuation. Chromium cannot compress punctuation to pull a character back onto a line
 * (it has no `text-spacing-trim: trim-end`), so the card's type size is chosen where the lines come out well.
 */

/**
 * Gap justification may add between two characters, in em. One character pushed to the next line by a closing mark
 * spreads a line of 13 to 17 characters by 0.06 to 0.08 em; two by 0.12 to 0.17 em, which reads as spaced out.
 */
export const MAX_SPREAD = 0.09;

/** A last line needs this many characters besides punctuation. */
export const MIN_LAST_LINE = 3;

/**
 * A function expression for the page: `(root) => number`, how badly the Chinese paragraphs and headings inside
 * `root` are set: the widest spread of a justified line in em, plus 1 when a last line is short; well set when at
 * most `MAX_SPREAD`. Lines come from a copy set ragged at the same width (it breaks at the same places); a line's
 * spread is what is left of the width, shared by its gaps (`text-justify: inter-character` spreads evenly).
 */
export const BADLY_SET_SCRIPT = `((root) => {
  const linesOf = (element) => {
    const lines = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let offset = 0;
      for (const character of node.data) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + character.length);
        offset += character.length;
        const box = [...range.getClientRects()].find((rect) => rect.width > 0);
        if (!box || character.trim() === '') continue;
        const line = lines[lines.length - 1];
        if (!line || (box.top + box.bottom) / 2 > line.bottom) lines.push({ text: character, count: 1, right: box.right, bottom: box.bottom });
        else Object.assign(line, { text: line.text + character, count: line.count + 1, right: box.right });
      }
    }
    return lines;
  };
  return Math.max(0, ...[...root.querySelectorAll(':is(p, h3):lang(zh-CN)')].map((element) => {
    const ragged = element.cloneNode(true);
    const width = element.getBoundingClientRect().width;
    Object.assign(ragged.style, { position: 'absolute', visibility: 'hidden', boxSizing: 'border-box', width: width + 'px', textAlign: 'start', textAlignLast: 'start' });
    element.parentElement.append(ragged);
    const lines = linesOf(ragged);
    const end = ragged.getBoundingClientRect().left + ragged.clientWidth - parseFloat(getComputedStyle(ragged).paddingRight);
    ragged.remove();
    const size = parseFloat(getComputedStyle(element).fontSize);
    const justified = getComputedStyle(element).textAlign === 'justify';
    const last = lines[lines.length - 1];
    const spread = justified ? Math.max(0, ...lines.slice(0, -1).map((line) => (end - line.right) / Math.max(1, line.count - 1) / size)) : 0;
    const short = lines.length > 1 && [...last.text.replace(/[\\p{P}\\p{S}]/gu, '')].length < ${MIN_LAST_LINE};
    return spread + (short ? 1 : 0);
  }));
})`;
