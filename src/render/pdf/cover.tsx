import { Image, Page, Text, View } from '@react-pdf/renderer';
import type { Lang } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';
import { A4_POINTS, defaultPrintSettings } from '../../model/print-defaults.ts';
import { breakHeadingWord } from './break-words.ts';
import { formatDate } from './format-date.ts';
import type { LayoutProps } from './layout-props.ts';
import { setLang } from './paragraph-text.tsx';
import { headingFamily, usePdfStyles } from './styles.ts';

function CoverLang({ report, lang, first, accent }: Pick<LayoutProps, 'report'> & { lang: Lang; first: boolean; accent: string }) {
  const { text, print, colour } = usePdfStyles();
  const meta = report.meta[lang];
  if (!meta?.title) return null;
  const body = { ...text[lang], textAlign: 'center' as const, lineHeight: 1.5, fontSize: print.body + 1 };
  const speaker = [meta.office, meta.speaker].filter(Boolean).join(lang === 'zh' ? '\u3000' : ', ');
  return (
    <View style={{ marginTop: first ? 0 : 40 }}>
      <Text
        hyphenationCallback={breakHeadingWord}
        style={{ fontFamily: headingFamily[lang], fontWeight: 700, fontSize: first ? print.title : print.h1 + 2, lineHeight: 1.35, textAlign: 'center', color: first ? accent : colour.ink }}
      >
        {setLang(meta.title, lang)}
      </Text>
      {meta.occasion ? <Text style={[body, { marginTop: first ? 18 : 12 }]}>{setLang(meta.occasion, lang)}</Text> : null}
      {speaker ? <Text style={[body, { marginTop: 6 }]}>{setLang(speaker, lang)}</Text> : null}
    </View>
  );
}

/** The edition in each of its languages; a report without a title gets it as the cover's headline instead of a blank page. */
function EditionLabel({ langs, coverLabel, headline, accent, labels }: { langs: Lang[]; coverLabel: string; headline: boolean; accent: string; labels: Labels }) {
  const { print, colour } = usePdfStyles();
  return (
    <View style={{ flexDirection: 'row', justifyContent: 'center', marginTop: headline ? 48 : 12, marginBottom: headline ? 0 : 44 }}>
      {langs.map((lang, index) => (
        <Text
          key={lang}
          style={{ fontFamily: headingFamily[lang], fontWeight: headline ? 700 : 400, fontSize: headline ? print.title : print.small + 0.5, letterSpacing: lang === 'zh' ? (headline ? 4 : 1) : 0, color: headline ? accent : colour.muted, marginLeft: index > 0 ? (headline ? 24 : 12) : 0 }}
        >
          {setLang(labels.text(coverLabel, lang), lang)}
        </Text>
      ))}
    </View>
  );
}

/** The emblem's height on the cover, in points (2 cm), above the edition label. */
const EMBLEM_HEIGHT = 56;

/**
 * The cover: no running head, no folio. Its spacing was set for A4 and scales with the paper's width; the print
 * settings give its colour, emblem and publisher line.
 */
export function Cover({ report, edition, paper, accent, labels }: Pick<LayoutProps, 'report' | 'edition' | 'paper' | 'accent' | 'labels'>) {
  const { text, print, colour } = usePdfStyles();
  const langs = edition.langs;
  const settings = report.print ?? defaultPrintSettings();
  const scale = paper.width / A4_POINTS.width;
  const date = report.meta.zh.date;
  const titled = langs.some((lang) => report.meta[lang]?.title);
  const footer = langs
    .map((lang) => [settings.publisher[lang] ?? report.meta[lang]?.publisher, date ? formatDate(date, lang) : undefined].filter(Boolean).join(lang === 'zh' ? '\u3000' : ' · '))
    .map((line, index) => ({ lang: langs[index], line }))
    .filter(({ line }) => line !== '');
  return (
    <Page size={[paper.width, paper.height]} style={{ paddingTop: (settings.emblem ? 150 - EMBLEM_HEIGHT - 16 : 150) * scale, paddingBottom: 70 * scale, paddingHorizontal: 72 * scale, color: colour.ink }}>
      {settings.emblem ? <Image src={{ data: Buffer.from(settings.emblem.data, 'base64'), format: settings.emblem.format }} style={{ height: EMBLEM_HEIGHT, objectFit: 'contain', marginBottom: 16 }} /> : null}
      <View style={{ borderTopWidth: 2, borderTopColor: accent }} />
      <EditionLabel langs={langs} coverLabel={edition.coverLabel} headline={!titled} accent={accent} labels={labels} />
      {langs.map((lang, index) => (
        <CoverLang key={lang} report={report} lang={lang} first={index === 0} accent={accent} />
      ))}
      {titled ? null : <View style={{ borderTopWidth: 0.75, borderTopColor: colour.rule, marginTop: 48, marginHorizontal: 150 }} />}
      {footer.length > 0 ? (
        <View style={{ position: 'absolute', left: 72 * scale, right: 72 * scale, bottom: 80 * scale, borderTopWidth: 0.75, borderTopColor: colour.rule, paddingTop: 12 }}>
          {footer.map(({ lang, line }) => (
            <Text key={lang} style={{ ...text[lang], fontFamily: headingFamily[lang], fontSize: print.small + 1, lineHeight: 1.6, textAlign: 'center', color: colour.muted }}>
              {setLang(line, lang)}
            </Text>
          ))}
        </View>
      ) : null}
    </Page>
  );
}
