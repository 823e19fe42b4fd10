import { Canvas, Text, View } from '@react-pdf/renderer';
import type { Bilingual, Heading, Lang, SectionDepth } from '../../model/types.ts';
import { headingBreaker } from './break-words.ts';
import type { Paper } from './columns.ts';
import type { Edition, PageMargins } from './edition.ts';
import type { Paging } from './paging.ts';
import { halfWidthRuns } from './half-width.ts';
import { setLang } from './paragraph-text.tsx';
import { positionsOf, sourceMark } from './source-map.ts';
import { halfWidth, headingFamily, usePdfStyles } from './styles.ts';

/** The outline title of a heading: both languages in the bilingual edition. */
export function bookmarkTitle(title: Bilingual<Heading>, edition: Edition): string {
  return edition.langs.map((lang) => title[lang]?.text ?? '').filter(Boolean).join('  ');
}

interface HeadingRowProps {
  title: Bilingual<Heading>;
  depth: SectionDepth;
  edition: Edition;
  margins: PageMargins;
  paper: Paper;
  /** A part's title colour. */
  accent: string;
  /** The anchor whose page the heading notes when it is drawn. */
  anchor: string;
  paging: Paging;
}

/** clreq: opening brackets and quotes, whose full-width glyph leaves a blank half-em on their left. */
const OPENING = /^[（《「『“‘〈【〔〖]/u;

/**
 * A Chinese title opening with a bracket or quote starts half an em to the left (its full-width glyph is blank on the
 * left), so a heading such as （一） is not indented; on the first line only. The font's halt feature would do it, but
 * react-pdf draws a glyph's x offset at a thousandth of its size (render's renderGlyphs scales xOffset the wrong way).
 */
export function narrowOpening(value: string, lang: Lang, fontSize: number) {
  return lang === 'zh' && OPENING.test(value) ? { textIndent: -fontSize / 2 } : {};
}

/** A title as react-pdf children: Chinese in the heading face with its closing marks before another mark half-width (see halfWidthRuns). */
export function headingRuns(value: string, lang: Lang) {
  if (lang !== 'zh') return setLang(value, lang);
  return halfWidthRuns(setLang(value, lang)).map((run, index) =>
    run.half ? (
      <Text key={index} style={halfWidth}>
        {run.text}
      </Text>
    ) : (
      run.text
    ),
  );
}

/**
 * A heading in each language of the edition, kept with what follows it. A numbered item heading (depth 3) is set in
 * the body face, bold, a little larger than the body; English parts and sections a size smaller than Chinese ones.
 */
export function HeadingRow({ title, depth, edition, margins, paper, accent, anchor, paging }: HeadingRowProps) {
  const { styles, text, headings, keepWithNext, columnStyle, columnWidths } = usePdfStyles();
  const { text: style, block } = headings[depth];
  return (
    <View style={[styles.row, block]} minPresenceAhead={keepWithNext} wrap={false}>
      <Canvas
        style={styles.marker}
        paint={() => {
          paging.noteHeading(anchor);
          return null;
        }}
      />
      {edition.langs.map((lang) => {
        const value = title[lang]?.text ?? '';
        const face = depth === 3 ? { fontFamily: text[lang].fontFamily, fontFeatureSettings: text[lang].fontFeatureSettings } : { fontFamily: headingFamily[lang] };
        return (
          <View key={lang} style={columnStyle(edition, { margins, paper }, lang)} {...sourceMark({ kind: 'heading', lang, sources: positionsOf(title) })}>
            <Text
              hyphenationCallback={headingBreaker(Math.floor(columnWidths(edition, { margins, paper })[lang] / style.fontSize))}
              style={[style, face, depth === 1 ? { color: accent } : {}, { fontSize: style.fontSize - (lang === 'en' && depth < 3 ? 1.5 : 0) }, narrowOpening(value, lang, style.fontSize)]}
            >
              {depth === 3 ? setLang(value, lang) : headingRuns(value, lang)}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
