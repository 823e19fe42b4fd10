import { createHash } from 'node:crypto';
import type * as fontkit from 'fontkit';
import { deflateSync } from 'node:zlib';
import { type PDFDocument, type PDFRef, PDFString } from '#pdf-lib';

/** Code points by glyph id: what the parts of an edition drew in one face (see glyph-ids.ts). */
export type GlyphUse = Map<number, number[]>;

const hex4 = (value: number) => value.toString(16).padStart(4, '0');

function utf16Hex(codePoints: number[]): string {
  return [...String.fromCodePoint(...codePoints)].map((character) => [...Array(character.length).keys()].map((index) => hex4(character.charCodeAt(index))).join('')).join('');
}

/** The ToUnicode map of the glyphs drawn, by character id (= glyph id), so that text can be copied and searched. */
function toUnicodeCmap(used: GlyphUse, ids: number[]): string {
  const entries = ids.filter((id) => (used.get(id)?.length ?? 0) > 0).map((id) => `<${hex4(id)}> <${utf16Hex(used.get(id)!)}>`);
  const chunks: string[] = [];
  // A bfchar block holds at most 100 entries (PDF reference, 5.9.2).
  for (let start = 0; start < entries.length; start += 100) chunks.push(`${Math.min(100, entries.length - start)} beginbfchar\n${entries.slice(start, start + 100).join('\n')}\nendbfchar`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A face's subset of some glyphs, deflated as embedded: its font file, the file's length, and its CIDToGIDMap. */
interface EncodedSubset {
  file: Uint8Array;
  length: number;
  cidToGid: Uint8Array;
}

// The faces are package files, so a subset holds for the process, by its glyphs. In `watch` an edit leaves most faces'
// glyphs as they were: encoding and deflating the Chinese faces' subsets again took about 0.1 s an edit (2026-11-30).
const subsets = new WeakMap<fontkit.Font, Map<string, EncodedSubset>>();
// A face's subsets in the three editions, twice over; a Chinese face's subset is a few hundred KB.
const SUBSETS_KEPT = 6;

function encodeSubset(font: fontkit.Font, ids: number[]): EncodedSubset {
  const key = ids.join(',');
  const known = subsets.get(font) ?? new Map<string, EncodedSubset>();
  subsets.set(font, known);
  const found = known.get(key);
  if (found) return found;
  const subset = font.createSubset() as unknown as { includeGlyph(id: number): number; encode(): Uint8Array };
  const cidToGid = new Uint8Array(2 * (ids.at(-1)! + 1));
  for (const id of ids) {
    const glyph = subset.includeGlyph(id);
    cidToGid[2 * id] = glyph >> 8;
    cidToGid[2 * id + 1] = glyph & 255;
  }
  const file = subset.encode();
  // Node's zlib, not pdf-lib's flateStream (pako, in JavaScript): pako took 0.4 s of assembling the two editions of
  // an English edit in a new process (CPU profile, loaded machine).
  const encoded = { file: deflateSync(file), length: file.length, cidToGid: deflateSync(cidToGid) };
  if (known.size >= SUBSETS_KEPT) known.delete(known.keys().next().value!);
  known.set(key, encoded);
  return encoded;
}

/**
 * One subset of `font` holding every glyph the parts drew, embedded once in the assembled edition as a Type0 font.
 * The parts wrote glyph ids as character ids, so a CIDToGIDMap leads each to its glyph in the subset. The subset
 * tag comes from the glyphs, so the same text gives the same bytes.
 */
export function embedMergedFont(document: PDFDocument, font: fontkit.Font, used: GlyphUse): PDFRef {
  const { context } = document;
  const ids = [...new Set([0, ...used.keys()])].sort((a, b) => a - b);
  const subset = encodeSubset(font, ids);
  const scale = 1000 / font.unitsPerEm;
  const round = (value: number) => Math.round(value * scale * 1000) / 1000;
  const tag = [...createHash('sha256').update(`${font.postscriptName} ${ids.join(',')}`).digest().subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
  const name = `${tag}+${font.postscriptName.replaceAll(' ', '_')}`;
  const { bbox } = font;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      // Nonsymbolic (bit 6), as pdfkit sets it for these faces.
      Flags: 4,
      FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map(round),
      ItalicAngle: font.italicAngle,
      Ascent: round(font.ascent),
      Descent: round(font.descent),
      CapHeight: round(font.capHeight || font.ascent),
      XHeight: round(font.xHeight || 0),
      StemV: 0,
      FontFile2: context.register(context.stream(subset.file, { Length1: subset.length, Filter: 'FlateDecode' })),
    }),
  );
  const widths = ids.flatMap((id) => [id, [round(font.getGlyph(id).advanceWidth)]]);
  const descendant = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths,
      CIDToGIDMap: context.register(context.stream(subset.cidToGid, { Filter: 'FlateDecode' })),
    }),
  );
  const toUnicode = context.register(context.stream(deflateSync(Buffer.from(toUnicodeCmap(used, ids), 'latin1')), { Filter: 'FlateDecode' }));
  return context.register(context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [descendant], ToUnicode: toUnicode }));
}
