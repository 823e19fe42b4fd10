/** The page boxes a PDF really sets (pdf-lib reads the page dictionaries; pdfinfo would copy a missing box from the MediaBox). */
import { readFile } from 'node:fs/promises';
import { PDFArray, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';

export type Box = [number, number, number, number];

export interface PageBoxes {
  media: Box;
  trim?: Box;
  bleed?: Box;
}

function boxOf(array: unknown): Box | undefined {
  if (!(array instanceof PDFArray)) return undefined;
  return array.asArray().map((value) => (value as PDFNumber).asNumber()) as Box;
}

export async function pageBoxes(file: string): Promise<PageBoxes[]> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  return document.getPages().map((page) => ({
    media: boxOf(page.node.lookup(PDFName.of('MediaBox')))!,
    trim: boxOf(page.node.lookup(PDFName.of('TrimBox'))),
    bleed: boxOf(page.node.lookup(PDFName.of('BleedBox'))),
  }));
}
