import type { VFile } from 'vfile';
import { warn } from '../model/messages.ts';
import type { ReportMeta } from '../model/types.ts';
import type { InputLine } from './input-line.ts';

/** Web-page metadata labels and the front-matter key each feeds; the others are dropped. */
const META_LABELS: Record<string, keyof ReportMeta | undefined> = {
  索引号: 'index',
  发布机构: 'publisher',
  成文日期: undefined,
  发布日期: 'issued',
  文件编号: undefined,
  发文字号: undefined,
  有效性: undefined,
  公开方式: undefined,
  公开范围: undefined,
  主题分类: undefined,
  信息来源: undefined,
  来源: undefined,
};
const META_LINE = new RegExp(`^-?\\s*(${Object.keys(META_LABELS).join('|')})\\s*[:：]\\s*(.*)$`, 'u');
const OCCASION = /^[—─-]*\s*[（(]?\s*(.*会议上)\s*[)）]?$/u;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const OFFICE_AND_NAME = /^(.*?(?:代理|代)?(?:总理|区长|市长|县长|省长|旗长|州长|主任|主席))\s*(\p{Script=Han}{2,4})$/u;

export function isMetadataLine(text: string): boolean {
  return META_LINE.test(text);
}

function isoDate(text: string): string | undefined {
  const match = DATE.exec(text);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : undefined;
}

export interface Metadata {
  meta: Partial<ReportMeta>;
  /** Metadata lines with no front-matter key (主题分类, 有效性 …). */
  unused: InputLine[];
  /** Lines that are not metadata at all. */
  other: InputLine[];
}

/** `- 索引号:` / `- 2102020006/2021-15175` pairs, or `索引号：…` on one line. */
export function readMetadata(lines: InputLine[]): Metadata {
  const meta: Partial<ReportMeta> = {};
  const dates: Record<string, string> = {};
  const [unused, other]: InputLine[][] = [[], []];
  for (let index = 0; index < lines.length; index += 1) {
    const { text } = lines[index];
    const match = META_LINE.exec(text);
    if (!match) {
      other.push(lines[index]);
      continue;
    }
    let value = match[2].trim();
    const next = lines[index + 1];
    if (value === '' && next && next.text.startsWith('-') && !META_LINE.test(next.text)) {
      value = next.text.replace(/^-\s*/, '');
      index += 1;
    }
    const key = META_LABELS[match[1]];
    if (key && value) meta[key] = value;
    else unused.push(lines[index]);
    if (value) dates[match[1]] = value;
  }
  if (dates.成文日期 && !meta.issued) meta.issued = dates.成文日期;
  return { meta, unused, other };
}

/** The lines between the title and the salutation: occasion, speaker, date. */
export function readTitleBlock(lines: InputLine[], file: VFile): { meta: Partial<ReportMeta>; rest: InputLine[] } {
  const meta: Partial<ReportMeta> = {};
  const rest: InputLine[] = [];
  for (const current of lines) {
    const { text, line, column } = current;
    const occasion = OCCASION.exec(text);
    const speaker = OFFICE_AND_NAME.exec(text);
    if (occasion && !meta.occasion) {
      meta.occasion = occasion[1].trim();
      meta.date ??= isoDate(text);
    } else if (speaker && !meta.speaker) {
      meta.office = speaker[1].trim();
      meta.speaker = speaker[2];
    } else if (DATE.test(text) && text.replace(DATE, '').replace(/[（()）\s]/g, '') === '' && !meta.date) {
      meta.date = isoDate(text);
    } else {
      warn(file, `not recognised in the title block (occasion, speaker, date): kept as an opening paragraph`, { line, column }, 'import-title');
      rest.push(current);
    }
  }
  return { meta, rest };
}
