import { defaultPrintSettings } from '../../model/print-defaults.ts';
import type { EditionName, Lang } from '../../model/types.ts';

/** One PDF built from the model: both languages side by side, or one of them alone. */
export interface Edition {
  name: EditionName;
  file: string;
  langs: Lang[];
  /** The PDF's /Lang. */
  language: string;
  coverLabel: string;
}

export const editions: Edition[] = [
  { name: 'bilingual', file: 'report.pdf', langs: ['zh', 'en'], language: 'zh-CN', coverLabel: 'cover-edition-bilingual' },
  { name: 'zh', file: 'report.zh.pdf', langs: ['zh'], language: 'zh-CN', coverLabel: 'cover-edition-zh' },
  { name: 'en', file: 'report.en.pdf', langs: ['en'], language: 'en', coverLabel: 'cover-edition-en' },
];

/** Page margins in points; inner and outer swap between odd and even pages for duplex binding. */
export interface PageMargins {
  top: number;
  bottom: number;
  inner: number;
  outer: number;
}

export const defaultMargins: PageMargins = defaultPrintSettings().margins;
