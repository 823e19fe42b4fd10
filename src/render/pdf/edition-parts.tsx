import { Page } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { Lang, Section } from '../../model/types.ts';
import { Blocks, SectionView } from './body.tsx';
import { Contents, contentsEntries } from './contents.tsx';
import { Cover } from './cover.tsx';
import { GlossaryPages } from './glossary-pages.tsx';
import type { LayoutProps } from './layout-props.ts';
import { PageFrame, PageStart } from './page-frame.tsx';
import type { Paging } from './paging.ts';
import { usePdfStyles } from './styles.ts';

/** One part of an edition: it opens a page and is laid out as a PDF of its own (see build-edition.tsx). */
export interface EditionPart {
  /** Names the part; unique in its edition. */
  id: string;
  /** What the part is laid out from, besides what every part shares: its cache key (never the page it starts on). */
  content: unknown;
  /** The part's pages, numbered from its Paging. */
  pages: (paging: Paging) => ReactElement;
}

type PartProps = Omit<LayoutProps, 'paging'>;

/** The running head of a body page: the part that has begun on or before it, else the report's title. */
function partHead(sections: Section[], pages: Map<string, number>, fallback: (lang: Lang) => string) {
  return (page: number, lang: Lang): string => {
    const current = sections.filter((section) => (pages.get(section.id) ?? Infinity) <= page).at(-1);
    return current?.title[lang]?.text ?? fallback(lang);
  };
}

/** Pages of `section` (a part or an appendix), with the opening before the first part and the closing after the last. */
function SectionPages({ section, opening, closing, paging, ...props }: PartProps & { section?: Section; opening: boolean; closing: boolean; paging: Paging }) {
  const { styles } = usePdfStyles();
  const { report, edition, margins, paper } = props;
  const names = report.names ?? [];
  const pageStyle = [styles.page, { paddingTop: margins.top, paddingBottom: margins.bottom, paddingLeft: margins.inner, paddingRight: margins.outer }];
  const head = partHead(section ? [section] : [], paging.sections, (lang) => report.meta[lang]?.title ?? '');
  return (
    <Page size={[paper.width, paper.height]} style={pageStyle}>
      <PageStart paging={paging} />
      {opening && <Blocks blocks={report.opening} names={names} {...props} paging={paging} />}
      {section && <SectionView section={section} names={names} {...props} paging={paging} />}
      {closing && <Blocks blocks={report.closing} names={names} {...props} paging={paging} />}
      <PageFrame edition={edition} margins={margins} paper={paper} paging={paging} faces={props.faces} head={head} />
    </Page>
  );
}

/**
 * The parts of an edition after the cover and the contents, in order: one per part of the report (the opening goes
 * with the first, the closing with the last), one per appendix (back matter, after the closing), and the glossary.
 */
export function bodyParts(props: PartProps): EditionPart[] {
  const { report } = props;
  const sections: Array<Section | undefined> = report.sections.length > 0 ? report.sections : [undefined];
  const meta = report.meta;
  const parts = sections.map((section, index): EditionPart => {
    const opening = index === 0;
    const closing = index === sections.length - 1;
    return {
      id: section?.id ?? 'body',
      content: { section, meta, opening: opening ? report.opening : [], closing: closing ? report.closing : [] },
      pages: (paging) => <SectionPages section={section} opening={opening} closing={closing} paging={paging} {...props} />,
    };
  });
  const appendices = report.appendices.map(
    (appendix): EditionPart => ({
      id: appendix.id,
      content: { appendix, meta },
      pages: (paging) => <SectionPages section={appendix} opening={false} closing={false} paging={paging} {...props} />,
    }),
  );
  const glossary: EditionPart[] = report.glossary ? [{ id: 'glossary', content: report.glossary, pages: (paging) => <GlossaryPages {...props} paging={paging} /> }] : [];
  return [...parts, ...appendices, ...glossary];
}

/** The cover: no running head, no folio. */
export function coverPart(props: PartProps): EditionPart {
  const { report } = props;
  return { id: 'cover', content: report.meta, pages: () => <Cover report={report} edition={props.edition} paper={props.paper} accent={props.accent} labels={props.labels} /> };
}

/** The contents, laid out after the body: its page numbers come from the pages the body's headings were drawn on. */
export function contentsPart(props: PartProps, numbers: Map<string, number>): EditionPart {
  return { id: 'contents', content: { entries: contentsEntries(props.report), numbers: [...numbers] }, pages: (paging) => <Contents {...props} paging={paging} /> };
}
