import { Page, Text, View } from '@react-pdf/renderer';
import type { Lang } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';
import { theme } from '../../theme/theme.ts';
import { breakHeadingWord } from './break-words.ts';
import { formatDate } from './format-date.ts';
import type { LayoutProps } from './layout-props.ts';
import { setLang } from './paragraph-text.tsx';
import { headingFamily, text } from './styles.ts';

const { colour, print } = theme;

function CoverLang({ report, lang, first }: Pick<LayoutProps, 'report'> & { lang: Lang; first: boolean }) {
  const meta = report.meta[lang];
  if (!meta?.title) return null;
  const body = { ...text[lang], textAlign: 'center' as const, lineHeight: 1.5, fontSize: print.body + 1 };
  const speaker = [meta.office, meta.speaker].filter(Boolean).join(lang === 'zh' ? '\u3000' : ', ');
  return (
    <View style={{ marginTop: first ? 0 : 40 }}>
      <Text
        hyphenationCallback={breakHeadingWord}
        style={{ fontFamily: headingFamily[lang], fontWeight: 700, fontSize: first ? print.title : print.h1 + 2, lineHeight: 1.35, textAlign: 'center', color: first ? colour.accent : colour.ink }}
      >
        {setLang(meta.title, lang)}
      </Text>
      {meta.occasion ? <Text style={[body, { marginTop: first ? 18 : 12 }]}>{setLang(meta.occasion, lang)}</Text> : null}
      {speaker ? <Text style={[body, { marginTop: 6 }]}>{setLang(speaker, lang)}</Text> : null}
    </View>
  );
}

/** The edition in each of its languages; a report without a title gets it as the cover's headline instead of a blank page. */
function EditionLabel({ langs, coverLabel, headline, labels }: { langs: Lang[]; coverLabel: string; headline: boolean; labels: Labels }) {
  return (
    <View style={{ flexDirection: 'row', justifyContent: 'center', marginTop: headline ? 48 : 12, marginBottom: headline ? 0 : 44 }}>
      {langs.map((lang, index) => (
        <Text
          key={lang}
          style={{ fontFamily: headingFamily[lang], fontWeight: headline ? 700 : 400, fontSize: headline ? print.title : print.small + 0.5, letterSpacing: lang === 'zh' ? (headline ? 4 : 1) : 0, color: headline ? colour.accent : colour.muted, marginLeft: index > 0 ? (headline ? 24 : 12) : 0 }}
        >
          {setLang(labels.text(coverLabel, lang), lang)}
        </Text>
      ))}
    </View>
  );
}

/** The cover: no running head, no folio. */
export function Cover({ report, edition, labels }: Pick<LayoutProps, 'report' | 'edition' | 'labels'>) {
  const langs = edition.langs;
  const date = report.meta.zh.date;
  const titled = langs.some((lang) => report.meta[lang]?.title);
  const footer = langs
    .map((lang) => [report.meta[lang]?.publisher, date ? formatDate(date, lang) : undefined].filter(Boolean).join(lang === 'zh' ? '\u3000' : ' · '))
    .map((line, index) => ({ lang: langs[index], line }))
    .filter(({ line }) => line !== '');
  return (
    <Page size="A4" style={{ paddingTop: 150, paddingBottom: 70, paddingHorizontal: 72, color: colour.ink }}>
      <View style={{ borderTopWidth: 2, borderTopColor: colour.accent }} />
      <EditionLabel langs={langs} coverLabel={edition.coverLabel} headline={!titled} labels={labels} />
      {langs.map((lang, index) => (
        <CoverLang key={lang} report={report} lang={lang} first={index === 0} />
      ))}
      {titled ? null : <View style={{ borderTopWidth: 0.75, borderTopColor: colour.rule, marginTop: 48, marginHorizontal: 150 }} />}
      {footer.length > 0 ? (
        <View style={{ position: 'absolute', left: 72, right: 72, bottom: 80, borderTopWidth: 0.75, borderTopColor: colour.rule, paddingTop: 12 }}>
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
