import type { Bilingual } from '../../model/types.ts';

/** Speaker notes: lines to say in both languages, then the full source sentence of each figure shown. */
export interface NotesView {
  lines: Array<Bilingual<string>>;
  figures: Array<{ id: string; zh: string; en: string | undefined; place: Array<Bilingual<string>> }>;
}

