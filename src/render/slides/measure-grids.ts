import type { Page } from 'puppeteer-core';

/**
 * Groups whose grid of headline figures runs below its slide's content box in the deck `page` shows (`showDeck`):
 * those get their grids again in one row.
 */
export async function overflowingGrids(page: Page): Promise<Set<string>> {
  const groups = (await page.evaluate(`Array.from(document.querySelectorAll('section[data-kind=figure-overview]')).filter((slide) => {
    const { h, v } = Reveal.getIndices(slide);
    Reveal.slide(h, v);
    const frame = slide.querySelector('.frame');
    const bottom = frame.getBoundingClientRect().bottom - parseFloat(getComputedStyle(frame).paddingBottom) * Reveal.getScale();
    return Array.from(slide.querySelectorAll('.figure-cell')).some((cell) => cell.getBoundingClientRect().bottom > bottom + 0.5);
  }).map((slide) => slide.dataset.group)`)) as string[];
  return new Set(groups);
}
