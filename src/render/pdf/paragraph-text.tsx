import { Link, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Block, Lang, Paragraph } from '../../model/types.ts';
import { chineseParagraphBreaker } from './chinese-lines.ts';
import type { Segment } from './english-exact.ts';
import { englishParagraph } from './english-lines.ts';
import type { Faces } from './fonts.ts';
import { useLineStore } from './line-store.ts';
import { usePdfStyles } from './styles.ts';
import type { TermLink } from './term-links.ts';

/** Plain spaces in Chinese text would attract line breaks; no-break spaces keep the words they join. */
export function setLang(value: string, lang: Lang): string {
  return lang === 'zh' ? value.replace(/ /g, '\u00a0') : value;
}

/** A run's text as set: each stretch with a tracking as a Text of its own with that letter-spacing. */
export function trackedText(segments: Segment[]): ReactNode[] {
  return segments.map((segment, index) =>
    segment.tracking === 0 ? (
      segment.text
    ) : (
      <Text key={index} style={{ letterSpacing: segment.tracking }}>
        {segment.text}
      </Text>
    ),
  );
}

type Piece = { kind: 'plain' | 'strong' | 'runIn'; value: string } | { kind: 'link'; value: string; termId: string };

/** The block's inlines as runs; adjacent plain text is merged, since react-pdf may hyphenate at every run boundary. */
function pieces(paragraph: Paragraph, links: TermLink[]): Piece[] {
  const result: Piece[] = [];
  const push = (piece: Piece) => {
    const last = result.at(-1);
    if (piece.value === '') return;
    if (piece.kind === 'plain' && last?.kind === 'plain') last.value += piece.value;
    else result.push(piece);
  };
  paragraph.inlines.forEach((inline, index) => {
    if (inline.type === 'strong') return push({ kind: 'strong', value: inline.value });
    let at = 0;
    for (const link of links.filter((candidate) => candidate.inline === index).sort((a, b) => a.start - b.start)) {
      push({ kind: 'plain', value: inline.value.slice(at, link.start) });
      push({ kind: 'link', value: inline.value.slice(link.start, link.end), termId: link.termId });
      at = link.end;
    }
    push({ kind: 'plain', value: inline.value.slice(at) });
  });
  return result;
}

interface ParagraphTextProps {
  block: Block;
  lang: Lang;
  links: TermLink[];
  /** Languages set side by side in the edition. */
  columns: number;
  /** The column's width in points. */
  width: number;
  faces: Faces;
  /** Proper names, never hyphenated (Report.names). */
  names: string[];
}

/**
 * One language of a block: run-in head in bold, glossary terms linked at their first occurrence. A numbered
 * paragraph's number opens it as printed in Chinese (after the indent, bold with a bold head) and hangs in the
 * margin of an English one (see NumberedText).
 */
export function ParagraphText({ block, lang, links, columns, width, faces, names }: ParagraphTextProps) {
  const { styles, text, bodyText } = usePdfStyles();
  const store = useLineStore();
  const paragraph = block.text[lang];
  if (!paragraph) return null;
  if (paragraph.number !== undefined && lang === 'en') return <HangingNumber number={paragraph.number} block={block} lang={lang} links={links} columns={columns} width={width} faces={faces} names={names} />;
  // react-pdf takes the indent from the first run only, and a nested Text does not inherit it: every run carries it.
  const indent = lang === 'zh' && block.kind !== 'salutation' ? { textIndent: text.zh.fontSize * 2 } : {};
  const shape = block.kind === 'salutation' ? styles.salutation : styles.paragraph;
  const number: Piece[] = paragraph.number === undefined ? [] : [{ kind: paragraph.runIn === undefined ? 'plain' : 'runIn', value: paragraph.number }];
  const runIn: Piece[] = paragraph.runIn ? [{ kind: 'runIn', value: paragraph.runIn + (lang === 'en' ? ' ' : '') }] : [];
  const runs = [...number, ...runIn, ...pieces(paragraph, links.filter((link) => link.lang === lang && link.blockId === block.id))];
  const setRuns = runs.map((piece) => ({ text: setLang(piece.value, lang), bold: piece.kind === 'strong' || piece.kind === 'runIn' }));
  const style = bodyText(lang, columns);
  const measure = { width, indent: indent.textIndent ?? 0, fontSize: style.fontSize as number };
  const { texts, props } =
    lang === 'zh'
      ? { texts: setRuns.map((run) => [{ text: run.text, tracking: 0 }]), props: { hyphenationCallback: chineseParagraphBreaker(setRuns, { faces, measure, store }) } }
      : englishParagraph(setRuns, { faces, measure, names, store });
  return (
    <Text style={[style, shape, indent]} orphans={2} widows={2} {...props}>
      {runs.map((piece, index) => {
        const value = trackedText(texts[index]);
        if (piece.kind === 'link') {
          return (
            <Link key={index} src={`#${piece.termId}`} style={[styles.link, indent]}>
              {value}
            </Link>
          );
        }
        return piece.kind === 'plain' ? (
          value
        ) : (
          <Text key={index} style={[styles.runIn, indent]}>
            {value}
          </Text>
        );
      })}
    </Text>
  );
}

/** Room for the hanging number of an English paragraph, in points: (12) and ⑳ fit (about 17 pt at 9.5 pt). */
const HANG = 20;

/** An English numbered paragraph: its number hangs in a box of its own, the text in a column beside it. */
function HangingNumber({ number, block, width, ...props }: ParagraphTextProps & { number: string }) {
  const { bodyText } = usePdfStyles();
  const paragraph = block.text[props.lang]!;
  const rest: Block = { ...block, text: { ...block.text, [props.lang]: { ...paragraph, number: undefined } } };
  const size = bodyText(props.lang, props.columns);
  return (
    <View style={{ flexDirection: 'row' }}>
      <Text style={[size, { width: HANG, fontWeight: paragraph.runIn === undefined ? 400 : 700 }]}>{number}</Text>
      <View style={{ width: width - HANG }}>
        <ParagraphText block={rest} width={width - HANG} {...props} />
      </View>
    </View>
  );
}
