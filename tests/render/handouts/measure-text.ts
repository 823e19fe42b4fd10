/**
 * Runs in the page: the WCAG contrast of every element's own text against its nearest opaque background, and its
 * line spacing (line height / font size). A string, because tsx's keepNames helpers do not exist inside the page.
 */
export const MEASURE_TEXT = `(() => {
  const rgb = (colour) => (colour.match(/[\\d.]+/g) || []).map(Number);
  const channel = (value) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const backgroundOf = (element) => {
    for (let at = element; at; at = at.parentElement) {
      const colour = rgb(getComputedStyle(at).backgroundColor);
      if (colour.length === 3 || colour[3] > 0) return colour;
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll('body *')]
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim() !== ''))
    .map((element) => {
      const style = getComputedStyle(element);
      const fore = luminance(rgb(style.color));
      const back = luminance(backgroundOf(element));
      return {
        text: element.textContent.slice(0, 20),
        tag: element.tagName,
        contrast: (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05),
        leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      };
    });
})()`;

export interface MeasuredText {
  text: string;
  tag: string;
  contrast: number;
  leading: number;
}
