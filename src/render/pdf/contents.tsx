import { Link, Page, Text, View } from '@react-pdf/renderer';
import type { Bilingual, Heading, Section } from '../../model/types.ts';
import { label } from '../../theme/labels.ts';
import { theme } from '../../theme/theme.ts';
import { breakHeadingWord } from './break-words.ts';
import type { LayoutProps } from './layout-props.ts';
import { PageFrame } from './page-frame.tsx';
import { setLang } from './paragraph-text.tsx';
import { headingFamily, styles, text } from './styles.ts';

interface Entry {
  id: string;
  depth: 1 | 2;
  title: Bilingual<Heading>;
}

function entries(sections: Section[]): Entry[] {
  return sections.flatMap((section) => [{ id: section.id, depth: section.depth, title: section.title }, ...entries(section.sections)]);
}

/** Contents with the page numbers of the first pass; the number column has a fixed width so both passes lay out alike. */
export function Contents({ report, edition, margins, pages, record }: LayoutProps) {
  const all: Entry[] = [...entries(report.sections), ...(report.glossary ? [{ id: 'glossary', depth: 1 as const, title: report.glossary.title }] : [])];
  const title = edition.langs.map((lang) => label('contents', lang)).join('  ');
  return (
    <Page size="A4" style={[styles.page, { paddingTop: margins.top, paddingBottom: margins.bottom, paddingLeft: margins.inner, paddingRight: margins.outer }]}>
      <PageFrame edition={edition} margins={margins} record={record} head={(_, lang) => label('contents', lang)} />
      <View id="contents" {...({ bookmark: { title, fit: true } } as object)}>
        <Text style={[styles.h1, { fontFamily: headingFamily[edition.langs[0]], marginBottom: 18 }]}>{setLang(title, edition.langs[0])}</Text>
      </View>
      {all.map((entry) => (
        <Link key={entry.id} src={`#${entry.id}`} style={{ color: theme.colour.ink, textDecoration: 'none' }}>
          <View style={{ flexDirection: 'row', marginTop: entry.depth === 1 ? 9 : 3, paddingLeft: entry.depth === 1 ? 0 : 18 }} wrap={false}>
            <View style={{ flex: 1, paddingRight: 12 }}>
              {edition.langs.map((lang, index) => (
                <Text
                  key={lang}
                  hyphenationCallback={breakHeadingWord}
                  style={[text[lang], { fontFamily: entry.depth === 1 ? headingFamily[lang] : text[lang].fontFamily, fontWeight: entry.depth === 1 ? 700 : 400, lineHeight: 1.4, fontSize: index === 0 ? theme.print.body : theme.print.small, color: index === 0 ? theme.colour.ink : theme.colour.muted }]}
                >
                  {setLang(entry.title[lang]?.text ?? '', lang)}
                </Text>
              ))}
            </View>
            <Text style={[text[edition.langs[0]], { width: 28, textAlign: 'right', fontFamily: entry.depth === 1 ? headingFamily[edition.langs[0]] : text[edition.langs[0]].fontFamily, fontSize: theme.print.body, lineHeight: 1.4 }]}>{String(pages.get(entry.id) ?? 0)}</Text>
          </View>
        </Link>
      ))}
    </Page>
  );
}
