import { View } from '@react-pdf/renderer';
import type { Block, Section } from '../../model/types.ts';
import { bookmarkTitle, HeadingRow } from './headings.tsx';
import type { LayoutProps } from './layout-props.ts';
import { ParagraphText } from './paragraph-text.tsx';
import { positionsOf, sourceMark } from './source-map.ts';
import { usePdfStyles } from './styles.ts';
import { TableBlock } from './table-block.tsx';

/** `names`: the report's proper names, never hyphenated (Report.names). */
type BodyProps = Pick<LayoutProps, 'edition' | 'margins' | 'paper' | 'accent' | 'paging' | 'faces' | 'links'> & { names: string[] };

/** A block as one row: each Chinese block level with its English partner. */
function BlockRow({ block, edition, margins, paper, links, faces, names }: BodyProps & { block: Block }) {
  const { styles, columnStyle } = usePdfStyles();
  return (
    <View style={styles.row}>
      {edition.langs.map((lang) => (
        <View key={lang} style={columnStyle(edition, { margins, paper }, lang)} {...sourceMark({ kind: block.kind, lang, sources: positionsOf(block.text) })}>
          <ParagraphText block={block} lang={lang} links={links} columns={edition.langs.length} width={columnStyle(edition, { margins, paper }, lang).width} faces={faces} names={names} />
        </View>
      ))}
    </View>
  );
}

export function Blocks({ blocks, ...props }: BodyProps & { blocks: Block[] }) {
  return blocks.map((block) => (block.kind === 'table' ? <TableBlock key={block.id} block={block} {...props} /> : <BlockRow key={block.id} block={block} {...props} />));
}

/**
 * A part, appendix, section or numbered item heading. A part's View carries its bookmark, so what stands in it
 * nests under it in the outline; a section's or item's heading row carries its own, so that the row has earlier
 * siblings and react-pdf's minPresenceAhead can move it to the next page (it never moves a first child). An item
 * under a section names the section's bookmark as its parent (react-pdf takes `ref` and `parent` from the prop).
 */
export function SectionView({ section, parent, ...props }: BodyProps & { section: Section; parent?: Section }) {
  const { keepWithNext } = usePdfStyles();
  const bookmark = { title: bookmarkTitle(section.title, props.edition), fit: true, ref: section.id, ...(parent?.depth === 2 ? { parent: parent.id } : {}) };
  const heading = <HeadingRow title={section.title} depth={section.depth} edition={props.edition} margins={props.margins} paper={props.paper} accent={props.accent} anchor={section.id} paging={props.paging} />;
  const children = section.sections.map((child) => <SectionView key={child.id} section={child} parent={section} {...props} />);
  if (section.depth > 1) {
    return (
      <>
        <View id={section.id} {...({ bookmark } as object)} minPresenceAhead={keepWithNext} wrap={false}>
          {heading}
        </View>
        <Blocks blocks={section.blocks} {...props} />
        {children}
      </>
    );
  }
  // A part opens a page of its own (a Page per part), so its heading, the View's first child, never ends a page.
  return (
    <View id={section.id} {...({ bookmark } as object)}>
      {heading}
      <Blocks blocks={section.blocks} {...props} />
      {children}
    </View>
  );
}
