/** The printed numbers of the genre: parts 一、, sections （一）, items 1. 1、 （1） (1) ① [1] 【1】. */

/** A numbered item's number at the start of a paragraph: Arabic or circled; `1.5亿元` is a quantity, not a number. */
const ITEM_NUMBER = /^(?:\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|[\[【]\d{1,3}[\]】]|[\u2460-\u2473])/u;
/** Any printed number at the start of a heading, Chinese numerals included. */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|[IVXLC]+\.\s|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|[\[【]\d{1,3}[\]】]|[\u2460-\u2473])\s*/u;

export interface Numbered {
  /** The number as printed, e.g. （1）. */
  number?: string;
  /** The text after the number, with any space that follows the number. */
  rest: string;
}

/** Splits a numbered item's leading number (1. 1、 （1） (1) ① [1] 【1】) from its text, which may be empty. */
export function splitItemNumber(text: string): Numbered {
  const match = ITEM_NUMBER.exec(text);
  if (!match) return { rest: text };
  return { number: match[0], rest: text.slice(match[0].length) };
}

/** The printed number of a heading (一、, （三）, 1., I.), or undefined for an unnumbered one such as 2016年工作回顾. */
export function headingNumber(title: string): string | undefined {
  return HEADING_NUMBER.exec(title)?.[0].trim();
}

/** The number of a heading for labels in messages: 一、 → 一, （三） → 三, 1. → 1. */
export function bareNumber(number: string): string {
  return number.replace(/[、．.（）()[\]【】\s]/gu, '');
}
