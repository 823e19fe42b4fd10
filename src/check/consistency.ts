import { warn } from '../model/messages.ts';
import { type CheckRule, allTextPairs } from './context.ts';
import { findRareRenderings } from './consistency/aligned-spans.ts';
import { buildCorpus } from './consistency/corpus.ts';
import { findFrameVariants } from './consistency/frame-variants.ts';
import { type Finding, findSharedRenderings, findSplitRenderings, findVariantNames } from './consistency/findings.ts';
import type { Occurrence } from './consistency/units.ts';
import { locateInBlock } from './locate.ts';

/**
 * Consistency of the translation across the report: a Chinese term or name rendered two ways, one English
 * rendering used for two Chinese terms. Statistics of the report itself (sentence and word alignment), no word list.
 */
export const checkConsistency: CheckRule = ({ report, files }) => {
  const file = files.en;
  if (!file) return;
  const corpus = buildCorpus(allTextPairs(report));
  const place = (occurrence: Occurrence): { line: number; column: number } => {
    const sentence = corpus.sentences[occurrence.sentence];
    return locateInBlock(file, sentence.pair.en!.position, sentence.enText, occurrence.index);
  };
  const report_ = (finding: Finding, ruleId: string): void => {
    const other = place(finding.other);
    warn(file, finding.reason(`${file.path}:${other.line}:${other.column}`), place(finding.at), ruleId);
  };
  for (const finding of findSplitRenderings(corpus)) report_(finding, 'translation-consistency');
  for (const finding of findRareRenderings(corpus)) report_(finding, 'translation-consistency');
  for (const finding of findFrameVariants(corpus)) report_(finding, 'translation-consistency');
  for (const finding of findVariantNames(corpus)) report_(finding, 'translation-consistency');
  for (const finding of findSharedRenderings(corpus)) report_(finding, 'translation-shared-rendering');
};
