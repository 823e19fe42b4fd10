/** Reads the indicator a value belongs to from the words around it, with the ICU word segmenter built into Node. */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Marks that end a clause of a work report sentence. */
export const CLAUSE_END = /[,，;；。:：!！?？、（）()“”]/u;

/** Verbs and particles between an indicator and its value: 固定资产投资|完成|148.7亿元, 失业率|控制在|2.8%. */
const LINKING = new Set([
  '完成', '达到', '达', '实现', '为', '是', '控制', '在', '至', '到', '共', '约', '近', '超', '超过', '突破', '增至', '降至', '提高', '提升', '保持',
  '稳定', '的', '了', '分别', '全年', '全区', '共计', '合计', '总计', '累计', '同比', '比', '由', '从', '增', '新增', '其中', '和', '及', '与', '等', '已', '将', '年', '均', '年均',
  '仅', '提升到', '提高至', '提升至', '增长', '下降', '提高到', '降低', '减少', '增加', '拟', '计划', '力争', '确保', '预计', '发放', '建成', '新建', '改造', '建设', '开展', '推进', '推动', '加快', '加大', '安排', '争取', '首次', '引进', '培育', '组织', '扶持', '惠及',
]);

/** Verbs and growth words kept in a label because they say what the value measures. */
const KEEP_LEADING = new Set(['新增', '累计', '年均']);

function words(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function clauseBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start -= 1;
  return text.slice(start, index);
}

function clauseAfter(text: string, index: number): string {
  let end = index;
  while (end < text.length && !CLAUSE_END.test(text[end])) end += 1;
  return text.slice(index, end);
}

/** The noun phrase before the value: the clause's words with the linking words at its end left off. */
function nameBefore(clause: string): string {
  const parts = words(clause.replace(/^[—-]+/u, ''));
  while (parts.length > 0 && LINKING.has(parts[parts.length - 1])) parts.pop();
  while (parts.length > 0 && LINKING.has(parts[0]) && !KEEP_LEADING.has(parts[0])) parts.shift();
  return parts.join('');
}

/** The noun after a count that precedes it: 6000余名|志愿者, 91个|重点项目|建设. */
function nameAfter(clause: string): string {
  const parts = words(clause);
  while (parts.length > 0 && LINKING.has(parts[parts.length - 1])) parts.pop();
  return parts.join('');
}

const LIMIT = 20;

/** At most `limit` characters, keeping the end: the head noun of a Chinese phrase comes last. */
function shorten(name: string, limit: number): string {
  if (name.length <= limit) return name;
  const parts = words(name);
  while (parts.join('').length > limit && parts.length > 1) parts.shift();
  return parts.join('');
}

export interface IndicatorName {
  name: string;
  /** The value is a rate of change: 增长10%, 年均增长5.2%. */
  growth: boolean;
  /** The name came from the words after the value (a count before its noun). */
  after: boolean;
  /** The name is the previous value's: 148.7亿元，增长10% or 突破700亿元、达到738亿元. */
  borrowed: boolean;
}

/** The growth words between an indicator and its rate: 年均增长, 同比下降, 增长了. */
const GROWTH_PHRASE = /(?:同比|年均|分别)?(?:增长|下降|提高|降低|减少|增加|增速|增幅)(?:了|为|达到|达|至)?$/u;
const SENTENCE_END = /[。；;!！?？]/u;

/** A value of an enumeration: A、B、C分别增长27.8%、65.1%、27.5% gives B to 65.1%. */
function listedName(text: string, index: number): IndicatorName | undefined {
  let start = index;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start -= 1;
  const sentence = text.slice(start, index);
  const at = sentence.lastIndexOf('分别');
  if (at < 0) return undefined;
  const between = sentence.slice(at + 2);
  if (/[,，:：]/u.test(between)) return undefined;
  const position = between.split('、').length - 1;
  let clauseStart = at;
  while (clauseStart > 0 && !/[,，;；。:：]/u.test(sentence[clauseStart - 1])) clauseStart -= 1;
  const names = sentence.slice(clauseStart, at).split('、');
  if (position >= names.length || names.length < 2) return undefined;
  const growthWord = /^(增长|下降|提高|降低|减少|增加)/u.exec(between)?.[1] ?? '';
  return { name: shorten(nameBefore(names[position]) + growthWord, LIMIT), growth: growthWord !== '', after: false, borrowed: false };
}

/**
 * The indicator of the value at `index` (length `length`) in `text`: the clause before it when it names one,
 * the previous value's when the clause holds only a growth word or a verb after 、, otherwise the words after it.
 */
export function nameIndicator(text: string, index: number, length: number, previous: string | undefined): IndicatorName {
  const listed = listedName(text, index);
  if (listed) return listed;
  const clause = clauseBefore(text, index);
  const growthMatch = GROWTH_PHRASE.exec(clause);
  const growth = growthMatch !== null;
  const growthWord = growthMatch ? growthMatch[0].replace(/^分别/u, '').replace(/(了|为|达到|达|至)$/u, '') : '';
  const subject = nameBefore(growthMatch ? clause.slice(0, growthMatch.index) : clause);
  if (subject.length >= 2 && !/等$/u.test(clause)) return { name: shorten(subject + growthWord, LIMIT), growth, after: false, borrowed: false };
  const afterEnumeration = text[index - clause.length - 1] === '、';
  if (previous && (growth || afterEnumeration)) {
    return { name: shorten(previous.replace(GROWTH_PHRASE, '') + growthWord, LIMIT), growth, after: false, borrowed: true };
  }
  const after = nameAfter(clauseAfter(text, index + length));
  return { name: shorten(after || subject, LIMIT), growth, after: true, borrowed: false };
}
