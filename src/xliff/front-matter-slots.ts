import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument, Scalar, stringify } from 'yaml';
import { META_KEYS, type ReportMeta } from '../model/types.ts';
import type { Slot } from './slots.ts';

/** Where the YAML between the `---` fences starts in the file, or undefined when the node's text is not found there. */
function yamlStart(source: string, node: Yaml): number | undefined {
  const start = source.indexOf('\n', node.position!.start.offset!) + 1;
  return source.startsWith(node.value, start) ? start : undefined;
}

/**
 * One slot per translatable front-matter value (title, occasion, speaker, office, publisher): its content is the
 * value as YAML reads it, its range the scalar as written (quotes and all), so that an unchanged value keeps its bytes.
 */
export function readFrontMatterSlots(source: string, node: Yaml): Slot[] {
  const start = yamlStart(source, node);
  const document = parseDocument(node.value);
  if (start === undefined || document.errors.length > 0 || !isMap(document.contents)) return [];
  return document.contents.items.flatMap((pair): Slot[] => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (META_KEYS[key as keyof ReportMeta] !== 'text' || !isScalar(pair.value) || !pair.value.range) return [];
    const [from, to] = pair.value.range;
    const before = source.slice(0, start + from).split('\n');
    return [
      {
        id: `meta.${key}`,
        role: 'front-matter',
        start: start + from,
        end: start + to,
        line: before.length,
        column: before[before.length - 1].length + 1,
        pieces: [{ type: 'text', value: String(pair.value.value ?? '') }],
        scalarType: pair.value.type,
      },
    ];
  });
}

/** A front-matter value as a YAML scalar in the style it had (plain, quoted), quoted when plain would misread it. */
export function writeFrontMatterValue(value: string, options: { scalarType?: Scalar.Type }): string {
  const defaultStringType = options.scalarType === Scalar.QUOTE_DOUBLE || options.scalarType === Scalar.QUOTE_SINGLE ? options.scalarType : Scalar.PLAIN;
  // lineWidth 0: never fold a long title onto a second line.
  return stringify(value, { defaultStringType, lineWidth: 0 }).replace(/\n$/u, '');
}
