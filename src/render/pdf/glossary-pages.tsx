import { Page, Text, View } from '@react-pdf/renderer';
import type { GlossaryTerm, Lang } from '../../model/types.ts';
import { chineseParagraphBreaker } from './chinese-lines.ts';
import { columnStyle } from './columns.ts';
import { HeadingRow, bookmarkTitle } from './headings.tsx';
import type { Faces } from './fonts.ts';
import type { LayoutProps } from './layout-props.ts';
import { PageFrame, PageStart } from './page-frame.tsx';
import { setLang } from './paragraph-text.tsx';
import { positionsOf, sourceMark } from './source-map.ts';
import { bodyText, styles, text } from './styles.ts';

function TermText({ term, lang, columns, width, faces }: { term: GlossaryTerm; lang: Lang; columns: number; width: number; faces: Faces }) {
  const entry = term.text[lang];
  if (!entry) return null;
  const separator = lang === 'zh' ? '：' : ': ';
  const head = lang === 'zh' ? `${term.number}．${entry.term}` : `${term.number}. ${entry.term}`;
  const runs = [
    { text: setLang(head + separator, lang), bold: true },
    { text: setLang(entry.explanation, lang), bold: false },
  ];
  const breaker = lang === 'zh' ? { hyphenationCallback: chineseParagraphBreaker(runs, faces, { width, indent: 0, fontSize: text.zh.fontSize }) } : {};
  return (
    <Text style={[bodyText(lang, columns), styles.paragraph]} orphans={2} widows={2} {...breaker}>
      {/* The separator goes with the head: in one run, the font's contextual spacing closes ”： up. */}
      <Text style={styles.runIn}>{runs[0].text}</Text>
      {runs[1].text}
    </Text>
  );
}

/** The glossary as an appendix; each entry carries the id the body's term links point to. */
export function GlossaryPages({ report, edition, margins, paging, faces }: LayoutProps) {
  const glossary = report.glossary;
  if (!glossary) return null;
  return (
    <Page size="A4" style={[styles.page, { paddingTop: margins.top, paddingBottom: margins.bottom, paddingLeft: margins.inner, paddingRight: margins.outer }]}>
      <PageStart paging={paging} part="body" />
      <View id="glossary" {...({ bookmark: { title: bookmarkTitle(glossary.title, edition), fit: true } } as object)}>
        <HeadingRow title={glossary.title} depth={1} edition={edition} margins={margins} anchor="glossary" paging={paging} />
        {glossary.terms.map((term) => (
          <View key={term.id} id={term.id} style={styles.row}>
            {edition.langs.map((lang) => (
              <View key={lang} style={columnStyle(edition, margins, lang)} {...sourceMark({ kind: 'term', lang, sources: positionsOf(term.text) })}>
                <TermText term={term} lang={lang} columns={edition.langs.length} width={columnStyle(edition, margins, lang).width} faces={faces} />
              </View>
            ))}
          </View>
        ))}
      </View>
      <PageFrame edition={edition} margins={margins} paging={paging} faces={faces} head={(_, lang) => glossary.title[lang]?.text ?? ''} />
    </Page>
  );
}
