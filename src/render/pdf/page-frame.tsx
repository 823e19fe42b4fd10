import { Text, View } from '@react-pdf/renderer';
import type { Lang } from '../../model/types.ts';
import type { LayoutProps } from './layout-props.ts';
import { setLang } from './paragraph-text.tsx';
import { headingFamily, styles } from './styles.ts';

interface PageFrameProps extends Pick<LayoutProps, 'edition' | 'margins' | 'record'> {
  /** The running head of a page, per language. */
  head: (page: number, lang: Lang) => string;
}

/** Running head and folio; the folio sits at the outer corner, right on odd pages and left on even ones. */
export function PageFrame({ edition, margins, record, head }: PageFrameProps) {
  const side = { left: margins.inner, right: margins.outer };
  const langs = edition.langs;
  return (
    <>
      <View fixed style={[styles.header, side]}>
        {langs.map((lang, index) => (
          <Text
            key={lang}
            style={[styles.headerText, { fontFamily: headingFamily[lang], textAlign: langs.length > 1 && index === 1 ? 'right' : 'left' }]}
            render={({ pageNumber }) => setLang(head(pageNumber, lang), lang)}
          />
        ))}
      </View>
      {(['odd', 'even'] as const).map((parity) => (
        <Text
          key={parity}
          fixed
          style={[styles.folio, side, { textAlign: parity === 'odd' ? 'right' : 'left' }]}
          render={({ pageNumber, totalPages }) => {
            record('total', totalPages);
            return (pageNumber % 2 === 1) === (parity === 'odd') ? String(pageNumber) : '';
          }}
        />
      ))}
    </>
  );
}
