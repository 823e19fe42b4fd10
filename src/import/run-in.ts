import { ITEM } from './genre.ts';
import type { ImportedParagraph } from './imported-report.ts';

/** A first sentence with no pause in it, short quotations allowed: 统一调度压实责任。 推进城区治理“一网统管”。 */
const PLAIN_HEAD = /^((?:[^，,:：;；“”()（）。！？!?]|“[^“”，,。]{1,10}”){2,24}。)(.+)$/su;
const HEAD_MAX = 26;
/** The same after a dash, where a comma may separate two short clauses: ——着力创新发展,打造科创驱动发展的数字城区。 */
const DASH_HEAD = /^(——[^。！？!?“”]{2,26}。)(.+)$/su;

function splitHead(text: string, line: number, boldLead?: string): ImportedParagraph {
  if (boldLead && text.startsWith(boldLead) && text.length > boldLead.length) {
    return { kind: 'paragraph', runIn: boldLead, text: text.slice(boldLead.length), line };
  }
  const plain = PLAIN_HEAD.exec(text);
  const match = plain && plain[1].length <= HEAD_MAX ? plain : DASH_HEAD.exec(text);
  return match ? { kind: 'paragraph', runIn: match[1], text: match[2], line } : { kind: 'paragraph', text, line };
}

/** Splits a third-level number and a genre run-in head off the paragraph; the number never goes into the head. */
export function splitRunIn(text: string, line: number, boldLead?: string): ImportedParagraph {
  const item = ITEM.exec(text);
  if (!item) return splitHead(text, line, boldLead);
  const number = item[1];
  const lead = boldLead?.startsWith(number) ? boldLead.slice(number.length) : boldLead;
  return { ...splitHead(item[2], line, lead || undefined), number };
}
