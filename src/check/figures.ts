import { fail } from '../model/messages.ts';
import { sameValue } from '../model/quantity.ts';
import type { CheckRule } from './context.ts';

/** A figure's Chinese and English values must agree after scaling: 18.18亿元 = 1.818 billion yuan. */
export const checkFigureValues: CheckRule = ({ report, files }) => {
  for (const figure of report.figures) {
    const { zh, en } = figure.text;
    if (!en || !files.en || Number.isNaN(zh.value) || Number.isNaN(en.value)) continue;
    if (!sameValue(zh.value, en.value)) {
      fail(files.en, `figure \`${figure.id}\` is ${en.display} here but ${zh.display} at ${zh.position.file}:${zh.position.line}`, en.position, 'figure-value');
    }
  }
};
