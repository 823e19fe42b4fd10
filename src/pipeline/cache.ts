import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StoredCheck } from '../check/check-cache.ts';
import { UserError } from '../errors.ts';
import type { Output } from '../render/renderer.ts';
import { fonts } from '../theme/theme.ts';
import { writeAtomic } from '../common/write-atomic.ts';
import { hashFiles, hashOf, readCode, readFolder } from '../common/code-key.js';
import { compiledKey, projectDir } from '../common/code-location.ts';

const CACHE_FILE = '.report-press-cache.json';

interface CacheEntry {
  key: string;
  outputs: Output[];
}

/** A font's content hash, reused while the file keeps its size, inode and change time (a font is 5 to 15 MB). */
interface FontHash {
  size: number;
  ino: number;
  ctimeMs: number;
  mtimeMs: number;
  hash: string;
}

/**
 * What the last build left. An entry's key is written only after its outputs are completely written, and cleared
 * (on disk) before a renderer starts to replace them: a killed build leaves no key for half-written outputs.
 */
export interface BuildCache {
  /** Hash of every input: when it matches, nothing can have changed. */
  inputs?: string;
  fonts?: Record<string, FontHash>;
  renderers: Record<string, CacheEntry>;
}

function hashFolder(folder: string): string {
  const badLink = (file: string, target: string): Error => new UserError(`${file} is a symbolic link to ${target}, which is not a regular file: link to a file, or copy the file in its place`);
  return hashFiles(readFolder(folder, { badLink }), folder);
}

let codeHash: Promise<string> | undefined;

/**
 * The code this process runs: report-press's own sources (the theme included), its compiler settings and its locked
 * dependencies (`readCode`). A compiled copy is named by the key of the code it was compiled from, which is the code
 * that runs, edited since or not. Through tsx, src/ is hashed once, when first asked (at the start of the first build,
 * before the renderers are loaded): a source edited while `watch` runs is not the code that builds, so it must not be
 * the code the cache records.
 */
export function hashCode(): Promise<string> {
  codeHash ??= Promise.resolve(compiledKey ?? readCode(projectDir).key);
  return codeHash;
}

/** The content of every font the outputs embed; unchanged files reuse the hash the last build stored. */
async function hashFonts(cache: BuildCache): Promise<string> {
  const files = [...new Set(Object.values(fonts).flatMap((family) => Object.entries(family).filter(([key]) => key !== 'family').map(([, file]) => file)))].sort();
  const previous = cache.fonts ?? {};
  const current: Record<string, FontHash> = {};
  for (const file of files) {
    const info = await stat(file);
    const known = previous[file];
    const same = known && known.size === info.size && known.ino === info.ino && known.ctimeMs === info.ctimeMs && known.mtimeMs === info.mtimeMs;
    current[file] = same ? known : { size: info.size, ino: info.ino, ctimeMs: info.ctimeMs, mtimeMs: info.mtimeMs, hash: hashOf(await readFile(file)) };
  }
  cache.fonts = current;
  return hashOf(...files.map((file) => current[file].hash));
}

export interface BuildKeys {
  /** Everything but the source: code, templates and labels, fonts, settings. Part of every renderer's key. */
  environment: string;
  /** The environment, the outputs asked for and every source file: the whole build. */
  inputs: string;
}

/** Hashes what a build depends on, by content, never by file times; stores the font hashes it computed in `cache`. */
export async function hashBuild(options: { sourceDir: string; templatesDir: string; selected: string[]; settings: unknown; cache: BuildCache }): Promise<BuildKeys> {
  const environment = hashOf(await hashCode(), hashFolder(options.templatesDir), await hashFonts(options.cache), JSON.stringify(options.settings));
  return { environment, inputs: hashOf(environment, JSON.stringify(options.selected), hashFolder(options.sourceDir)) };
}

/** A build has started in this folder: it writes the cache file before the first output. */
export async function hasCache(outDir: string): Promise<boolean> {
  return stat(path.join(outDir, CACHE_FILE)).then(
    (info) => info.isFile(),
    () => false,
  );
}

export async function readCache(outDir: string): Promise<BuildCache> {
  try {
    return JSON.parse(await readFile(path.join(outDir, CACHE_FILE), 'utf8')) as BuildCache;
  } catch {
    return { renderers: {} };
  }
}

/** Writes the cache with its renderers in `order`: two identical builds leave identical files. */
export async function writeCache(outDir: string, cache: BuildCache, order: string[]): Promise<void> {
  const renderers = Object.fromEntries(order.filter((name) => cache.renderers[name]).map((name) => [name, cache.renderers[name]]));
  await writeAtomic(path.join(outDir, CACHE_FILE), JSON.stringify({ inputs: cache.inputs, fonts: cache.fonts, renderers }, null, 2));
}

const CHECK_FILE = '.report-press-check.json';

/** The check's parsed trees and glyph answers, when the last check ran in the same environment (code, templates, fonts, settings). */
export async function readStoredCheck(outDir: string, environment: string): Promise<StoredCheck | undefined> {
  try {
    const stored = JSON.parse(await readFile(path.join(outDir, CHECK_FILE), 'utf8')) as StoredCheck & { environment: string };
    return stored.environment === environment ? { trees: stored.trees, covered: stored.covered } : undefined;
  } catch {
    return undefined;
  }
}

export async function writeStoredCheck(outDir: string, environment: string, stored: StoredCheck): Promise<void> {
  await writeAtomic(path.join(outDir, CHECK_FILE), JSON.stringify({ environment, ...stored }));
}
