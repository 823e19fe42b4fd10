import { Document, Page } from '@react-pdf/renderer';
import type { Lang, Section } from '../../model/types.ts';
import { Blocks, SectionView } from './body.tsx';
import { Contents } from './contents.tsx';
import { Cover } from './cover.tsx';
import { GlossaryPages } from './glossary-pages.tsx';
import type { LayoutProps } from './layout-props.ts';
import { PageFrame, PageStart } from './page-frame.tsx';
import { usePdfStyles } from './styles.ts';

export interface DocumentInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  /** CreationDate and ModDate (the latter set with pdf-lib: see buildEdition). */
  date: Date;
}

/** The running head of a body page: the part that has begun on or before it. */
function partHead(sections: Section[], pages: Map<string, number>, fallback: (lang: Lang) => string) {
  return (page: number, lang: Lang): string => {
    const current = sections.filter((section) => (pages.get(section.id) ?? Infinity) <= page).at(-1);
    return current?.title[lang]?.text ?? fallback(lang);
  };
}

/** Cover, body, appendices, glossary and contents of one edition: the contents comes last, and moves after the cover once drawn (see Paging). */
export function ReportDocument({ info, onLayout, ...props }: LayoutProps & { info: DocumentInfo; onLayout: (layout: object) => void }) {
  const { styles } = usePdfStyles();
  const { report, edition, margins, paper } = props;
  const names = report.names ?? [];
  const parts: Array<Section | undefined> = report.sections.length > 0 ? report.sections : [undefined];
  const pageStyle = [styles.page, { paddingTop: margins.top, paddingBottom: margins.bottom, paddingLeft: margins.inner, paddingRight: margins.outer }];
  const head = partHead([...report.sections, ...report.appendices], props.paging.sections, (lang) => report.meta[lang]?.title ?? '');
  return (
    <Document
      title={info.title}
      author={info.author}
      subject={info.subject}
      keywords={info.keywords}
      creator="report-press"
      producer="report-press"
      language={edition.language}
      pageMode="useOutlines"
      creationDate={info.date}
      onRender={(rendered) => onLayout((rendered as { _INTERNAL__LAYOUT__DATA_: object })._INTERNAL__LAYOUT__DATA_)}
    >
      <Cover report={report} edition={edition} paper={paper} accent={props.accent} labels={props.labels} />
      {parts.map((part, index) => (
        // One Page per part: react-pdf paginates each Page on its own, so the cost grows with the parts, not their square.
        <Page key={part?.id ?? 'body'} size={[paper.width, paper.height]} style={pageStyle}>
          <PageStart paging={props.paging} part="body" />
          {index === 0 && <Blocks blocks={report.opening} names={names} {...props} />}
          {part && <SectionView section={part} names={names} {...props} />}
          {index === parts.length - 1 && <Blocks blocks={report.closing} names={names} {...props} />}
          <PageFrame edition={edition} margins={margins} paper={paper} paging={props.paging} faces={props.faces} head={head} />
        </Page>
      ))}
      {report.appendices.map((appendix) => (
        // Back matter: each appendix opens a page after the closing, before the glossary, outside the numbered parts.
        <Page key={appendix.id} size={[paper.width, paper.height]} style={pageStyle}>
          <PageStart paging={props.paging} part="body" />
          <SectionView section={appendix} names={names} {...props} />
          <PageFrame edition={edition} margins={margins} paper={paper} paging={props.paging} faces={props.faces} head={head} />
        </Page>
      ))}
      <GlossaryPages {...props} />
      <Contents {...props} />
    </Document>
  );
}
