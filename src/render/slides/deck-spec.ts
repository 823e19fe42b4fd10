import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Bilingual, Report, Section } from '../../model/types.ts';

/** `source/deck.yaml`: which marked figures the deck shows, grouped, and which it charts. */
export interface DeckChart {
  id: string;
  title: Bilingual<string>;
  /** The value axis title; values are divided by `scale` (e.g. 100000000 for 亿元). */
  axis: Bilingual<string>;
  scale: number;
  figures: string[];
}

export interface DeckGroup {
  id: string;
  title: Bilingual<string>;
  /** Figures that get a big-figure slide of their own. */
  headline: string[];
  charts: DeckChart[];
}

export interface DeckSpec {
  groups: DeckGroup[];
}

export interface DeckPlace {
  line: number;
  column: number;
}

export interface DeckProblem extends DeckPlace {
  reason: string;
}

/** A figure id the deck refers to, with where it stands in deck.yaml. */
export interface DeckReference extends DeckPlace {
  figureId: string;
  chartId?: string;
}

export interface ReadDeck {
  file: string;
  spec: DeckSpec;
  references: DeckReference[];
  problems: DeckProblem[];
}

export const DECK_FILE = 'deck.yaml';

/** Reads `deck.yaml` from the source folder; undefined when the report has none. */
export async function readDeckSpec(sourceDir: string): Promise<ReadDeck | undefined> {
  const file = path.join(sourceDir, DECK_FILE);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : parseDeckSpec(text, file);
}

/** Parses deck.yaml text, keeping the line and column of every figure reference and every problem. */
export function parseDeckSpec(text: string, file: string): ReadDeck {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const problems: DeckProblem[] = [];
  const references: DeckReference[] = [];
  const placeOf = (node: Node | null | undefined): DeckPlace => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (node: Node | null | undefined, reason: string): void => {
    problems.push({ ...placeOf(node), reason });
  };
  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push({ line, column: col, reason: error.message.split('\n')[0] });
  }
  const groups: DeckGroup[] = [];
  const groupsNode = document.get('groups', true) as Node | undefined;
  if (!isSeq(groupsNode)) {
    if (problems.length === 0) problem(document.contents, 'deck.yaml needs a `groups:` list');
    return { file, spec: { groups }, references, problems };
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
      references.push({ figureId: item.value, chartId, ...placeOf(item) });
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
  return { file, spec: { groups }, references, problems };
}

function partTitle(report: Report, sectionId: string | undefined): Bilingual<string> {
  const part: Section | undefined = report.sections.find((section) => section.id === sectionId);
  return part ? { zh: part.title.zh.text, en: part.title.en?.text } : { zh: '' };
}

/** Without deck.yaml: one group per figure group, in reading order, titled by its part, every figure a headline. */
export function defaultDeckSpec(report: Report): DeckSpec {
  const groups = new Map<string, DeckGroup>();
  for (const figure of report.figures) {
    const group = groups.get(figure.group) ?? { id: figure.group, title: partTitle(report, figure.sectionIds[0]), headline: [], charts: [] };
    group.headline.push(figure.id);
    groups.set(figure.group, group);
  }
  return { groups: [...groups.values()] };
}

const attached = new WeakMap<Report, DeckSpec>();

/** The check stage reads deck.yaml (renderers never see paths) and hands the checked spec on with the report. */
export function attachDeckSpec(report: Report, spec: DeckSpec): void {
  attached.set(report, spec);
}

export function deckSpecFor(report: Report): DeckSpec {
  return attached.get(report) ?? defaultDeckSpec(report);
}
