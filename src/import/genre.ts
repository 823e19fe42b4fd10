/** The line shapes of the genre (政府工作报告), shared by the recognisers. */

const NUMERAL = '[一二三四五六七八九十]+';
export const PART = new RegExp(`^(${NUMERAL})、`, 'u');
export const SECTION = new RegExp(`^[（(](${NUMERAL})[)）]`, 'u');
/** A third-level number as printed: 1.  1、  （1）  (1)  ①. */
export const ITEM = /^(\d{1,3}\s*[.．、](?!\d)\s*|[（(]\d{1,3}[)）]\s*|[\u2460-\u2473]\s*)(.+)$/su;
/** The salutation alone on its line: 各位代表：  同志们：  各位人大代表：  各位代表，同志们！ */
export const SALUTATION = /^(各位(人大)?代表|各位委员|同志们)([、，,]\s*(同志们|各位委员))?\s*[:：,，!！]?$/u;
/** A paragraph that turns to the audience: where the closing starts when it is the last one. */
export const ADDRESS = /^(各位(人大)?代表|同志们)([、，,]\s*同志们)?\s*[:：,，!！]/u;
/** Longer than this, a line that starts like a heading is probably a paragraph. */
export const HEADING_MAX = 60;
/** A heading-length line with no sentence in it. */
const NO_SENTENCE = /^[^。！？!?；;]{2,40}$/u;
/** Unnumbered part titles name what the part is about: 2016年工作回顾, 2017年主要工作任务, 未来五年工作. */
const UNNUMBERED_PART = /^(?!.*以下)[^，,：:。！？；;]{2,28}(回顾|工作|任务|要求|安排|思路|计划|目标|取向|展望|建议)$/u;
/** 附件, 附件1, 附件二, 附表3, 附录 alone on a line. */
const APPENDIX_LABEL = /^附[件表录]\s*[一二三四五六七八九十\d]*$/u;
/** 附件1：名词解释, 附件二 宝安区民生实事 … on one line. */
const APPENDIX_LABELLED_TITLE = /^附[件表录]\s*[一二三四五六七八九十\d]*\s*[:：]?\s*\S.{0,40}$/u;
/** Glossary headings name terms and their explanation: 名词解释, 政府工作报告名词、术语注释, 《政府工作报告》有关名词解释, 注释. */
const GLOSSARY_TITLE = /^(附[件录:：]?\s*[一二三四五六七八九十\d]*\s*[:：]?\s*)?([^。！？；，,]{0,24}?(名\s*词|术\s*语|词\s*语|用\s*语)[^。！？；，,]{0,6}?(解\s*释|注\s*释|注\s*解|释\s*义|说\s*明)|注\s*释)[:：]?$/u;
/** 政府工作报告, 管委会工作报告, 政府工作报告（摘要）. */
const TITLE = /工作报告([（(][^）)]{1,8}[)）])?$/u;

export function isTitleLine(text: string): boolean {
  const bare = text.replace(/[\s\u3000]/g, '');
  return TITLE.test(bare) && bare.length <= 40;
}

export function isNoSentence(text: string): boolean {
  return NO_SENTENCE.test(text);
}

export function isUnnumberedPartTitle(text: string): boolean {
  return UNNUMBERED_PART.test(text) && !PART.test(text) && !SECTION.test(text) && !ITEM.test(text);
}

export function isHeadingLike(text: string): boolean {
  return text.length <= HEADING_MAX && (PART.test(text) || SECTION.test(text)) && isNoSentence(text);
}

export function isGlossaryTitle(text: string): boolean {
  return text.length <= 40 && GLOSSARY_TITLE.test(text);
}

export function isAppendixLabel(text: string): boolean {
  return APPENDIX_LABEL.test(text);
}

export function isAppendixStart(text: string): boolean {
  return APPENDIX_LABEL.test(text) || (APPENDIX_LABELLED_TITLE.test(text) && isNoSentence(text)) || isGlossaryTitle(text);
}
