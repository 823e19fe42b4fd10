import { access } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { isScalar, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import type { DeckReference, DeckSpec } from './types.ts';
import { readSourceFile } from '../source/read-source.ts';
import { parseYamlFile } from '../common/yaml-schema.ts';

/** `source/deck.yaml` as a VFile, or undefined when the report has none. */
export async function readDeckFile(sourceDir: string): Promise<VFile | undefined> {
  const filePath = path.join(sourceDir, 'deck.yaml');
  const present = await access(filePath).then(
    () => true,
    () => false,
  );
  return present ? readSourceFile(filePath) : undefined;
}

const text = z.union([z.string(), z.number()], 'needs a text').transform(String);
const bilingual = z.strictObject({ zh: text.pipe(z.string().min(1, 'needs a text')), en: text.optional() }, 'needs a title: { zh: …, en: … }');
const figureIds = z.array(z.string('a figure id is a plain name').min(1, 'needs a figure id'), 'needs a list of figure ids: [id, id]').default([]);

const WEB_ADDRESS = 'must be a web address starting with https:// or http://';

const deckSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      id: z.string('needs an id: the group= of its figures').min(1, 'needs an id: the group= of its figures'),
      title: bilingual,
      headline: figureIds,
      charts: z
        .array(
          z.strictObject({
            id: z.string('needs an id').min(1, 'needs an id'),
            title: bilingual,
            axis: bilingual.default({ zh: '' }),
            scale: z.number('needs a number, e.g. 100000000 for 亿元').positive('must be a positive number, e.g. 100000000 for 亿元').default(1),
            figures: figureIds,
          }),
          'needs a list of charts',
        )
        .default([]),
    }),
    'needs a `groups:` list',
  ),
  /** Where the full report can be read: the closing slide shows it and its QR code. */
  url: z
    .string(WEB_ADDRESS)
    .refine((value) => /^https?:\/\/\S+$/u.test(value) && URL.canParse(value), WEB_ADDRESS)
    .optional(),
  /** 4:3 for old projectors. */
  aspect: z.enum(['16:9', '4:3'], 'must be 16:9 or 4:3').default('16:9'),
});

/**
 * Parses deck.yaml against its schema; every problem is an error at its line and column. The deck keeps the
 * position of every figure id it names, for the check that the report marks it.
 */
export function parseDeckSpec(file: VFile): DeckSpec {
  if (file.messages.length > 0) return { groups: [], references: [], aspect: '16:9' };
  const { data, document, placeOf } = parseYamlFile(file, { schema: deckSchema, ruleId: 'deck', unknownKeyHint: (at) => {
      const owner = at.at(-1);
      if (owner === 'title' || owner === 'axis') return 'only zh: and en:; quote a text holding a comma';
      return at.includes('charts') ? 'a chart has id, title, axis, scale, figures' : at.length > 0 ? 'a group has id, title, headline, charts' : 'the deck has groups:';
    },
  });
  if (!data) return { groups: [], references: [], aspect: '16:9' };
  const references: DeckReference[] = [];
  const refer = (listPath: unknown[], chartId?: string): void => {
    const list = document.getIn(listPath, true);
    for (const item of isSeq(list) ? list.items : []) {
      if (isScalar(item)) references.push({ figureId: String(item.value), chartId, position: { file: file.path, ...placeOf(item as Node) } });
    }
  };
  data.groups.forEach((group, groupIndex) => {
    refer(['groups', groupIndex, 'headline']);
    group.charts.forEach((chart, chartIndex) => refer(['groups', groupIndex, 'charts', chartIndex, 'figures'], chart.id));
  });
  return { groups: data.groups, references, url: data.url, aspect: data.aspect };
}
