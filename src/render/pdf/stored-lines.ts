import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../../common/write-atomic.ts';
import type { LineStore } from './line-store.ts';
import { partsFolder } from './part-cache.ts';

/** The file of the line settings an edition's paragraphs use, beside its laid-out parts (part-cache.ts). */
export function linesFile(outDir: string, edition: string): string {
  return `${partsFolder(outDir, edition)}.lines.json`;
}

/**
 * Past this the store is not kept: it holds only what the edition's parts use, their lines and shaped text (1.8 MB
 * for the seed's bilingual edition), so only a report many times the seed's size reaches it.
 */
const MAX_BYTES = 32 * 1024 * 1024;

interface LinesFile {
  environment: string;
  entries: Record<string, unknown>;
}

/**
 * What each file held when this process last saved it: `watch` builds in one process and need not read it again.
 * With each entry's JSON as written: within an environment a key names its value (keyOf), so a later save joins the
 * texts of the entries it keeps and writes only the new ones afresh (writing the whole store took 50 ms of each
 * edition in an English edit in `watch`).
 */
const remembered = new Map<string, { environment: string; entries: Map<string, unknown>; texts: Map<string, string> }>();

/** One part's view of the store: the keys its paragraphs asked for, recorded with the part (LaidOutPart.lines). */
export type PartLines = LineStore & { keys(): string[] };

/** An edition's stored line settings, for one build. */
export interface StoredLines {
  part(): PartLines;
  /** A part taken whole from the part cache: the entries it used stay for the next build. */
  keep(keys: string[]): void;
  /** Writes the entries this build used or kept, and no others. */
  save(): Promise<void>;
}

function keyOf(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}

/**
 * A value that comes back from JSON as it went in (an infinite tracking, or a hole in an array, would come back
 * null; a property left undefined comes back absent, as good): computed every time otherwise. Walked, not
 * stringified with a replacer, which took 0.09 s of a cold build.
 */
function storable(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => item !== undefined && storable(item));
  if (typeof value === 'object' && value !== null) return Object.values(value).every((item) => item === undefined || storable(item));
  return true;
}

async function readEntries(file: string, environment: string): Promise<Map<string, unknown>> {
  const known = remembered.get(file);
  if (known?.environment === environment) return known.entries;
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as LinesFile;
    return stored.environment === environment ? new Map(Object.entries(stored.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * The line settings stored in `file` for `environment` (the code, the fonts, the templates and the settings: see
 * cache.ts): an entry is found by a key of all else it depends on, so a stored one is what computing would give.
 * `fresh` (a --force build) reads nothing and fills the store anew.
 */
export async function openStoredLines(options: { file: string; environment: string; fresh: boolean }): Promise<StoredLines> {
  const file = path.resolve(options.file);
  const { environment } = options;
  const entries = options.fresh ? new Map<string, unknown>() : await readEntries(file, environment);
  const used = new Map<string, unknown>();
  return {
    part() {
      const keys = new Set<string>();
      return {
        settle<T>(inputs: unknown, compute: () => T): T {
          const key = keyOf(inputs);
          keys.add(key);
          const known = used.get(key) ?? entries.get(key);
          if (known !== undefined) {
            used.set(key, known);
            return known as T;
          }
          const value = compute();
          if (storable(value)) used.set(key, value);
          return value;
        },
        keys: () => [...keys].sort(),
      };
    },
    keep(keys) {
      for (const key of keys) {
        const value = entries.get(key);
        if (value !== undefined) used.set(key, value);
      }
    },
    async save() {
      const sorted = [...used.keys()].sort();
      const before = remembered.get(file);
      const texts = new Map(sorted.map((key) => [key, (before?.environment === environment && before.texts.get(key)) || JSON.stringify(used.get(key))] as const));
      const entryTexts = sorted.map((key) => `${JSON.stringify(key)}:${texts.get(key)}`);
      const text = `{"environment":${JSON.stringify(environment)},"entries":{${entryTexts.join(',')}}}`;
      const fits = Buffer.byteLength(text) <= MAX_BYTES;
      await writeAtomic(file, fits ? text : JSON.stringify({ environment, entries: {} } satisfies LinesFile));
      remembered.set(file, { environment, entries: fits ? used : new Map(), texts });
    },
  };
}
