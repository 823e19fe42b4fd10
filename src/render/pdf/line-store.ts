import { createContext, useContext } from 'react';

/**
 * Where a paragraph's line settings (the breaks english-lines.ts and chinese-lines.ts choose, shaping included) are
 * looked up before they are computed. `inputs` must hold everything the setting depends on besides the environment
 * (code, fonts, templates, settings), which the store is opened for: the text and its runs, the measure, the names.
 */
export interface LineStore {
  settle<T>(inputs: unknown, compute: () => T): T;
}

/** No store: every paragraph's lines are computed. */
export const computeLines: LineStore = { settle: (_inputs, compute) => compute() };

const LineStoreContext = createContext<LineStore>(computeLines);

/** The store a part's paragraphs use (build-edition.tsx gives each part its own, see stored-lines.ts). */
export const LineStoreProvider = LineStoreContext.Provider;

export function useLineStore(): LineStore {
  return useContext(LineStoreContext);
}
