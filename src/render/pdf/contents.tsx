import { Link, Page, Text, View } from '@react-pdf/renderer';
import type { Bilingual, Heading, Lang, Section } from '../../model/types.ts';
import { label } from '../../theme/labels.ts';
import { theme } from '../../theme/theme.ts';
import { breakHeadingWord } from './break-words.ts';
import { narrowOpening } from './headings.tsx';
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

/** A contents line of `lang`: parts in the heading face and bold, sections in the body face. */
function entryStyle(entry: Entry, lang: Lang, fontSize: number) {
  const part = entry.depth === 1;
  return [text[lang], { fontFamily: part ? headingFamily[lang] : text[lang].fontFamily, fontWeight: part ? 700 : 400, lineHeight: 1.4, fontSize }];
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
      {all.map((entry) => {
        const [first, ...rest] = edition.langs;
        return (
          <Link key={entry.id} src={`#${entry.id}`} style={{ color: theme.colour.ink, textDecoration: 'none' }}>
            <View style={{ marginTop: entry.depth === 1 ? 9 : 3, paddingLeft: entry.depth === 1 ? 0 : 18 }} wrap={false}>
              {/* Bottoms aligned: the page number sits on the title's last line, as in a book. */}
              <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
                <Text hyphenationCallback={breakHeadingWord} style={[entryStyle(entry, first, theme.print.body), { flex: 1, paddingRight: 12 }, narrowOpening(entry.title[first]?.text ?? '', first, theme.print.body)]}>
                  {setLang(entry.title[first]?.text ?? '', first)}
                </Text>
                <Text style={[entryStyle(entry, first, theme.print.body), { width: 28, textAlign: 'right', fontWeight: 400 }]}>{String(pages.get(entry.id) ?? 0)}</Text>
              </View>
              {rest.map((lang) => (
                <Text key={lang} hyphenationCallback={breakHeadingWord} style={[entryStyle(entry, lang, theme.print.small), { paddingRight: 40, color: theme.colour.muted }]}>
                  {setLang(entry.title[lang]?.text ?? '', lang)}
                </Text>
              ))}
            </View>
          </Link>
        );
      })}
    </Page>
  );
}
