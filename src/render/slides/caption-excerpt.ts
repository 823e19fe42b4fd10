import type { FigureText, Lang } from '../../model/types.ts';

/** Longest excerpt kept whole, in characters: about two lines of 28 px caption on a 1280 px slide. */
const BUDGET: Record<Lang, number> = { zh: 48, en: 120 };

/** Clause boundaries, coarse (sentence parts) then fine (commas, colons); a clause keeps its mark and the space after it. */
const SPLITS: Record<Lang, RegExp[]> = {
  zh: [/(?<=[；。！？])/u, /(?<=[，：；。！？])/u],
  en: [/(?<=[;.!?])(?=\s)/u, /(?<=[,;:.!?])(?=\s)/u],
};

const ELLIPSIS: Record<Lang, string> = { zh: '……', en: '…' };

export interface Excerpt {
  /** `……` or `…` when the excerpt starts inside the sentence, else empty. */
  lead: string;
  text: string;
  trail: string;
}

/** Parts of `label` found in `clause`: characters for Chinese, words for English; picks among clauses sharing the figure. */
function overlap(clause: string, label: string, lang: Lang): number {
  const parts = lang === 'zh' ? Array.from(label) : label.toLowerCase().split(/\W+/u).filter((word) => word.length > 2);
  const lower = clause.toLowerCase();
  return parts.filter((part) => lower.includes(part)).length;
}

function pickClause(clauses: string[], text: FigureText, lang: Lang): number {
  const candidates = clauses.map((clause, index) => ({ index, score: clause.includes(text.display) ? overlap(clause, text.label, lang) : -1 }));
  const best = candidates.reduce((top, candidate) => (candidate.score > top.score ? candidate : top), { index: -1, score: -1 });
  return best.index;
}

/**
 * The clause of the figure's source sentence that holds the figure, verbatim, so a 28 px caption fits in both
 * languages; the whole sentence when it is short or the figure cannot be found in one clause (the notes keep it whole).
 */
export function excerptSentence(text: FigureText, lang: Lang): Excerpt {
  const sentence = text.sentence;
  let excerpt = sentence;
  for (const split of SPLITS[lang]) {
    if (excerpt.length <= BUDGET[lang]) break;
    const clauses = excerpt.split(split);
    const index = pickClause(clauses, text, lang);
    if (index < 0) break;
    const clause = clauses[index];
    // A clause as short as "up 10%" says little alone: the one before it names what grew.
    const widened = index > 0 && clause.trim().length < BUDGET[lang] / 4 ? clauses[index - 1] + clause : clause;
    excerpt = (widened.trim().length <= BUDGET[lang] ? widened : clause).trim();
  }
  const start = sentence.indexOf(excerpt);
  const kept = excerpt.replace(/[，：；,;:]$/u, '');
  const rest = sentence.slice(start + kept.length);
  return { lead: start > 0 ? ELLIPSIS[lang] : '', text: kept, trail: /^[\p{P}\s]*$/u.test(rest) ? '' : ELLIPSIS[lang] };
}
