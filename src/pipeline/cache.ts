import { createHash } from 'node:crypto';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoredCheck } from '../check/check-cache.ts';
import { UserError } from '../errors.ts';
import type { Output } from '../render/renderer.ts';
import { fonts } from '../theme/theme.ts';
import { writeAtomic } from '../common/write-atomic.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
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

export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * The regular files under `folder`, symbolic links followed, sorted. A link to anything but a regular file
 * (a folder, a device, nothing) is an error naming it: its content could not be part of the hash.
 */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) files.push(file);
    else if (entry.isSymbolicLink()) {
      const target = await stat(file).catch(() => undefined);
      if (!target?.isFile()) {
        const points = await realpath(file).catch(() => 'a missing file');
        throw new UserError(`${file} is a symbolic link to ${points}, which is not a regular file: link to a file, or copy the file in its place`);
      }
      files.push(file);
    }
  }
  return files.sort();
}

async function hashFolder(folder: string): Promise<string> {
  const files = await filesUnder(folder);
  const contents = await Promise.all(files.map(async (file) => [path.relative(folder, file), await readFile(file)] as const));
  return hashOf(...contents.flat());
}

let codeHash: Promise<string> | undefined;

/**
 * The code this process runs: report-press's own sources (the theme included) and its locked dependencies.
 * Hashed once, when first asked (at the start of the first build, before the renderers are loaded): a source
 * edited while `watch` runs is not the code that builds, so it must not be the code the cache records.
 */
export function hashCode(): Promise<string> {
  codeHash ??= (async () => hashOf(await hashFolder(path.join(projectDir, 'src')), await readFile(path.join(projectDir, 'package-lock.json'))))();
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
  const environment = hashOf(await hashCode(), await hashFolder(options.templatesDir), await hashFonts(options.cache), JSON.stringify(options.settings));
  return { environment, inputs: hashOf(environment, JSON.stringify(options.selected), await hashFolder(options.sourceDir)) };
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
