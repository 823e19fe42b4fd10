import { Page, Text, View } from '@react-pdf/renderer';
import type { GlossaryTerm, Lang } from '../../model/types.ts';
import { paragraphBreaker } from './break-words.ts';
import { columnStyle } from './columns.ts';
import { HeadingRow, bookmarkTitle } from './headings.tsx';
import type { LayoutProps } from './layout-props.ts';
import { PageFrame, PageStart } from './page-frame.tsx';
import { setLang } from './paragraph-text.tsx';
import { bodyText, styles } from './styles.ts';

function TermText({ term, lang, columns }: { term: GlossaryTerm; lang: Lang; columns: number }) {
  const entry = term.text[lang];
  if (!entry) return null;
  const separator = lang === 'zh' ? '：' : ': ';
  const head = lang === 'zh' ? `${term.number}．${entry.term}` : `${term.number}. ${entry.term}`;
  const breaker = lang === 'zh' ? { hyphenationCallback: paragraphBreaker(setLang(head + separator + entry.explanation, lang)) } : {};
  return (
    <Text style={[bodyText(lang, columns), styles.paragraph]} orphans={2} widows={2} {...breaker}>
      {/* The separator goes with the head: in one run, the font's contextual spacing closes ”： up. */}
      <Text style={styles.runIn}>{setLang(head + separator, lang)}</Text>
      {setLang(entry.explanation, lang)}
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
              <View key={lang} style={columnStyle(edition, margins, lang)}>
                <TermText term={term} lang={lang} columns={edition.langs.length} />
              </View>
            ))}
          </View>
        ))}
      </View>
      <PageFrame edition={edition} margins={margins} paging={paging} faces={faces} head={(_, lang) => glossary.title[lang]?.text ?? ''} />
    </Page>
  );
}
