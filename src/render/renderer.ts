import type { Browser } from 'puppeteer-core';
import type { Report } from '../model/types.ts';
import { loadTemplates, type Templates } from './html/templates.ts';

/** Choices made on the command line that change what is built (part of every output's cache key). */
export interface BuildSettings {
  /** Also print the deck with a page of speaker notes after each slide. */
  deckNotes: boolean;
  /** Also impose each print edition as a saddle-stitched booklet (report.booklet.pdf …), as `booklet: true` in report-press.yaml. */
  booklet: boolean;
}

/** What a renderer gets: the model and where to write; never Markdown or source paths. */
export interface RenderContext {
  report: Report;
  outDir: string;
  /** Absent means the defaults (no notes pages). */
  settings?: BuildSettings;
  /** The templates, labels and theme read when the build started; absent means the shipped ones, read now. */
  templates?: Templates;
  /** The one shared Chromium, launched on first use. */
  browser: () => Promise<Browser>;
  /**
   * What this renderer wrote last time, each output with the key it was made from, when those files are still
   * report-press's own; absent under --force. An output whose key comes out the same may be kept as it is.
   */
  previous?: Output[];
  /** The key of everything but the source (code, templates and labels, fonts, settings): part of every output's key. */
  environment?: string;
  /** The output the reader is looking at (its name in the output folder): written before the renderer's others. */
  first?: string;
  /** A one-line note for the user (skipped editions and the like). */
  note: (message: string) => void;
}

/** The build's templates, labels and theme, or the shipped ones read at this call (never kept from an earlier build). */
export function templatesOf(context: RenderContext): Templates {
  return context.templates ?? loadTemplates();
}

export interface Output {
  path: string;
  pages?: number;
  /** The hash of all it was made from (the environment included), when the renderer can tell it: see `previous`. */
  key?: string;
}

export interface Renderer {
  /** The name used by `--only`. */
  name: 'pdf' | 'slides' | 'handouts';
  render: (context: RenderContext) => Promise<Output[]>;
  /** Loads what every render needs and no input changes (fonts): `watch` calls it while it waits for the first edit. */
  prepare?: () => Promise<void>;
}
