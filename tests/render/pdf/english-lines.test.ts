import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { englishBodyLines, lineText, measureEnglishLines, normalWordSpace, readTextLines, type TextLine } from '../../../src/bench/english-typography.ts';
import { loadReport } from '../../../src/model/load-report.ts';
import { saddleStitchOrder } from '../../../src/render/pdf/impose-booklet.ts';
import { pdfRenderer } from '../../../src/render/pdf/pdf-renderer.ts';
import { readsAsPinyin } from '../../../src/render/pdf/pinyin.ts';
import { loadTermbase } from '../../../src/source/termbase.ts';

/** Body pages start after the cover and the contents. */
const FIRST_BODY_PAGE = 3;

/** What the break rules are checked against: the English source, and the termbase's proper names (its capitalised renderings). */
interface Source {
  english: string;
  names: string[];
}

async function render(sourceDir: string, outDir: string, options: { booklet: boolean } = { booklet: false }): Promise<Source> {
  const { report } = await loadReport(sourceDir);
  assert.ok(report, `${sourceDir} loads into a report`);
  const settings = { booklet: options.booklet, deckNotes: false };
  await pdfRenderer.render({ report, outDir, settings, browser: () => Promise.reject(new Error('no browser for the PDF')), note: () => {} });
  const names = (await loadTermbase(sourceDir)).terms.map((term) => term.en).filter((rendering) => /\p{Lu}/u.test(rendering));
  return { english: await readFile(path.join(sourceDir, 'report.en.md'), 'utf8'), names };
}

/** A booklet's text lines as the pages of its edition: each sheet side cut in two, each half put back at its page (saddleStitchOrder). */
function unfoldBooklet(booklet: string, pages: number): TextLine[] {
  const sheetWidth = Number(/Page size:\s+([\d.]+)/.exec(execFileSync('pdfinfo', [booklet], { encoding: 'utf8' }))![1]);
  const order = saddleStitchOrder(Math.ceil(pages / 4) * 4);
  const half = sheetWidth / 2;
  const lines = readTextLines(booklet).flatMap((line) =>
    [0, 1].map((side) => ({
      ...line,
      page: order[line.page - 1][side] + 1,
      words: line.words.filter((word) => word.xMin < half === (side === 0)).map((word) => ({ ...word, xMin: word.xMin - side * half, xMax: word.xMax - side * half })),
    })),
  );
  return lines.filter((line) => line.words.length > 0).sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.words[0].xMin - b.words[0].xMin);
}

/** Each hyphen our breaker drew at a line end (not a compound's own hyphen), as the word it split (`adopt-` + `ed`) with the two lines' text joined there. */
function splitWords(lines: TextLine[], source: string): Array<{ word: string; joined: string }> {
  const words: Array<{ word: string; joined: string }> = [];
  lines.forEach((line, index) => {
    const last = line.words.at(-1)!.text;
    const next = lines[index + 1]?.words[0].text;
    if (!/\p{L}-$/u.test(last) || !next) return;
    const head = /[\p{L}\p{N}]+-$/u.exec(last)![0].slice(0, -1);
    const tail = /^[\p{L}\p{N}]*/u.exec(next)![0];
    if (!source.includes(`${head}-${tail}`)) words.push({ word: head + tail, joined: `${lineText(line).slice(0, -1)}${lineText(lines[index + 1])}` });
  });
  return words;
}

/** Checks every edition holding English: [file, columns]. */
const ENGLISH_EDITIONS = [
  ['report.en.pdf', 1],
  ['report.pdf', 2],
] as const;

function checkBreakRules(dir: string, source: Source, options: { maxHyphenShare: number }) {
  for (const [file, columns] of ENGLISH_EDITIONS) {
    const lines = englishBodyLines(readTextLines(path.join(dir, file)), { firstPage: FIRST_BODY_PAGE, columns });
    const measured = measureEnglishLines(lines, normalWordSpace(columns));
    assert.ok(measured.lines > 20, `${file}: ${measured.lines} English lines read`);
    assert.deepEqual(measured.punctuationFaults, [], `${file}: no line opens with a closing mark or ends with an opening one`);
    assert.deepEqual(measured.numberSplits, [], `${file}: no number is cut from the word after it`);
    assert.ok(measured.longestHyphenRun <= 2, `${file}: ${measured.longestHyphenRun} hyphenated lines in a row`);
    assert.ok(measured.hyphenated <= options.maxHyphenShare * measured.lines, `${file}: ${measured.hyphenated} of ${measured.lines} lines hyphenated`);
    for (const { word, joined } of splitWords(lines, source.english)) {
      assert.ok(/^\p{L}{6,}$/u.test(word) && !/\p{Lu}.*\p{Lu}/u.test(word) && !(/^\p{Lu}/u.test(word) && readsAsPinyin(word)), `${file}: hyphenated "${word}", a short word, an acronym, a Pinyin name or a figure`);
      for (const name of source.names.filter((candidate) => candidate.includes(word))) {
        assert.ok(!joined.includes(name), `${file}: hyphenated "${word}" in the termbase's name "${name}"`);
      }
    }
  }
}

/**
 * Word spaces in every edition holding English: each justified line's widest under 1.5 times the normal space (a line
 * of a single word has none to widen). The seed's bilingual column (27 em) had one line at 1.53 times, a termbase name
 * then `During` then `COVID-19`, before its compound could break after its own hyphen.
 */
function checkWordSpaces(dir: string) {
  for (const [file, columns] of ENGLISH_EDITIONS) {
    const measured = measureEnglishLines(englishBodyLines(readTextLines(path.join(dir, file)), { firstPage: FIRST_BODY_PAGE, columns }), normalWordSpace(columns));
    assert.ok(measured.widestSpace > 1, `${file}: word spaces measured (${measured.widestSpace})`);
    assert.deepEqual(measured.looseLines, [], `${file}: widest ${measured.widestSpace.toFixed(2)}× in "${measured.widestSpaceLine}"`);
  }
}

describe('English lines of the seed report', () => {
  let dir: string;
  let source: Source;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rp-en-lines-'));
    source = await render('source', dir, { booklet: true });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('breaks no English line beside punctuation, hyphenates at most 8 % of lines (never two in a row more), never a short word, a name or a figure, and keeps numbers with their units', () => {
    checkBreakRules(dir, source, { maxHyphenShare: 0.08 });
  });

  it('keeps 250,000 square metres and 1.818 billion yuan on one line wherever they stand', () => {
    for (const [file, columns] of ENGLISH_EDITIONS) {
      const lines = englishBodyLines(readTextLines(path.join(dir, file)), { firstPage: FIRST_BODY_PAGE, columns }).map(lineText);
      for (const phrase of ['250,000 square metres', '1.818 billion yuan']) {
        assert.ok(lines.some((line) => line.includes(phrase)), `${file}: "${phrase}" on one line`);
      }
    }
  });

  it('sets every word space of a justified English line under 1.5 times its width in both editions (and so in their booklets, imposed unchanged)', () => {
    checkWordSpaces(dir);
  });

  it('imposes the English lines of each edition unchanged in its booklet', () => {
    for (const [file, columns] of ENGLISH_EDITIONS) {
      const edition = readTextLines(path.join(dir, file));
      const pages = Math.max(...edition.map((line) => line.page));
      const booklet = englishBodyLines(unfoldBooklet(path.join(dir, file.replace('.pdf', '.booklet.pdf')), pages), { firstPage: FIRST_BODY_PAGE, columns });
      const lines = englishBodyLines(edition, { firstPage: FIRST_BODY_PAGE, columns });
      assert.deepEqual(booklet.map(lineText), lines.map(lineText), file);
      // The imposition moves each page by a transform: positions agree to far below a glyph's size, not to the last bit.
      const rounded = (measure: object): string => JSON.stringify(measure, (_, value: unknown) => (typeof value === 'number' ? Number(value.toFixed(6)) : value));
      assert.equal(rounded(measureEnglishLines(booklet, normalWordSpace(columns))), rounded(measureEnglishLines(lines, normalWordSpace(columns))), file);
    }
  });

  it('breaks no line of Latin inside Chinese after an opening or before a closing Latin mark', () => {
    for (const file of ['report.zh.pdf', 'report.pdf']) {
      const chinese = readTextLines(path.join(dir, file)).filter((line) => line.words.some((word) => /\p{Script=Han}/u.test(word.text)));
      assert.ok(chinese.length > 100, `${file}: expected more than 100 lines with Chinese, got ${chinese.length}`);
      assert.deepEqual(chinese.map(lineText).filter((line) => /^[,.;:!?)\]]|[([]$/u.test(line)), [], file);
    }
  });
});

/** Sentences that put run boundaries, numbers with units, names and an address at every place in a line. */
function trickyParagraph(seed: number): string {
  const fillers = ['Meanwhile', 'we', 'also', 'steadily', 'worked', 'hard', 'and'];
  const sentences = [
    'We delivered the “Three Mosts”, and invested 8.1 billion yuan in 250,000 square metres of housing, up 3.5%.',
    'The Qingniwa–Tianjin Street pedestrian street welcomed 1.2 million visitors (more than 11,000 a day).',
    'Details are published at https://www.example.gov.cn/2021 for every resident.',
    'Comprehensive administrative reorganisation strengthened accountability, transparency and responsiveness.',
  ];
  return Array.from({ length: 6 }, (_, index) => [...fillers.slice(0, (seed + index) % fillers.length), sentences[(seed + index) % sentences.length]].join(' ')).join(' ');
}

describe('English lines of a second report (Sample District 2017, the structures fixture)', () => {
  let dir: string;
  let source: Source;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rp-en-second-'));
    source = await render('tests/fixtures/structures', dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('breaks no English line beside punctuation, hyphenates at most 8 % of lines, never a short word, a name or a figure, and keeps numbers with their units', () => {
    checkBreakRules(dir, source, { maxHyphenShare: 0.08 });
  });

  it('sets every justified word space under 1.5 times its width in both editions', () => {
    checkWordSpaces(dir);
  });
});

describe('English lines of a report written to trip them', () => {
  let dir: string;
  let source: Source;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rp-en-tricky-'));
    const sourceDir = path.join(dir, 'source');
    await cp('tests/fixtures/mini', sourceDir, { recursive: true });
    const english = await readFile(path.join(sourceDir, 'report.en.md'), 'utf8');
    let seed = 0;
    // Every body paragraph but the salutation becomes long and tricky; the structure (and so the pairing) stays.
    await writeFile(
      path.join(sourceDir, 'report.en.md'),
      english.replace(/^(\*\*[^*]+\*\* )?(?!::|#|:::|\d\.)([A-Z].+)$/gmu, (_, head: string | undefined) => `${head ?? ''}${trickyParagraph((seed += 1))}`),
    );
    source = await render(sourceDir, path.join(dir, 'out'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('breaks no line beside punctuation, keeps most addresses whole, and keeps every number with its unit', () => {
    const out = path.join(dir, 'out');
    // Long words repeated between addresses, in a 27-em column: 14 of its 84 lines hyphenated to keep every word space under 1.5 times.
    checkBreakRules(out, source, { maxHyphenShare: 0.2 });
    for (const [file, columns] of ENGLISH_EDITIONS) {
      const lines = englishBodyLines(readTextLines(path.join(out, file)), { firstPage: FIRST_BODY_PAGE, columns }).map(lineText);
      assert.ok(lines.filter((line) => line.includes('https://www.example.gov.cn/2021')).length >= 4, `${file}: the address whole`);
      for (const phrase of ['8.1 billion yuan', '250,000 square metres', '1.2 million visitors', '11,000 a']) {
        const whole = lines.filter((line) => line.includes(phrase)).length;
        assert.ok(whole >= 4, `${file}: "${phrase}" whole on ${whole} lines`);
      }
    }
  });

  it('sets every justified word space under 1.5 times its width, breaking an address only after // or a dot between labels, or before a slash', () => {
    const out = path.join(dir, 'out');
    checkWordSpaces(out);
    const address = 'https://www.example.gov.cn/2021';
    const heads = ['https://', 'https://www.', 'https://www.example.', 'https://www.example.gov.', 'https://www.example.gov.cn'];
    for (const [file, columns] of ENGLISH_EDITIONS) {
      const lines = englishBodyLines(readTextLines(path.join(out, file)), { firstPage: FIRST_BODY_PAGE, columns });
      lines.forEach((line, index) => {
        const last = line.words.at(-1)!.text;
        if (!address.startsWith(last) || last === address) return;
        assert.ok(heads.includes(last), `${file}: address broken after "${last}"`);
        assert.ok(lines[index + 1].words[0].text.startsWith(address.slice(last.length)), `${file}: "${last}" goes on on the next line`);
      });
    }
  });
});
