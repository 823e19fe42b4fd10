import type { VFile } from 'vfile';
import { escapeControls } from '../terminal/escape-controls.ts';

/** One line per message (control and bidi characters of the source escaped), `file:line:col severity reason [rule]`, sorted by file and place; then a count. */
export function formatMessages(files: VFile[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const sorted = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const message of sorted) {
      const severity = message.fatal ? 'error' : 'warning';
      if (message.fatal) errors += 1;
      else warnings += 1;
      lines.push(escapeControls(`${file.path}:${message.line ?? 1}:${message.column ?? 1} ${severity} ${message.reason} [${message.ruleId ?? 'report-press'}]`));
    }
  }
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${count(errors, 'error')}, ${count(warnings, 'warning')}`);
  return lines.join('\n');
}
