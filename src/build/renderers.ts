import type { Renderer } from '../render/renderer.ts';

/** Every output report-press builds, in the order of the summary. */
export const renderers: Renderer[] = [];
