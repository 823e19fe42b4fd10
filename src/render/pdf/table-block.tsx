import { Text, View } from '@react-pdf/renderer';
import { UserError } from '../../errors.ts';
import type { Block, Lang, Paragraph, Table } from '../../model/types.ts';
import { breakCellWord } from './break-words.ts';
import { useLayoutProblems } from './layout-problems.tsx';
import type { Faces } from './fonts.ts';
import type { LayoutProps } from './layout-props.ts';
import { setLang } from './paragraph-text.tsx';
import { sourceMark, tableRowPositions } from './source-map.ts';
import { usePdfStyles } from './styles.ts';
import { layoutTable, type TableLayout } from './table-columns.ts';

const PADDING = 3;
const MIN_SIZE = 6.5;
const LEADING: Record<Lang, number> = { zh: 1.5, en: 1.35 };

function TableView({ block, table, paragraph, lang, width, pageHeight, faces }: { block: Block; table: Table; paragraph: Paragraph; lang: Lang; width: number; pageHeight: number; faces: Faces }) {
  const { styles, text, print, colour } = usePdfStyles();
  // Table text: a size below the body, as printed reports set their tables; never below MIN_SIZE to fit.
  const fontSize = lang === 'zh' ? print.small + 1 : print.small + 0.5;
  const family = text[lang].fontFamily;
  const problems = useLayoutProblems();
  let layout: TableLayout;
  try {
    layout = layoutTable(table, {
      faces: { regular: faces.regular[family[0]], bold: faces.bold[family[0]] },
      measure: { width, fontSize, padding: PADDING, minFontSize: MIN_SIZE, lineHeight: LEADING[lang], keepRowHeight: pageHeight / 4 },
      position: paragraph.position,
    });
  } catch (error) {
    // Reported, not thrown: the build names every table that cannot fit, and React logs nothing.
    if (!(error instanceof UserError)) throw error;
    problems.report(error);
    return null;
  }
  const cellText = { fontFamily: family, fontSize: layout.fontSize, lineHeight: LEADING[lang], ...(lang === 'zh' ? { fontFeatureSettings: ['chws'] } : {}) };
  const rowView = (index: number) => {
    const row = table.rows[index];
    const header = index < table.headerRows;
    const rule = header ? { borderBottomWidth: 0.75, borderBottomColor: colour.ink } : index < table.rows.length - 1 ? { borderBottomWidth: 0.25, borderBottomColor: colour.rule } : {};
    return (
      // A row moves whole to the next page unless it is taller than a quarter of one: that one breaks inside its cells, never clipped.
      <View key={index} style={[{ flexDirection: 'row' }, rule]} wrap={layout.breakable[index]}>
        {layout.widths.map((cellWidth, column) => (
          <Text key={column} {...sourceMark({ kind: 'table-cell', lang, sources: tableRowPositions(block.text, index) })} hyphenationCallback={breakCellWord} style={[cellText, { width: cellWidth, paddingHorizontal: PADDING, paddingVertical: 2, fontWeight: header ? 700 : 400, textAlign: table.align[column] ?? 'left' }]}>
            {(row[column]?.inlines ?? []).map((inline, at) =>
              inline.type === 'strong' ? (
                <Text key={at} style={styles.runIn}>
                  {setLang(inline.value, lang)}
                </Text>
              ) : (
                setLang(inline.value, lang)
              ),
            )}
          </Text>
        ))}
      </View>
    );
  };
  const opening = table.rows.slice(0, table.headerRows + 1).map((_, index) => index);
  const rest = table.rows.slice(opening.length).map((_, index) => opening.length + index);
  return (
    <View style={{ width, borderTopWidth: 1, borderTopColor: colour.ink, borderBottomWidth: 1, borderBottomColor: colour.ink, marginBottom: 6 }}>
      {/* The header never ends a page: it moves with the first row, unless that row itself may break. */}
      <View wrap={opening.some((index) => layout.breakable[index])}>{opening.map(rowView)}</View>
      {rest.map(rowView)}
    </View>
  );
}

/**
 * A table over the whole text block, in each language of the edition: the Chinese table, then its English
 * partner under it (two tables side by side would leave each a few characters a column).
 */
export function TableBlock({ block, edition, margins, paper, faces }: Pick<LayoutProps, 'edition' | 'margins' | 'paper' | 'faces'> & { block: Block }) {
  const width = paper.width - margins.inner - margins.outer;
  return (
    <View style={{ marginTop: 2, marginBottom: 4 }}>
      {edition.langs.map((lang) => {
        const paragraph = block.text[lang];
        return paragraph?.table ? <TableView key={lang} block={block} table={paragraph.table} paragraph={paragraph} lang={lang} width={width} pageHeight={paper.height} faces={faces} /> : null;
      })}
    </View>
  );
}
