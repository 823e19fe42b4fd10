import { Page, Text, View } from '@react-pdf/renderer';
import type { GlossaryTerm, Lang } from '../../model/types.ts';
import { chineseParagraphBreaker } from './chinese-lines.ts';
import { englishParagraph } from './english-lines.ts';
import { HeadingRow, bookmarkTitle } from './headings.tsx';
import type { Faces } from './fonts.ts';
import { useLineStore } from './line-store.ts';
import type { LayoutProps } from './layout-props.ts';
import { PageFrame, PageStart } from './page-frame.tsx';
import { setLang, trackedText } from './paragraph-text.tsx';
import { positionsOf, sourceMark } from './source-map.ts';
import { usePdfStyles } from './styles.ts';

function TermText({ term, lang, columns, width, faces, names }: { term: GlossaryTerm; lang: Lang; columns: number; width: number; faces: Faces; names: string[] }) {
  const entry = term.text[lang];
  const { styles, bodyText } = usePdfStyles();
  const store = useLineStore();
  if (!entry) return null;
  const separator = lang === 'zh' ? '：' : ': ';
  const head = lang === 'zh' ? `${term.number}．${entry.term}` : `${term.number}. ${entry.term}`;
  const runs = [
    { text: setLang(head + separator, lang), bold: true },
    { text: setLang(entry.explanation, lang), bold: false },
  ];
  const style = bodyText(lang, columns);
  const measure = { width, indent: 0, fontSize: style.fontSize as number };
  const { texts, props } =
    lang === 'zh'
      ? { texts: runs.map((run) => [{ text: run.text, tracking: 0 }]), props: { hyphenationCallback: chineseParagraphBreaker(runs, { faces, measure, store }) } }
      : englishParagraph(runs, { faces, measure, names, store });
  return (
    <Text style={[style, styles.paragraph]} orphans={2} widows={2} {...props}>
      {/* The separator goes with the head: in one run, the font's contextual spacing closes ”： up. */}
      <Text style={styles.runIn}>{trackedText(texts[0])}</Text>
      {trackedText(texts[1])}
    </Text>
  );
}

/**
 * The second-to-last term's presence ahead: more than a page, so react-pdf moves it on with the last term whenever
 * the last term would not end on its page (item 14 stood alone on the last page of report.zh.pdf).
 */
const keepLastTerms = 10_000;

/** The glossary as an appendix; each entry carries the id the body's term links point to. */
export function GlossaryPages({ report, edition, margins, paper, accent, paging, faces }: LayoutProps) {
  const { styles, columnStyle } = usePdfStyles();
  const glossary = report.glossary;
  if (!glossary) return null;
  return (
    <Page size={[paper.width, paper.height]} style={[styles.page, { paddingTop: margins.top, paddingBottom: margins.bottom, paddingLeft: margins.inner, paddingRight: margins.outer }]}>
      <PageStart paging={paging} />
      <View id="glossary" {...({ bookmark: { title: bookmarkTitle(glossary.title, edition), fit: true } } as object)}>
        <HeadingRow title={glossary.title} depth={1} edition={edition} margins={margins} paper={paper} accent={accent} anchor="glossary" paging={paging} />
        {glossary.terms.map((term, index) => (
          <View key={term.id} id={term.id} style={styles.row} minPresenceAhead={index === glossary.terms.length - 2 ? keepLastTerms : 0}>
            {edition.langs.map((lang) => (
              <View key={lang} style={columnStyle(edition, { margins, paper }, lang)} {...sourceMark({ kind: 'term', lang, sources: positionsOf(term.text) })}>
                <TermText term={term} lang={lang} columns={edition.langs.length} width={columnStyle(edition, { margins, paper }, lang).width} faces={faces} names={report.names ?? []} />
              </View>
            ))}
          </View>
        ))}
      </View>
      <PageFrame edition={edition} margins={margins} paper={paper} paging={paging} faces={faces} head={(_, lang) => glossary.title[lang]?.text ?? ''} />
    </Page>
  );
}
