import { findZhNumbers } from '../model/quantity.ts';

/** A number with its scale, unit and qualifiers as printed in a Chinese sentence: 18.18亿元, 2.8%以下, 6.5%-7%. */
export interface ValueMention {
  /** The words to mark, exactly as printed. */
  display: string;
  /** Index of the display in the paragraph text. */
  index: number;
  value: number;
  /** Scale and unit as printed, qualifiers left out: 亿元, %, 万人. */
  unit: string;
  /** A rate: per cent or 个百分点. */
  percent: boolean;
}

/** Measure words of the genre's statistics, longest first so that 平方公里 wins over 公里. */
const UNITS = [
  '个百分点', '平方公里', '平方米', '立方米', '万千瓦时', '千瓦时', '公顷', '公里', '千米', '美元', '港元', '万元', '亿元', '元',
  '人次', '户次', '家次', '万人', '人', '户', '家', '个', '项', '名', '座', '所', '张', '套', '间', '栋', '幢', '处', '条', '台', '辆', '件', '宗',
  '吨', '亩', '株', '棵', '场', '批', '类', '份', '只', '艘', '架', '次', '篇', '部', '本', '位', '支', '万', '亿',
];
const UNIT = UNITS.join('|');
const PERCENT = '[%％]';

/**
 * A number, an optional range (6.5%-7%), the scale and unit, and the qualifiers of the genre:
 * 余/多 inside (1200余万元, 5.3万余人), 以上/以下/以内/左右 after (2.8%以下).
 */
const VALUE = new RegExp(
  `(?<![\\d.·\\w])(\\d+(?:\\.\\d+)?)(?:${PERCENT}?[-–~～至到](\\d+(?:\\.\\d+)?))?(余|多)?(万亿|亿|万|千)?(余|多)?(${PERCENT}|${UNIT})?(以上|以下|以内|左右)?`,
  'gu',
);

/** What follows a number that is not a statistic: a year, a date, an ordinal, a line or a model name. */
const NOT_A_STATISTIC = /^(?:年|月|日|号|周年|届|期|时|点|:|·|\+|\.\d|[A-Za-z])/u;

export function findValues(text: string): ValueMention[] {
  const mentions: ValueMention[] = [];
  for (const match of text.matchAll(VALUE)) {
    const [whole, , , , scale, , unit] = match;
    const after = text.slice(match.index + whole.length);
    const before = text[match.index - 1];
    if (before === '第' || /^[A-Za-z]/u.test(text.slice(match.index - 1, match.index))) continue;
    if (!unit && !scale && NOT_A_STATISTIC.test(after)) continue;
    if (unit && unit !== '个百分点' && /^(?:年|月|日)/u.test(after) && !scale) continue;
    if (!unit && !scale) continue;
    const [mention] = findZhNumbers(whole);
    if (!mention) continue;
    const percent = /[%％]|百分点/u.test(whole);
    mentions.push({ display: whole, index: match.index, value: mention.value, unit: `${scale ?? ''}${unit ?? ''}`, percent });
  }
  return mentions;
}
