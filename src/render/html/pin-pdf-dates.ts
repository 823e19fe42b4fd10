import { PDFDocument } from '#pdf-lib';
import { sourceDateEpoch } from '../../common/source-date.ts';

/**
 * Chromium stamps the clock into a PDF's CreationDate and ModDate (and nothing else that changes between runs,
 * measured on the deck and the handouts): with SOURCE_DATE_EPOCH set, both become that date, so two builds give the
 * same bytes; without it the build time stays. Chromium writes no XMP metadata stream. About 0.1 s for the deck.
 */
export async function pinPdfDates(pdf: Uint8Array, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  if (!sourceDateEpoch(env)) return pdf;
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  pinDocumentDates(document, env);
  return document.save({ useObjectStreams: false });
}

/** The same, on a PDF already loaded to be changed further. */
export function pinDocumentDates(document: PDFDocument, env: NodeJS.ProcessEnv = process.env): void {
  const date = sourceDateEpoch(env);
  if (!date) return;
  document.setCreationDate(date);
  document.setModificationDate(date);
}
