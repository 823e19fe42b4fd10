import { View } from '@react-pdf/renderer';
import type { Block, Section } from '../../model/types.ts';
import { bookmarkTitle, columnStyle, HeadingRow } from './headings.tsx';
import type { LayoutProps } from './layout-props.ts';
import { ParagraphText } from './paragraph-text.tsx';
import { styles } from './styles.ts';

type BodyProps = Pick<LayoutProps, 'edition' | 'record' | 'links'>;

/** A block as one row: each Chinese block level with its English partner. */
function BlockRow({ block, edition, links }: BodyProps & { block: Block }) {
  return (
    <View style={styles.row}>
      {edition.langs.map((lang) => (
        <View key={lang} style={columnStyle(edition, lang)}>
          <ParagraphText block={block} lang={lang} links={links} />
        </View>
      ))}
    </View>
  );
}

export function Blocks({ blocks, ...props }: BodyProps & { blocks: Block[] }) {
  return blocks.map((block) => <BlockRow key={block.id} block={block} {...props} />);
}

/** A part or section: its View carries the bookmark, so the outline nests as the sections do. */
export function SectionView({ section, ...props }: BodyProps & { section: Section }) {
  const bookmark = { title: bookmarkTitle(section.title, props.edition), fit: true };
  return (
    <View id={section.id} {...({ bookmark } as object)}>
      <HeadingRow title={section.title} depth={section.depth} edition={props.edition} onPage={(page) => props.record(section.id, page)} />
      <Blocks blocks={section.blocks} {...props} />
      {section.sections.map((child) => (
        <SectionView key={child.id} section={child} {...props} />
      ))}
    </View>
  );
}
