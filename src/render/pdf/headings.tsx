import { Text, View } from '@react-pdf/renderer';
import type { Bilingual, Heading, Lang } from '../../model/types.ts';
import { breakHeadingWord } from './break-words.ts';
import type { Edition } from './edition.ts';
import { setLang } from './paragraph-text.tsx';
import { headingFamily, keepWithNext, styles } from './styles.ts';

/** The outline title of a heading: both languages in the bilingual edition. */
export function bookmarkTitle(title: Bilingual<Heading>, edition: Edition): string {
  return edition.langs.map((lang) => title[lang]?.text ?? '').filter(Boolean).join('  ');
}

/** Columns of a row: side by side in the bilingual edition, full width otherwise. */
export function columnStyle(edition: Edition, lang: Lang) {
  if (edition.langs.length === 1) return styles.single;
  return lang === 'zh' ? styles.zhColumn : styles.enColumn;
}

interface HeadingRowProps {
  title: Bilingual<Heading>;
  depth: 1 | 2;
  edition: Edition;
  /** Called with the page the heading lands on. */
  onPage: (page: number) => void;
}

/** A heading in each language of the edition, kept with what follows it. */
export function HeadingRow({ title, depth, edition, onPage }: HeadingRowProps) {
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
        <View key={lang} style={columnStyle(edition, lang)}>
          <Text hyphenationCallback={breakHeadingWord} style={[style, { fontFamily: headingFamily[lang], fontSize: style.fontSize - (lang === 'en' ? 1.5 : 0) }]}>{setLang(title[lang]?.text ?? '', lang)}</Text>
        </View>
      ))}
    </View>
  );
}
