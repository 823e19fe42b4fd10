import type { VFile } from 'vfile';
import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';

/** A parsed YAML file: its validated data (undefined after any error) and the place of any node, for later rules. */
export interface ParsedYaml<T> {
  data: T | undefined;
  document: Document;
  placeOf: (node: Node | null | undefined) => { line: number; column: number };
}

function fail(file: VFile, reason: string, place: { line: number; column: number }, ruleId: string): void {
  const message = file.message(reason, { place, ruleId, source: 'report-press' });
  message.fatal = true;
}

/** Nesting no report file needs (the deck nests 5 deep): the yaml parser takes 22 s for 400,000 `[`. */
const MAX_DEPTH = 32;
const MAX_INDENT = 80;

/**
 * The place where `text` nests deeper than MAX_DEPTH flow brackets or indents more than MAX_INDENT columns, found
 * by a scan that skips quoted strings and comments, before the parser recurses into it; undefined when it does not.
 */
function findDeepNesting(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') {
      line += 1;
      lineStart = index + 1;
      if (/^ */.exec(text.slice(lineStart, lineStart + MAX_INDENT + 1))![0].length > MAX_INDENT) return { line, column: MAX_INDENT + 1 };
      continue;
    }
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (index === lineStart || /\s/.test(text[index - 1]))) {
      const end = text.indexOf('\n', index);
      index = (end < 0 ? text.length : end) - 1;
    } else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
    if (depth > MAX_DEPTH) return { line, column: index - lineStart + 1 };
  }
  return undefined;
}

/** A YAML file aliases a few nodes at most; a thousand is an attack ("billion laughs"). */
const MAX_ALIASES = 1000;

function describePath(path: PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** The deepest node of `path` that the document has: a missing key is reported at the map that lacks it. */
function nodeAt(document: Document, path: PropertyKey[]): Node | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in node) return node as Node;
  }
  return undefined;
}

/** The key node of `key` in the map at `path`, for an unknown key. */
function keyNode(document: Document, path: PropertyKey[], key: string): Node | undefined {
  const map = path.length === 0 ? document.contents : document.getIn(path as unknown[], true);
  const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) : undefined;
  return (pair?.key as Node | undefined) ?? undefined;
}

/**
 * Parses a YAML source file and validates it against `schema`: every syntax error and every schema issue is an
 * error on the file at the line and column of the node it concerns, named by its path (`terms[3].en`).
 */
export interface YamlSchemaOptions<T> {
  schema: z.ZodType<T>;
  ruleId: string;
  /** Added to a message about an unknown key in the map at `path`: what the user most likely meant. */
  unknownKeyHint?: (path: PropertyKey[]) => string;
}

/** The last texts parsed: `watch` reads the termbase, deck, labels and theme at every build, most of them unchanged (about 0.1 s of an edit). */
const parsedTexts = new Map<string, { document: Document; lineCounter: LineCounter }>();
const KEPT_TEXTS = 8;

/** The YAML document of `text` and its line counter, parsed once while the text is among the last KEPT_TEXTS; callers only read them. */
function parseText(text: string): { document: Document; lineCounter: LineCounter } {
  let parsed = parsedTexts.get(text);
  if (parsed) parsedTexts.delete(text);
  else {
    const lineCounter = new LineCounter();
    parsed = { document: parseDocument(text, { lineCounter, uniqueKeys: true }), lineCounter };
  }
  parsedTexts.set(text, parsed);
  if (parsedTexts.size > KEPT_TEXTS) parsedTexts.delete(parsedTexts.keys().next().value!);
  return parsed;
}

export function parseYamlFile<T>(file: VFile, options: YamlSchemaOptions<T>): ParsedYaml<T> {
  const { schema, ruleId } = options;
  const deep = findDeepNesting(String(file.value));
  if (deep) {
    fail(file, `nests deeper than ${MAX_DEPTH} levels or indents more than ${MAX_INDENT} columns: no report file needs that`, deep, ruleId);
    return { data: undefined, document: parseDocument(''), placeOf: () => ({ line: 1, column: 1 }) };
  }
  const { document, lineCounter } = parseText(String(file.value));
  const placeAt = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const placeOf = (node: Node | null | undefined): { line: number; column: number } => placeAt(node?.range?.[0] ?? 0);
  const parsed: ParsedYaml<T> = { data: undefined, document, placeOf };
  for (const error of document.errors) fail(file, `not valid YAML: ${error.message.split('\n')[0]}`, placeAt(error.pos[0]), ruleId);
  if (document.errors.length > 0) return parsed;
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    fail(file, `cannot be read: ${(error as Error).message.split('\n')[0]}`, { line: 1, column: 1 }, ruleId);
    return parsed;
  }
  const result = schema.safeParse(value ?? {});
  if (result.success) {
    parsed.data = result.data;
    return parsed;
  }
  for (const issue of result.error.issues) {
    const where = describePath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const hint = options.unknownKeyHint ? ` (${options.unknownKeyHint(issue.path)})` : '';
      for (const key of issue.keys) fail(file, `${where ? `${where}: ` : ''}unknown key \`${key}\`${hint}`, placeOf(keyNode(document, issue.path, key) ?? nodeAt(document, issue.path)), ruleId);
      continue;
    }
    fail(file, `${where || 'the file'}: ${issue.message}`, placeOf(nodeAt(document, issue.path)), ruleId);
  }
  return parsed;
}
