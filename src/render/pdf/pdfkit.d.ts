declare module 'pdfkit' {
  /** The document class react-pdf renders into; report-press only wraps its `font` method (reuse-fonts.ts, glyph-ids.ts). */
  const PDFDocument: { prototype: object };
  export default PDFDocument;
}
