import { warn } from '../model/messages.ts';
import { LONG_RUN, findLongRuns } from '../model/long-runs.ts';
import { type CheckRule, allTextPairs } from './context.ts';
import { locateInBlock } from './locate.ts';

/** A run with no place to break wider than a column is broken anywhere in print (never clipped): the user hears where. */
export const checkLongRuns: CheckRule = ({ report, files }) => {
  for (const pair of allTextPairs(report)) {
    for (const lang of ['zh', 'en'] as const) {
      const side = pair[lang];
      const file = files[lang];
      if (!side || !file) continue;
      for (const run of findLongRuns(side.text)) {
        const shown = side.text.slice(run.index, run.index + 16);
        warn(file, `an unbroken run of ${run.length} characters (“${shown}…”) is longer than ${LONG_RUN}: it is broken across lines at any character; put spaces where it may break`, locateInBlock(file, side.position, side.text, run.index), 'long-run');
      }
    }
  }
};
