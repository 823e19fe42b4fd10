import type { VFile } from 'vfile';
import { warn } from '../model/messages.ts';
import { dropStraySpaces } from './clean-line.ts';
import type { ImportedTerm } from './imported-report.ts';
import type { InputLine } from './input-line.ts';

const GLOSSARY_TITLE = /^(附[:：]?\s*)?(有关)?名\s*词\s*解\s*释[:：]?$/u;
const ITEM = /^(?:(\d+)\s*[.．、]|[（(]\s*(\d+)\s*[)）])\s*(.*)$/su;
const SEPARATOR = /[:：]/u;

export function isGlossaryTitle(text: string): boolean {
  return GLOSSARY_TITLE.test(text);
}

function numberOf(line: InputLine): { number: number; text: string } | undefined {
  if (line.hint?.kind === 'list-item') return { number: line.hint.number, text: line.text };
  const match = ITEM.exec(line.text);
  return match ? { number: Number(match[1] ?? match[2]), text: match[3] } : undefined;
}

/** `1.term:explanation`, `1、…`, `（1）…` or a Word numbered list; an unnumbered line continues the item before it. */
export function recogniseGlossary(lines: InputLine[], file: VFile): ImportedTerm[] {
  const terms: ImportedTerm[] = [];
  const texts: string[] = [];
  for (const line of lines) {
    const item = numberOf(line);
    if (!item && texts.length > 0) {
      warn(file, `glossary line without a number: joined to item ${terms[terms.length - 1].number}`, line, 'import-glossary');
      texts[texts.length - 1] += line.text;
      continue;
    }
    if (!item) {
      warn(file, 'glossary line without a number before the first item: made item 1', line, 'import-glossary');
    }
    const number = item?.number ?? 1;
    if (number !== terms.length + 1) warn(file, `glossary item numbered ${number} where ${terms.length + 1} was expected: renumbered`, line, 'import-numbering');
    terms.push({ number: terms.length + 1, term: '', separator: '', explanation: '', line: line.line });
    texts.push(item?.text ?? line.text);
  }
  return terms.map((term, index) => {
    const text = dropStraySpaces(texts[index]);
    const at = text.search(SEPARATOR);
    if (at <= 0) {
      const line = lines.find((candidate) => candidate.line === term.line)!;
      warn(file, 'glossary item has no colon between term and explanation: add one', line, 'import-glossary');
      return { ...term, explanation: text };
    }
    return { ...term, term: text.slice(0, at).trim(), separator: text[at], explanation: text.slice(at + 1).trim() };
  });
}
