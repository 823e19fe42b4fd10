import type { VFile } from 'vfile';
import { warn } from '../model/messages.ts';
import { dropStraySpaces } from './clean-line.ts';
import type { ImportedTerm } from './imported-report.ts';
import type { InputLine } from './input-line.ts';

/** `1.` `1、` `1)` `（1）` `[1]` `【1】`, each opening one item. */
const ITEM = /^(?:(\d+)\s*(?:[.．、](?!\d)|[)）])|[（(]\s*(\d+)\s*[)）]|[[［]\s*(\d+)\s*[\]］]|【\s*(\d+)\s*】)\s*(.*)$/su;
const SEPARATOR = /[:：]/u;

export function isGlossaryItem(line: InputLine): boolean {
  return line.hint?.kind === 'list-item' || ITEM.test(line.text);
}

/** The expected number opens an item even before a digit (8.9610：… is item 8, not 8.9) or with its dot left out (20“一带一路”：…). */
function numberOf(line: InputLine, expected: number): { number: number; text: string } | undefined {
  if (line.hint?.kind === 'list-item') return { number: line.hint.number, text: line.text };
  const next = new RegExp(`^${expected}\\s*(?:[.．、]|(?=[“《\\p{Script=Han}]))\\s*(.*)$`, 'su').exec(line.text);
  if (next) return { number: expected, text: next[1] };
  const match = ITEM.exec(line.text);
  return match ? { number: Number(match[1] ?? match[2] ?? match[3] ?? match[4]), text: match[5] } : undefined;
}

/** Numbered items (or a Word numbered list); an unnumbered line continues the item before it. */
export function recogniseGlossary(lines: InputLine[], file: VFile): ImportedTerm[] {
  const terms: ImportedTerm[] = [];
  const texts: string[] = [];
  for (const line of lines) {
    const item = numberOf(line, terms.length + 1);
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
