import QRCode from 'qrcode';
import type { Bilingual } from '../../model/types.ts';
import type { Labels } from '../../theme/labels.ts';
import type { Theme } from '../../theme/load-theme.ts';
import type { NotesView } from './notes-view.ts';

export interface ClosingSlideView {
  kind: 'closing';
  id: 'closing';
  title: Bilingual<string>;
  url: string;
  /** The URL as a QR code, drawn at build time by the qrcode library (offline), ink on paper. */
  qrSvg: string;
  notes: NotesView;
}

/** The last slide when deck.yaml gives `url:`: where to read the full report, as a link and a QR code to scan. */
export async function closingSlide(url: string, options: { bilingual: boolean; labels: Labels; colour: Theme['colour'] }): Promise<ClosingSlideView> {
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: options.colour.ink, light: options.colour.paper } });
  const title = { zh: options.labels.text('full-report', 'zh'), en: options.bilingual ? options.labels.text('full-report', 'en') : undefined };
  return { kind: 'closing', id: 'closing', title, url, qrSvg, notes: { lines: [title, { zh: url }], figures: [] } };
}
