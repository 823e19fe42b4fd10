import { create } from 'xmlbuilder2';
import type { Termbase } from '../source/termbase.ts';

const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

/** The termbase as TBX-Core (ISO 30042:2019): one concept entry per term, a Chinese and an English language section. */
export function writeTbx(termbase: Termbase, options: { title: string }): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(TBX_NS, 'tbx', { type: 'TBX-Core', style: 'dca', 'xml:lang': 'en' });
  const fileDesc = root.ele(TBX_NS, 'tbxHeader').ele(TBX_NS, 'fileDesc');
  fileDesc.ele(TBX_NS, 'titleStmt').ele(TBX_NS, 'title').txt(options.title);
  fileDesc.ele(TBX_NS, 'sourceDesc').ele(TBX_NS, 'p').txt('termbase.yaml of report-press: the one English rendering of each Chinese term');
  const body = root.ele(TBX_NS, 'text').ele(TBX_NS, 'body');
  termbase.terms.forEach((entry, index) => {
    const concept = body.ele(TBX_NS, 'conceptEntry', { id: `c${index + 1}` });
    for (const [lang, term] of [
      ['zh', entry.zh],
      ['en', entry.en],
    ]) {
      concept.ele(TBX_NS, 'langSec', { 'xml:lang': lang }).ele(TBX_NS, 'termSec').ele(TBX_NS, 'term').txt(term);
    }
  });
  return `${root.end({ prettyPrint: true })}\n`;
}
