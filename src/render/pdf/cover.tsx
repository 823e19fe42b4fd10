import { Page, Text, View } from '@react-pdf/renderer';
import type { Lang } from '../../model/types.ts';
import { label } from '../../theme/labels.ts';
import { theme } from '../../theme/theme.ts';
import { formatDate } from './format-date.ts';
import type { LayoutProps } from './layout-props.ts';
import { setLang } from './paragraph-text.tsx';
import { headingFamily, text } from './styles.ts';

const { colour, print } = theme;

function CoverLang({ report, lang, first }: Pick<LayoutProps, 'report'> & { lang: Lang; first: boolean }) {
  const meta = report.meta[lang];
  if (!meta) return null;
  const body = { ...text[lang], textAlign: 'center' as const, lineHeight: 1.5 };
  const speaker = [meta.office, meta.speaker].filter(Boolean).join(lang === 'zh' ? '\u3000' : ', ');
  return (
    <View style={{ marginTop: first ? 0 : 34 }}>
      <Text style={{ fontFamily: headingFamily[lang], fontWeight: 700, fontSize: first ? print.title : print.h1 + 2, lineHeight: 1.35, textAlign: 'center', color: colour.accent }}>{setLang(meta.title, lang)}</Text>
      {meta.occasion ? <Text style={[body, { marginTop: 14, fontSize: print.body + 1 }]}>{setLang(meta.occasion, lang)}</Text> : null}
      {speaker ? <Text style={[body, { marginTop: 8, fontSize: print.body + 1 }]}>{setLang(speaker, lang)}</Text> : null}
    </View>
  );
}

/** The cover: no running head, no folio. */
export function Cover({ report, edition }: Pick<LayoutProps, 'report' | 'edition'>) {
  const langs = edition.langs;
  const date = report.meta.zh.date;
  return (
    <Page size="A4" style={{ paddingTop: 150, paddingBottom: 70, paddingHorizontal: 72, color: colour.ink }}>
      <View style={{ borderTopWidth: 2, borderTopColor: colour.accent, marginBottom: 40 }} />
      {langs.map((lang, index) => (
        <CoverLang key={lang} report={report} lang={lang} first={index === 0} />
      ))}
      <View style={{ position: 'absolute', left: 72, right: 72, bottom: 80, borderTopWidth: 0.75, borderTopColor: colour.rule, paddingTop: 12 }}>
        {langs.map((lang) => {
          const meta = report.meta[lang];
          const line = [meta?.publisher, date ? formatDate(date, lang) : undefined, label(edition.coverLabel, lang)].filter(Boolean).join(lang === 'zh' ? '\u3000' : ' · ');
          return (
            <Text key={lang} style={{ ...text[lang], fontFamily: headingFamily[lang], fontSize: print.small + 1, lineHeight: 1.6, textAlign: 'center', color: colour.muted }}>
              {setLang(line, lang)}
            </Text>
          );
        })}
      </View>
    </Page>
  );
}
