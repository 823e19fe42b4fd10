import { warn } from '../model/messages.ts';
import { locateInBlock } from './locate.ts';
import { type CheckRule, allTextPairs } from './context.ts';

const PAIRS: Record<string, string> = { '“': '”', '（': '）', '(': ')', '《': '》', '「': '」', '『': '』', '[': ']' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/** Index of the first quote or bracket without its partner, or -1. */
export function findUnbalanced(text: string): number {
  const stack: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char in PAIRS) {
      stack.push(index);
    } else if (CLOSERS.has(char)) {
      if (stack.length === 0 || text[stack[stack.length - 1]] !== CLOSERS.get(char)) return index;
      stack.pop();
    }
  }
  return stack.length > 0 ? stack[0] : -1;
}

/** An unbalanced quote or bracket is reported where it stands, never silently repaired. */
export const checkBalancedMarks: CheckRule = ({ report, files }) => {
  for (const pair of allTextPairs(report)) {
    for (const lang of ['zh', 'en'] as const) {
      const side = pair[lang];
      const file = files[lang];
      if (!side || !file) continue;
      const index = findUnbalanced(side.text);
      if (index < 0) continue;
      const char = side.text[index];
      warn(file, `unbalanced ${char} in this paragraph: its partner is missing`, locateInBlock(file, side.position, side.text, index), 'unbalanced-quote');
    }
  }
};
