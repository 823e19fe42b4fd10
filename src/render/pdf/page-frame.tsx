import { Text, View } from '@react-pdf/renderer';
import type { Lang } from '../../model/types.ts';
import { columnWidths } from './columns.ts';
import type { LayoutProps } from './layout-props.ts';
import { setLang } from './paragraph-text.tsx';
import { fitRunningHead } from './running-head.ts';
import { headingFamily, styles } from './styles.ts';

interface PageFrameProps extends Pick<LayoutProps, 'edition' | 'margins' | 'pages'> {
  /** The running head of a page, per language. */
  head: (page: number, lang: Lang) => string;
}

/**
 * Running head and folio; the folio sits at the outer corner, right on odd pages and left on even ones. Each head
 * stands over its own column and is shortened to fit it, so the Chinese and English heads never meet.
 */
export function PageFrame({ edition, margins, pages, head }: PageFrameProps) {
  const side = { left: margins.inner, right: margins.outer };
  const langs = edition.langs;
  const widths = columnWidths(edition, margins);
  const fontSize = styles.headerText.fontSize;
  return (
    <>
      <View fixed style={[styles.header, side]}>
        {langs.map((lang, index) => (
          <Text
            key={lang}
            style={[styles.headerText, { width: widths[lang], fontFamily: headingFamily[lang], textAlign: langs.length > 1 && index === 1 ? 'right' : 'left' }]}
            render={({ pageNumber }) => setLang(fitRunningHead(head(pageNumber, lang), { lang, width: widths[lang], fontSize }), lang)}
          />
        ))}
      </View>
      {(['odd', 'even'] as const).map((parity) => (
        <Text
          key={parity}
          fixed
          style={[styles.folio, side, { textAlign: parity === 'odd' ? 'right' : 'left' }]}
          render={({ pageNumber, totalPages }) => {
            pages.set('total', totalPages);
            return (pageNumber % 2 === 1) === (parity === 'odd') ? String(pageNumber) : '';
          }}
        />
      ))}
    </>
  );
}
