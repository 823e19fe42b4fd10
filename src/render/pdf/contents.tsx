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

const LEADING = 1.4;

/** Parts in the heading face, sections in the body face: for an entry's title and its page number alike. */
function entryFamily(entry: Entry, lang: Lang): string[] {
  return entry.depth === 1 ? headingFamily[lang] : text[lang].fontFamily;
}

/** A contents line of `lang`: parts bold. */
function entryStyle(entry: Entry, lang: Lang, fontSize: number) {
  return [text[lang], { fontFamily: entryFamily(entry, lang), fontWeight: entry.depth === 1 ? 700 : 400, lineHeight: LEADING, fontSize }];
}

/**
 * The page number of an entry, filled in by a `render` prop. It has no lineHeight: react-pdf resolves the style of
 * a dynamic text again at each relayout and multiplies a lineHeight every time, until no line fits. textkit puts a
 * baseline at a line's top plus the ascent, so a box whose top is one title line above the row's foot has its
 * baseline on the title's last one; the box is two em high (room for the font's natural line) and hangs below the
 * foot by the difference.
 */
function numberStyle(entry: Entry, lang: Lang, fontSize: number) {
  const height = 2 * fontSize;
  return { fontFamily: entryFamily(entry, lang), fontSize, fontWeight: 400, width: 28, height, marginBottom: LEADING * fontSize - height, textAlign: 'right' as const };
}

/** Contents with page numbers; a number is one line in a fixed-width column, so filling it in never moves a line. */
export function Contents({ report, edition, margins, pages }: LayoutProps) {
  const all: Entry[] = [...entries(report.sections), ...(report.glossary ? [{ id: 'glossary', depth: 1 as const, title: report.glossary.title }] : [])];
  const title = edition.langs.map((lang) => label('contents', lang)).join('  ');
  return (
    <Page size="A4" style={[styles.page, { paddingTop: margins.top, paddingBottom: margins.bottom, paddingLeft: margins.inner, paddingRight: margins.outer }]}>
      <PageFrame edition={edition} margins={margins} pages={pages} head={(_, lang) => label('contents', lang)} />
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
                <Text style={numberStyle(entry, first, theme.print.body)} render={() => String(pages.get(entry.id) ?? '')} />
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
