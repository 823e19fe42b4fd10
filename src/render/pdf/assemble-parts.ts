import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFRef, type PDFString, type PDFHexString } from '#pdf-lib';
import type * as fontkit from 'fontkit';
import { GLYPHS_KEY } from './glyph-ids.ts';
import { embedMergedFont, type GlyphUse } from './merge-fonts.ts';

const name = (value: string) => PDFName.of(value);

/** The faces a part's pages draw with, by resource name, and what each drew (see glyph-ids.ts). */
function partFonts(part: PDFDocument, used: Map<string, GlyphUse>): Array<Array<[string, string]>> {
  // The pages of a part share its font dictionaries: each is read once (its glyph list is long, and pdf-lib decodes
  // a string a character at a time).
  const faces = new Map<PDFRef, string>();
  const faceOf = (ref: PDFRef): string => {
    const known = faces.get(ref);
    if (known) return known;
    const font = part.context.lookup(ref, PDFDict);
    const face = font.lookup(name('BaseFont'), PDFName).decodeText();
    const glyphs = JSON.parse((font.lookup(name(GLYPHS_KEY)) as PDFString | PDFHexString).decodeText()) as number[][];
    const use = used.get(face) ?? new Map<number, number[]>();
    used.set(face, use);
    for (const [id, ...codePoints] of glyphs) use.set(id, codePoints);
    faces.set(ref, face);
    return face;
  };
  return part.getPages().map((page) => {
    const fonts = page.node.Resources()?.lookupMaybe(name('Font'), PDFDict);
    return (fonts?.entries() ?? []).map(([key, ref]) => [key.decodeText(), faceOf(ref as PDFRef)] as [string, string]);
  });
}

/** A destination array of a part, its page replaced by the same page of the edition. */
function mapDestination(destination: PDFObject | undefined, pages: Map<PDFRef, PDFRef>, document: PDFDocument): PDFArray | undefined {
  if (!(destination instanceof PDFArray)) return undefined;
  const target = pages.get(destination.get(0) as PDFRef);
  if (!target) return undefined;
  const copy = document.context.obj([]) as PDFArray;
  copy.push(target);
  for (let index = 1; index < destination.size(); index += 1) copy.push(destination.get(index));
  return copy;
}

interface OutlineItem {
  title: PDFObject;
  destination?: PDFArray;
  count?: PDFObject;
  children: OutlineItem[];
}

/** A part's outline entries (react-pdf's bookmarks), their destinations on the edition's pages. */
function readOutline(part: PDFDocument, first: PDFObject | undefined, pages: Map<PDFRef, PDFRef>, document: PDFDocument): OutlineItem[] {
  const items: OutlineItem[] = [];
  let ref = first;
  while (ref instanceof PDFRef) {
    const item = part.context.lookup(ref, PDFDict);
    items.push({
      title: item.get(name('Title'))!,
      destination: mapDestination(item.lookup(name('Dest')), pages, document),
      count: item.get(name('Count')),
      children: readOutline(part, item.get(name('First')), pages, document),
    });
    ref = item.get(name('Next'));
  }
  return items;
}

/** Writes `items` under `parent` as linked outline dictionaries; returns their references, in order. */
function writeOutline(document: PDFDocument, items: OutlineItem[], parent: PDFRef): PDFRef[] {
  const refs = items.map(() => document.context.nextRef());
  items.forEach((item, index) => {
    const dict = document.context.obj({}) as PDFDict;
    dict.set(name('Title'), item.title);
    dict.set(name('Parent'), parent);
    if (item.destination) dict.set(name('Dest'), item.destination);
    if (item.count) dict.set(name('Count'), item.count);
    if (index > 0) dict.set(name('Prev'), refs[index - 1]);
    if (index < items.length - 1) dict.set(name('Next'), refs[index + 1]);
    if (item.children.length > 0) {
      const children = writeOutline(document, item.children, refs[index]);
      dict.set(name('First'), children[0]);
      dict.set(name('Last'), children.at(-1)!);
    }
    document.context.assign(refs[index], dict);
  });
  return refs;
}

/** The part's named destinations (react-pdf's `id`s: headings, glossary entries), on the edition's pages. */
function readDestinations(part: PDFDocument, pages: Map<PDFRef, PDFRef>, document: PDFDocument): Array<[PDFObject, PDFArray]> {
  const names = part.catalog.lookupMaybe(name('Names'), PDFDict)?.lookupMaybe(name('Dests'), PDFDict)?.lookupMaybe(name('Names'), PDFArray);
  const found: Array<[PDFObject, PDFArray]> = [];
  for (let index = 0; names && index + 1 < names.size(); index += 2) {
    const destination = mapDestination(names.lookup(index + 1), pages, document);
    if (destination) found.push([names.get(index), destination]);
  }
  return found;
}

const text = (value: PDFObject) => (value as PDFString | PDFHexString).decodeText();

export interface AssembleOptions {
  /** Every registered face, by PostScript name. */
  faces: Map<string, fontkit.Font>;
  /** Glyphs drawn on the assembled pages after assembly (the folios: folios.ts), by face: in the merged subsets too. */
  stamped?: Map<string, GlyphUse>;
}

export interface AssembledParts {
  document: PDFDocument;
  /** The edition's merged font of each face drawn, by PostScript name. */
  fonts: Map<string, PDFRef>;
}

/**
 * One PDF of the parts' pages, in order, each part laid out as a PDF of its own (see build-edition.tsx). Fonts are
 * embedded once for the edition (merge-fonts.ts); the parts' outlines and named destinations (the targets of the
 * contents' and the glossary terms' links, which are copied with their pages) are joined.
 */
export async function assembleParts(parts: Uint8Array[], options: AssembleOptions): Promise<AssembledParts> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const loaded = await Promise.all(parts.map((data) => PDFDocument.load(data, { updateMetadata: false })));
  const used = new Map<string, GlyphUse>();
  const fontsOfPages = loaded.map((part) => partFonts(part, used));
  for (const [face, glyphs] of options.stamped ?? []) {
    const use = used.get(face) ?? new Map<number, number[]>();
    used.set(face, use);
    // A glyph the parts drew keeps the text they drew it for.
    for (const [id, codePoints] of glyphs) if (!use.has(id)) use.set(id, codePoints);
  }
  const merged = new Map(
    [...used.keys()].sort().map((face) => {
      const font = options.faces.get(face);
      if (!font) throw new Error(`a part drew with the face ${face}, which is not registered`);
      return [face, embedMergedFont(document, font, used.get(face)!)] as const;
    }),
  );
  const outline: OutlineItem[] = [];
  const destinations: Array<[PDFObject, PDFArray]> = [];
  for (const [index, part] of loaded.entries()) {
    // The parts' own font dictionaries stay behind: each page gets the edition's fonts under the same resource names.
    for (const page of part.getPages()) page.node.Resources()?.delete(name('Font'));
    const copied = await document.copyPages(part, part.getPageIndices());
    const pages = new Map(part.getPages().map((page, at) => [page.ref, copied[at].ref] as const));
    copied.forEach((page, at) => {
      document.addPage(page);
      const fonts = fontsOfPages[index][at];
      if (fonts.length > 0) page.node.Resources()!.set(name('Font'), document.context.obj(Object.fromEntries(fonts.map(([key, face]) => [key, merged.get(face)!]))));
    });
    outline.push(...readOutline(part, part.catalog.lookupMaybe(name('Outlines'), PDFDict)?.get(name('First')), pages, document));
    destinations.push(...readDestinations(part, pages, document));
  }
  if (destinations.length > 0) {
    // A name tree's keys in order (PDF reference, 7.9.6), as pdfkit sorts them.
    destinations.sort(([a], [b]) => text(a).localeCompare(text(b)));
    const dests = document.context.obj({ Names: destinations.flat() });
    document.catalog.set(name('Names'), document.context.register(document.context.obj({ Dests: document.context.register(dests) })));
  }
  if (outline.length > 0) {
    const root = document.context.nextRef();
    const top = writeOutline(document, outline, root);
    document.context.assign(root, document.context.obj({ Type: 'Outlines', First: top[0], Last: top.at(-1)! }));
    document.catalog.set(name('Outlines'), root);
  }
  return { document, fonts: merged };
}
