import type { Renderer } from '../render/renderer.ts';

export interface RendererEntry {
  name: Renderer['name'];
  /** Loaded only when the output is built: react-pdf, vega and puppeteer stay out of `check` and no-op builds. */
  load: () => Promise<Renderer>;
}

/** Every output report-press builds, in the order of the summary. */
export const renderers: RendererEntry[] = [];
