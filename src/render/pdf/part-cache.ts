import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { OWN_PREFIX, writeAtomic } from '../../common/write-atomic.ts';
import type { LaidOutPart, PartCache } from './build-edition.tsx';

/** The folder, in the output folder, of an edition's laid-out parts. */
export function partsFolder(outDir: string, edition: string): string {
  return path.join(outDir, `${OWN_PREFIX}parts`, edition);
}

/**
 * An edition's laid-out parts on disk, a PDF and its page map by key. The map is written after the PDF and read
 * first, so a build killed between the two leaves no part that seems whole. `prune` removes what this build did not use.
 */
export function diskPartCache(folder: string): PartCache & { prune(): Promise<void> } {
  const used = new Set<string>();
  return {
    async read(key) {
      const meta = await readFile(path.join(folder, `${key}.json`), 'utf8').catch(() => undefined);
      const data = meta && (await readFile(path.join(folder, `${key}.pdf`)).catch(() => undefined));
      if (!meta || !data) return undefined;
      used.add(key);
      return { ...(JSON.parse(meta) as Omit<LaidOutPart, 'data'>), data };
    },
    async write(key, part) {
      used.add(key);
      const { data, ...meta } = part;
      await writeAtomic(path.join(folder, `${key}.pdf`), data);
      await writeAtomic(path.join(folder, `${key}.json`), JSON.stringify(meta));
    },
    async prune() {
      const names = await readdir(folder).catch(() => [] as string[]);
      await Promise.all(names.filter((name) => !used.has(name.replace(/\.(pdf|json)$/, ''))).map((name) => rm(path.join(folder, name), { force: true })));
    },
  };
}
