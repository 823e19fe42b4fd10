import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Output } from '../render/renderer.ts';
import { writeAtomic } from '../shared/write-atomic.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_FILE = '.report-press-cache.json';

interface CacheEntry {
  key: string;
  outputs: Output[];
}

export interface BuildCache {
  /** Hash of every input file: when it matches, nothing can have changed. */
  inputs?: string;
  renderers: Record<string, CacheEntry>;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * The code version: report-press's own sources, templates and locked dependencies (fonts included, by version).
 * A content hash, never file times.
 */
export async function hashCode(): Promise<string> {
  const files = [...(await filesUnder(path.join(projectDir, 'src'))), ...(await filesUnder(path.join(projectDir, 'templates'))), path.join(projectDir, 'package-lock.json')];
  const contents = await Promise.all(files.map(async (file) => [path.relative(projectDir, file), await readFile(file)] as const));
  return hashOf(...contents.flat());
}

/** Source files plus code plus the options that change what is built. */
export async function hashInputs(sourceDir: string, code: string, options: string): Promise<string> {
  const files = await filesUnder(sourceDir);
  const contents = await Promise.all(files.map(async (file) => [path.relative(sourceDir, file), await readFile(file)] as const));
  return hashOf(code, options, ...contents.flat());
}

export async function readCache(outDir: string): Promise<BuildCache> {
  try {
    return JSON.parse(await readFile(path.join(outDir, CACHE_FILE), 'utf8')) as BuildCache;
  } catch {
    return { renderers: {} };
  }
}

export async function writeCache(outDir: string, cache: BuildCache): Promise<void> {
  await writeAtomic(path.join(outDir, CACHE_FILE), JSON.stringify(cache, null, 2));
}
