import { Text, View } from '@react-pdf/renderer';
import type { Bilingual, Heading } from '../../model/types.ts';
import { breakHeadingWord } from './break-words.ts';
import { columnStyle } from './columns.ts';
import type { Edition, PageMargins } from './edition.ts';
import { setLang } from './paragraph-text.tsx';
import { headingFamily, keepWithNext, styles } from './styles.ts';

/** The outline title of a heading: both languages in the bilingual edition. */
export function bookmarkTitle(title: Bilingual<Heading>, edition: Edition): string {
  return edition.langs.map((lang) => title[lang]?.text ?? '').filter(Boolean).join('  ');
}

interface HeadingRowProps {
  title: Bilingual<Heading>;
  depth: 1 | 2;
  edition: Edition;
  margins: PageMargins;
  /** Called with the page the heading lands on. */
  onPage: (page: number) => void;
}

/** A heading in each language of the edition, kept with what follows it. */
export function HeadingRow({ title, depth, edition, margins, onPage }: HeadingRowProps) {
  const style = depth === 1 ? styles.h1 : styles.h2;
  return (
    <View style={[styles.row, depth === 1 ? styles.h1Block : styles.h2Block]} minPresenceAhead={keepWithNext} wrap={false}>
      <Text
        style={styles.marker}
        render={({ pageNumber }) => {
          onPage(pageNumber);
          return ' ';
        }}
      />
      {edition.langs.map((lang) => (
        <View key={lang} style={columnStyle(edition, margins, lang)}>
          <Text hyphenationCallback={breakHeadingWord} style={[style, { fontFamily: headingFamily[lang], fontSize: style.fontSize - (lang === 'en' ? 1.5 : 0) }]}>{setLang(title[lang]?.text ?? '', lang)}</Text>
        </View>
      ))}
    </View>
  );
}
