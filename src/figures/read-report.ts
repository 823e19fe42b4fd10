import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.ts';
import { hasErrors } from '../model/messages.ts';
import { parseMarkdown } from '../source/parse-markdown.ts';
import { readSourceFile } from '../source/read-source.ts';
import { sourceParagraphs, type SourceParagraph } from './source-paragraphs.ts';

/** One language's source as `figures` reads it: the file, its text and its paragraphs with source offsets. */
export interface FigureSource {
  file: VFile;
  path: string;
  text: string;
  paragraphs: SourceParagraph[];
  meta: { title?: string; date?: string };
}

function frontMatter(root: Root): { title?: string; date?: string } {
  const node = root.children.find((child) => child.type === 'yaml');
  if (!node || node.type !== 'yaml') return {};
  try {
    const data = parseYaml(node.value) as Record<string, unknown> | null;
    return { title: data?.title === undefined ? undefined : String(data.title), date: data?.date === undefined ? undefined : String(data.date) };
  } catch {
    return {};
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Reads `report.<lang>.md` of a source folder; undefined when an optional file is absent. */
export async function readFigureSource(sourceDir: string, lang: 'zh' | 'en'): Promise<FigureSource | undefined> {
  const filePath = path.join(sourceDir, `report.${lang}.md`);
  if (!(await exists(filePath))) {
    if (lang === 'en') return undefined;
    throw new UserError(`no ${filePath}: the source folder must hold report.zh.md (create it with \`report-press import\`)`);
  }
  const file = await readSourceFile(filePath);
  if (hasErrors([file])) throw new UserError(`${file.path}: ${file.messages[0]?.reason ?? 'cannot be read'}`);
  const text = String(file.value);
  const root = parseMarkdown(file);
  return { file, path: filePath, text, paragraphs: sourceParagraphs(root, text), meta: frontMatter(root) };
}
