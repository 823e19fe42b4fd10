import type { Bilingual, FigureText, Lang } from '../../model/types.ts';

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

/** English runs about 3.3 times as many characters as the Chinese it translates (the seed's captions: 2.7 to 4.4). */
const EN_PER_ZH = 3.3;

/** The sentence and the clauses holding the figure at each split (a short one also with the clause before it); those that fit. */
function candidates(text: FigureText, lang: Lang): string[] {
  const found = [text.sentence];
  let excerpts = [text.sentence];
  for (const split of SPLITS[lang]) {
    excerpts = excerpts.flatMap((excerpt) => {
      const clauses = excerpt.split(split);
      const index = pickClause(clauses, text, lang);
      if (index < 0) return [];
      const clause = clauses[index].trim();
      // A clause as short as "up 10%" says little alone: the one before it names what grew.
      return index > 0 && clause.length < BUDGET[lang] / 4 ? [clause, (clauses[index - 1] + clauses[index]).trim()] : [clause];
    });
    found.push(...excerpts);
  }
  const unique = [...new Set(found)].filter((excerpt) => excerpt.includes(text.display));
  const fitting = unique.filter((excerpt) => excerpt.length <= BUDGET[lang]);
  return fitting.length > 0 ? fitting : [unique.reduce((short, excerpt) => (excerpt.length < short.length ? excerpt : short), text.sentence)];
}

function toExcerpt(sentence: string, excerpt: string, lang: Lang): Excerpt {
  const start = sentence.indexOf(excerpt);
  const kept = excerpt.replace(/[，：；,;:]$/u, '');
  const rest = sentence.slice(start + kept.length);
  return { lead: start > 0 ? ELLIPSIS[lang] : '', text: kept, trail: /^[\p{P}\s]*$/u.test(rest) ? '' : ELLIPSIS[lang] };
}

/**
 * The words of each language's source sentence around the figure, verbatim, as a 28 px caption: the sentence or
 * a clause of it that fits, chosen in both languages together so that they say as much (the English about 3.3
 * times the Chinese in characters), the longest such pair first. The notes keep the sentences whole.
 */
export function excerptSentences(texts: Bilingual<FigureText>): Bilingual<Excerpt> {
  const zh = candidates(texts.zh, 'zh');
  if (!texts.en) return { zh: toExcerpt(texts.zh.sentence, zh[0], 'zh') };
  const en = candidates(texts.en, 'en');
  const pairs = zh.flatMap((zhText) => en.map((enText) => ({ zhText, enText, miss: Math.abs(Math.log(enText.length / zhText.length / EN_PER_ZH)) })));
  // Within a tenth of the best balance, the pair that says most.
  const best = Math.min(...pairs.map((pair) => pair.miss));
  const chosen = pairs.filter((pair) => pair.miss <= best + 0.1).sort((a, b) => b.zhText.length - a.zhText.length)[0];
  return { zh: toExcerpt(texts.zh.sentence, chosen.zhText, 'zh'), en: toExcerpt(texts.en.sentence, chosen.enText, 'en') };
}
