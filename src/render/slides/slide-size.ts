import type { DeckSpec } from '../../model/types.ts';

export interface SlideSize {
  width: number;
  height: number;
}

/** The slide in CSS pixels: 1280×720 for 16:9, 960×720 for 4:3 (old projectors); deck.css and deck.js read it from the page. */
export function slideSize(spec: DeckSpec): SlideSize {
  return spec.aspect === '4:3' ? { width: 960, height: 720 } : { width: 1280, height: 720 };
}
