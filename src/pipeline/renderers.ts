import type { Report, Section } from '../model/types.ts';
import type { Renderer } from '../render/renderer.ts';

export interface RendererEntry {
  name: Renderer['name'];
  /** Where its work runs: in this process (one at a time) or in the shared Chromium (side by side). */
  runsIn: 'node' | 'browser';
  /** The part of the model the output shows: when it and the code are unchanged, the output is not rebuilt. */
  slice: (report: Report) => unknown;
  /** Loaded only when the output is built: react-pdf, vega and puppeteer stay out of `check` and no-op builds. */
  load: () => Promise<Renderer>;
  /** The names it may write at the top of the output folder (see the output folder's check). */
  writes: RegExp;
}

const titles = (sections: Section[]): unknown[] => sections.map((section) => [section.id, section.title, titles(section.sections)]);

/** Every output report-press builds, in the order of the summary. */
export const renderers: RendererEntry[] = [
  { name: 'pdf', runsIn: 'node', slice: (report) => slices.everything(report), load: async () => (await import('../render/pdf/pdf-renderer.ts')).pdfRenderer, writes: /^report(\.(zh|en))?(\.booklet)?\.pdf(\.map\.json)?$/ },
  { name: 'handouts', runsIn: 'browser', slice: (report) => slices.glossary(report), load: async () => (await import('../render/handouts/handouts-renderer.ts')).handoutsRenderer, writes: /^handouts(-cards|-large(\.zh)?)?\.pdf$/ },
  { name: 'slides', runsIn: 'browser', slice: (report) => slices.figures(report), load: async () => (await import('../render/slides/render-slides.ts')).slidesRenderer, writes: /^slides(-notes\.pdf|\.pdf)?$/ },
];

/** Shared slices, for the entries above. */
export const slices = {
  everything: (report: Report): unknown => report,
  figures: (report: Report): unknown => ({ meta: report.meta, figures: report.figures, deck: report.deck, glossary: report.glossary, sections: titles(report.sections), languages: report.languages }),
  glossary: (report: Report): unknown => ({ meta: report.meta, glossary: report.glossary, languages: report.languages }),
};
