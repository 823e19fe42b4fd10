import type { Lang } from '../../model/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date as each language prints it: 2021年1月25日, 25 January 2021. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}
