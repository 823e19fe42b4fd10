import { access } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { fail } from '../model/messages.ts';
import type { Bilingual, DeckChart, DeckGroup, DeckReference, DeckSpec } from '../model/types.ts';
import { readSourceFile } from './read-source.ts';

/** `source/deck.yaml` as a VFile, or undefined when the report has none. */
export async function readDeckFile(sourceDir: string): Promise<VFile | undefined> {
  const filePath = path.join(sourceDir, 'deck.yaml');
  const present = await access(filePath).then(
    () => true,
    () => false,
  );
  return present ? readSourceFile(filePath) : undefined;
}

/** Parses deck.yaml, keeping the position of every figure reference; every problem is an error on the file. */
export function parseDeckSpec(file: VFile): DeckSpec {
  const lineCounter = new LineCounter();
  const document = parseDocument(String(file.value), { lineCounter });
  const references: DeckReference[] = [];
  const placeOf = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (node: Node | null | undefined, reason: string): void => fail(file, reason, placeOf(node?.range?.[0] ?? 0), 'deck');
  for (const error of document.errors) fail(file, error.message.split('\n')[0], placeOf(error.pos[0]), 'deck');
  const groups: DeckGroup[] = [];
  const groupsNode = document.get('groups', true) as Node | undefined;
  if (!isSeq(groupsNode)) {
    if (document.errors.length === 0) problem(document.contents, 'deck.yaml needs a `groups:` list');
    return { groups, references, aspect: '16:9' };
  }
  const bilingual = (node: unknown, owner: Node, what: string): Bilingual<string> => {
    for (const pair of isMap(node) ? node.items : []) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key !== 'zh' && key !== 'en') problem(pair.key as Node, `${what}: unknown key \`${key}\` (only zh: and en:); quote a text holding a comma`);
    }
    const zh = isMap(node) ? node.get('zh') : undefined;
    const en = isMap(node) ? node.get('en') : undefined;
    if (typeof zh !== 'string' && typeof zh !== 'number') problem(owner, `${what} needs a title with zh: (and en:)`);
    return { zh: String(zh ?? ''), en: en === undefined ? undefined : String(en) };
  };
  const figureIds = (node: unknown, owner: Node, chartId?: string): string[] => {
    if (node === undefined) return [];
    if (!isSeq(node)) {
      problem(owner, 'figure ids must be a list: [id, id]');
      return [];
    }
    return node.items.flatMap((item) => {
      if (!isScalar(item) || typeof item.value !== 'string') {
        problem(item as Node, 'a figure id must be a plain name');
        return [];
      }
      references.push({ figureId: item.value, chartId, position: { file: file.path, ...placeOf(item.range?.[0] ?? 0) } });
      return [item.value];
    });
  };
  for (const groupNode of groupsNode.items) {
    if (!isMap(groupNode)) {
      problem(groupNode as Node, 'each group needs id:, title: and headline:');
      continue;
    }
    const id = String(groupNode.get('id') ?? '');
    if (!id) problem(groupNode, 'a group needs an id: the group= of its figures');
    const chartsNode = groupNode.get('charts', true);
    const charts: DeckChart[] = isSeq(chartsNode)
      ? chartsNode.items.filter(isMap).map((chartNode) => {
          const chartId = String(chartNode.get('id') ?? '');
          const scale = Number(chartNode.get('scale') ?? 1);
          if (!chartId) problem(chartNode, 'a chart needs an id:');
          if (!(scale > 0)) problem(chartNode.get('scale', true) as Node, 'scale must be a positive number, e.g. 100000000 for 亿元');
          return {
            id: chartId,
            title: bilingual(chartNode.get('title', true), chartNode, `chart \`${chartId}\``),
            axis: chartNode.has('axis') ? bilingual(chartNode.get('axis', true), chartNode, `axis of chart \`${chartId}\``) : { zh: '' },
            scale: scale > 0 ? scale : 1,
            figures: figureIds(chartNode.get('figures', true), chartNode, chartId),
          };
        })
      : [];
    groups.push({
      id,
      title: bilingual(groupNode.get('title', true), groupNode, `group \`${id}\``),
      headline: figureIds(groupNode.get('headline', true), groupNode),
      charts,
    });
  }
  return { groups, references, url: readUrl(document.get('url', true), problem), aspect: readAspect(document.get('aspect', true), problem) };
}

/** `url: https://…`: an http(s) address, shown on the closing slide with its QR code. */
function readUrl(node: unknown, problem: (node: Node | null | undefined, reason: string) => void): string | undefined {
  if (node === undefined) return undefined;
  const value = isScalar(node) ? String(node.value ?? '') : '';
  if (!/^https?:\/\/\S+$/u.test(value) || !URL.canParse(value)) {
    problem(node as Node, 'url must be a web address starting with https:// or http://');
    return undefined;
  }
  return value;
}

/** `aspect: 4:3` or `16:9` (the default); YAML would read an unquoted 4:3 as a sexagesimal number, so it is read from the source text. */
function readAspect(node: unknown, problem: (node: Node | null | undefined, reason: string) => void): '16:9' | '4:3' {
  if (node === undefined) return '16:9';
  const value = isScalar(node) ? String(node.source ?? node.value) : '';
  if (value === '4:3' || value === '16:9') return value;
  problem(node as Node, 'aspect must be 16:9 or 4:3');
  return '16:9';
}
