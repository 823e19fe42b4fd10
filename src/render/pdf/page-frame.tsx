import { Canvas, View } from '@react-pdf/renderer';
import type * as fontkit from 'fontkit';
import type { Lang } from '../../model/types.ts';
import type { LayoutProps } from './layout-props.ts';
import { halfWidthRuns, type WidthRun } from './half-width.ts';
import { fitRunningHead, textWidth } from './running-head.ts';
import { usePdfStyles } from './styles.ts';

/** What react-pdf's Canvas hands its `paint`: pdfkit's drawing methods, each returning the painter. */
export interface Painter {
  font(font: fontkit.Font): Painter;
  fontSize(size: number): Painter;
  fillColor(colour: string): Painter;
  text(value: string, x: number, y: number, options: { lineBreak: false; features?: string[] }): Painter;
}

/**
 * Draws `value` with its top at `y`, starting at `x` or, aligned right, ending there. Chinese in the heading face
 * closes up its marks as headings set by react-pdf do (see halfWidthRuns).
 */
export function drawText(painter: Painter, value: string, options: { font: fontkit.Font; fontSize: number; colour: string; x: number; y: number; align: 'left' | 'right'; halfWidthMarks?: boolean }) {
  const { font, fontSize, colour, y, align } = options;
  const runs = options.halfWidthMarks ? halfWidthRuns(value) : [{ text: value, half: false }];
  const features = (run: WidthRun) => (run.half ? ['halt'] : undefined);
  const widths = runs.map((run) => textWidth(font, run.text, fontSize, features(run)));
  let x = align === 'right' ? options.x - widths.reduce((sum, width) => sum + width, 0) : options.x;
  painter.font(font).fontSize(fontSize).fillColor(colour);
  runs.forEach((run, index) => {
    painter.text(run.text, x, y, { lineBreak: false, features: features(run) });
    x += widths[index];
  });
}

/** The first child of a page: tells Paging that a page begins, before anything on it is drawn. */
export function PageStart({ paging }: Pick<LayoutProps, 'paging'>) {
  const { styles } = usePdfStyles();
  return (
    <Canvas
      fixed
      style={styles.marker}
      paint={() => {
        paging.startPage();
        return null;
      }}
    />
  );
}

interface PageFrameProps extends Pick<LayoutProps, 'edition' | 'margins' | 'paper' | 'paging' | 'faces'> {
  /** The running head of a page (the page of its part, from 1), per language. */
  head: (page: number, lang: Lang) => string;
}

/**
 * The running head, the last child of a page: drawn once the page's headings have noted their page. Each head stands
 * over its own column and is shortened to fit it, so the Chinese and English heads never meet. The folio is not drawn
 * here: it depends on the page the part starts on, and is stamped on the assembled edition (folios.ts).
 */
export function PageFrame({ edition, margins, paper, paging, faces, head }: PageFrameProps) {
  const { styles, frame, headingFamily, colour, columnWidths } = usePdfStyles();
  const langs = edition.langs;
  const widths = columnWidths(edition, { margins, paper });
  const right = paper.width - margins.outer;
  return (
    <>
      <View fixed style={[styles.header, { left: margins.inner, right: margins.outer }]} />
      <Canvas
        fixed
        style={[styles.frame, { width: paper.width, height: paper.height }]}
        paint={(painter: Painter) => {
          langs.forEach((lang, index) => {
            const font = faces.regular[headingFamily[lang][0]];
            const value = fitRunningHead(head(paging.current, lang), { lang, font, width: widths[lang], fontSize: frame.headSize });
            const align = langs.length > 1 && index === 1 ? 'right' : 'left';
            drawText(painter, value, { font, fontSize: frame.headSize, colour: colour.muted, x: align === 'right' ? right : margins.inner, y: frame.headTop, align, halfWidthMarks: lang === 'zh' });
          });
          return null;
        }}
      />
    </>
  );
}
