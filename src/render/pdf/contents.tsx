import { Canvas, Link, Page, Text, View } from '@react-pdf/renderer';
import type { Bilingual, Heading, Lang, Report, Section } from '../../model/types.ts';
import { breakHeadingWord } from './break-words.ts';
import { headingRuns, narrowOpening } from './headings.tsx';
import type { LayoutProps } from './layout-props.ts';
import { drawText, PageFrame, PageStart, type Painter } from './page-frame.tsx';
import { setLang } from './paragraph-text.tsx';
import { headingFamily, type PdfStyles, usePdfStyles } from './styles.ts';

export interface Entry {
  id: string;
  depth: 1 | 2;
  title: Bilingual<Heading>;
}

/** Parts and their sections; numbered item headings (depth 3) are in the outline only, as a contents of dozens of them would not help. */
function sectionEntries(sections: Section[]): Entry[] {
  return sections.filter((section) => section.depth < 3).flatMap((section) => [{ id: section.id, depth: section.depth as 1 | 2, title: section.title }, ...sectionEntries(section.sections)]);
}

const LEADING = 1.4;

/** Parts in the heading face, sections in the body face: for an entry's title and its page number alike. */
function entryFamily(entry: Entry, lang: Lang, text: PdfStyles['text']): string[] {
  return entry.depth === 1 ? headingFamily[lang] : text[lang].fontFamily;
}

/** A contents line of `lang`: parts bold. */
function entryStyle(entry: Entry, lang: Lang, options: { fontSize: number; text: PdfStyles['text'] }) {
  const { fontSize, text } = options;
  return [text[lang], { fontFamily: entryFamily(entry, lang, text), fontWeight: entry.depth === 1 ? 700 : 400, lineHeight: LEADING, fontSize }];
}

/** What the contents lists: the parts and their sections, the appendices and the glossary (all the contents is laid out from, besides the pages). */
export function contentsEntries(report: Report): Entry[] {
  const appendices: Entry[] = report.appendices.map((appendix) => ({ id: appendix.id, depth: 1, title: appendix.title }));
  return [...sectionEntries(report.sections), ...appendices, ...(report.glossary ? [{ id: 'glossary', depth: 1 as const, title: report.glossary.title }] : [])];
}

/**
 * Contents with page numbers. Laid out after the body (see Paging), so each number is drawn from the pages the
 * headings noted while the body was drawn; the numbers stand in boxes of their own, so they never change its pages.
 */
export function Contents({ report, edition, margins, paper, accent, paging, faces, labels }: LayoutProps) {
  const all = contentsEntries(report);
  const title = edition.langs.map((lang) => labels.text('contents', lang)).join('  ');
  const { styles, text, print, colour } = usePdfStyles();
  // The box of an entry's page number: one title line high, its foot on the title's foot, so the baselines meet.
  const numberBox = { width: 28, height: LEADING * print.body };
  return (
    <Page size={[paper.width, paper.height]} style={[styles.page, { paddingTop: margins.top, paddingBottom: margins.bottom, paddingLeft: margins.inner, paddingRight: margins.outer }]}>
      <PageStart paging={paging} />
      <Text style={[styles.h1, { color: accent, fontFamily: headingFamily[edition.langs[0]], marginBottom: 18 }]}>{setLang(title, edition.langs[0])}</Text>
      {all.map((entry) => {
        const [first, ...rest] = edition.langs;
        return (
          <Link key={entry.id} src={`#${entry.id}`} style={{ color: colour.ink, textDecoration: 'none' }}>
            <View style={{ marginTop: entry.depth === 1 ? 9 : 3, paddingLeft: entry.depth === 1 ? 0 : 18 }} wrap={false}>
              {/* Bottoms aligned: the page number sits on the title's last line, as in a book. */}
              <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
                <Text hyphenationCallback={breakHeadingWord} style={[entryStyle(entry, first, { fontSize: print.body, text }), { flex: 1, paddingRight: 12 }, narrowOpening(entry.title[first]?.text ?? '', first, print.body)]}>
                  {entry.depth === 1 ? headingRuns(entry.title[first]?.text ?? '', first) : setLang(entry.title[first]?.text ?? '', first)}
                </Text>
                <Canvas
                  style={numberBox}
                  paint={(painter: Painter) => {
                    const font = faces.regular[entryFamily(entry, first, text)[0]];
                    drawText(painter, String(paging.numbers.get(entry.id) ?? ''), { font, fontSize: print.body, colour: colour.ink, x: numberBox.width, y: 0, align: 'right' });
                    return null;
                  }}
                />
              </View>
              {rest.map((lang) => (
                <Text key={lang} hyphenationCallback={breakHeadingWord} style={[entryStyle(entry, lang, { fontSize: print.small, text }), { paddingRight: 40, color: colour.muted }]}>
                  {setLang(entry.title[lang]?.text ?? '', lang)}
                </Text>
              ))}
            </View>
          </Link>
        );
      })}
      <PageFrame edition={edition} margins={margins} paper={paper} paging={paging} faces={faces} head={(_, lang) => labels.text('contents', lang)} />
    </Page>
  );
}
