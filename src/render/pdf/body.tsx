import { View } from '@react-pdf/renderer';
import type { Block, Section } from '../../model/types.ts';
import { columnStyle } from './columns.ts';
import { bookmarkTitle, HeadingRow } from './headings.tsx';
import type { LayoutProps } from './layout-props.ts';
import { ParagraphText } from './paragraph-text.tsx';
import { keepWithNext, styles } from './styles.ts';

type BodyProps = Pick<LayoutProps, 'edition' | 'margins' | 'paging' | 'faces' | 'links'>;

/** A block as one row: each Chinese block level with its English partner. */
function BlockRow({ block, edition, margins, links, faces }: BodyProps & { block: Block }) {
  return (
    <View style={styles.row}>
      {edition.langs.map((lang) => (
        <View key={lang} style={columnStyle(edition, margins, lang)}>
          <ParagraphText block={block} lang={lang} links={links} columns={edition.langs.length} width={columnStyle(edition, margins, lang).width} faces={faces} />
        </View>
      ))}
    </View>
  );
}

export function Blocks({ blocks, ...props }: BodyProps & { blocks: Block[] }) {
  return blocks.map((block) => <BlockRow key={block.id} block={block} {...props} />);
}

/**
 * A part or section. A part's View carries its bookmark, so its sections nest under it in the outline; a section's
 * heading row carries its own, so that the row has earlier siblings and react-pdf's minPresenceAhead can move it
 * to the next page (it never moves a first child).
 */
export function SectionView({ section, ...props }: BodyProps & { section: Section }) {
  const bookmark = { title: bookmarkTitle(section.title, props.edition), fit: true };
  const heading = <HeadingRow title={section.title} depth={section.depth} edition={props.edition} margins={props.margins} anchor={section.id} paging={props.paging} />;
  if (section.depth === 2) {
    return (
      <>
        <View id={section.id} {...({ bookmark } as object)} minPresenceAhead={keepWithNext} wrap={false}>
          {heading}
        </View>
        <Blocks blocks={section.blocks} {...props} />
      </>
    );
  }
  // A part opens a page of its own (a Page per part), so its heading, the View's first child, never ends a page.
  return (
    <View id={section.id} {...({ bookmark } as object)}>
      {heading}
      <Blocks blocks={section.blocks} {...props} />
      {section.sections.map((child) => (
        <SectionView key={child.id} section={child} {...props} />
      ))}
    </View>
  );
}
