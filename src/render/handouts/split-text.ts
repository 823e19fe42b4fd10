/** One language of a term's explanation: the language pair of the handouts' term view. */
export type Half = 'zh' | 'en';

/** Opening quotes and brackets, with the space after them: they belong to the piece they open. */
const OPENING_TAIL = /[“‘《〈「『【（(\[]\s*$/u;

/** The pieces with each opening quote or bracket that ends one moved to the start of the next. */
function openingsForward(pieces: string[]): string[] {
  const moved: string[] = [];
  let carried = '';
  for (const piece of pieces) {
    const text = carried + piece;
    carried = text.match(OPENING_TAIL)?.[0] ?? '';
    if (carried.length < text.length) moved.push(text.slice(0, text.length - carried.length));
  }
  if (carried !== '') moved.push(carried);
  return moved;
}

const sentences = (text: string, lang: Half): string[] => Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text), ({ segment }) => segment);
// Clauses: after a comma, semicolon, colon or enumeration comma, with the space that follows it.
const clauses = (text: string): string[] => text.split(/(?<=[,;:，；：、]\s*)(?=\S)/u);
const words = (text: string, lang: Half): string[] => Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(text), ({ segment }) => segment);

/**
 * Ways to cut an explanation into pieces that join back into it exactly, coarsest first: between sentences, a
 * sentence between clauses, a clause between words. A card or a large-print page cuts a piece finer only when it
 * must. An opening quote goes with the piece it opens: ICU's sentence breaks leave the “ of 。“一化” on the sentence before.
 */
export const TEXT_SPLITS: Array<(text: string, lang: Half) => string[]> = [sentences, clauses, words].map((split) => (text: string, lang: Half) => openingsForward(split(text, lang)));
