import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadReport } from '../../src/model/load-report.ts';
import type { Block, Report, Section } from '../../src/model/types.ts';
import { projectDir, runCli } from '../helpers/cli.ts';
import { hanSequence, readPdf, type PdfDocument, type PdfTextItem } from '../helpers/pdf.ts';

const corpusDir = path.join(projectDir, 'tests/fixtures/reports/corpus');
/** A paragraph's first Han characters lie on one line of the PDF, so no running head or folio comes between them. */
const PARAGRAPH_START = 12;

const squeeze = (text: string): string => text.replace(/\s+/g, '');

const blocksOf = (sections: Section[]): Block[] => sections.flatMap((section) => [...section.blocks, ...blocksOf(section.sections)]);

/** Wider than this, the gap between two text items on a line is the padding between two table cells. */
const CELL_GAP = 4;

/**
 * The PDF's text read column by column, so that a table cell's wrapped lines follow each other: each line is cut into
 * runs of items at the gaps between cells, and the runs are read by their left edge, then top to bottom.
 */
function columnText(pdf: PdfDocument): string {
  const runsOf = (page: PdfDocument['pages'][number]): Array<{ x: number; y: number; text: string }> => {
    const lines = new Map<number, PdfTextItem[]>();
    for (const item of page.items.filter((candidate) => candidate.str.trim() !== '')) {
      const key = Math.round(item.y);
      lines.set(key, [...(lines.get(key) ?? []), item]);
    }
    return [...lines.values()].flatMap((items) => {
      const sorted = items.sort((a, b) => a.x - b.x);
      const runs: Array<{ x: number; y: number; text: string }> = [];
      sorted.forEach((item, index) => {
        const previous = sorted[index - 1];
        if (previous && item.x - (previous.x + previous.width) <= CELL_GAP) runs[runs.length - 1].text += item.str;
        else runs.push({ x: item.x, y: item.y, text: item.str });
      });
      return runs;
    });
  };
  const ordered = (page: PdfDocument['pages'][number]): string =>
    runsOf(page)
      .sort((a, b) => Math.round(a.x) - Math.round(b.x) || b.y - a.y)
      .map((run) => run.text)
      .join('');
  return squeeze(pdf.pages.map(ordered).join(''));
}

/** Three corpus reports built to every output: tables in appendices (and the longest text once imported), a table of one cell a line, the longest input (printed twice). */
const BUILT = [
  { file: 'baoan-2017.zh.txt', why: 'tables and three appendices, the longest report once imported' },
  { file: 'longgang-2014.zh.txt', why: 'an appendix holding a table flattened to one cell a line, and a glossary' },
  { file: 'state-council-2023.zh.txt', why: 'the longest input, the report printed twice on its page' },
];

for (const { file, why } of BUILT) {
  describe(`${file} (${why}) imported and built to every output`, () => {
    let work: string;
    let out: string;
    let report: Report;
    let pdf: PdfDocument;

    before(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'report-press-corpus-build-'));
      const source = path.join(work, 'source');
      out = path.join(work, 'output');
      const imported = runCli(['import', path.join(corpusDir, file), '--out', source]);
      assert.equal(imported.status, 0, imported.stderr);
      const built = runCli(['build', '--source', source, '--out', out]);
      assert.equal(built.status, 0, built.stderr + built.stdout);
      report = (await loadReport(source)).report!;
      pdf = await readPdf(path.join(out, 'report.zh.pdf'));
    });

    after(async () => {
      await rm(work, { recursive: true, force: true });
    });

    it('builds the Chinese print PDF, the handouts when there is a glossary, and the deck', async () => {
      const built = await readdir(out);
      for (const name of ['report.zh.pdf', 'slides', 'slides.pdf', ...(report.glossary ? ['handouts.pdf', 'handouts-cards.pdf', 'handouts-large.pdf'] : [])]) {
        assert.ok(built.includes(name), `${name} is built`);
      }
    });

    it('has every part and appendix in the PDF outline, in order', () => {
      const titles = pdf.outline.map((item) => squeeze(item.title));
      const expected = [...report.sections, ...report.appendices].map((section) => squeeze(section.title.zh.text));
      assert.deepEqual(
        titles.filter((title) => expected.includes(title)),
        expected,
      );
    });

    it('prints the start of every paragraph, every table cell and every glossary term', () => {
      const text = hanSequence(pdf.text);
      const squeezed = squeeze(pdf.text);
      const columns = columnText(pdf);
      const blocks = [...report.opening, ...blocksOf(report.sections), ...report.closing, ...blocksOf(report.appendices)];
      for (const block of blocks) {
        const table = block.text.zh.table;
        if (table) {
          for (const cell of table.rows.flat()) assert.ok(columns.includes(squeeze(cell.text)), `table cell ${cell.text} is printed`);
        } else {
          const start = hanSequence(block.text.zh.text).slice(0, PARAGRAPH_START);
          assert.ok(text.includes(start), `paragraph starting ${start} is printed`);
        }
      }
      for (const term of report.glossary?.terms ?? []) assert.ok(squeezed.includes(squeeze(term.text.zh.term)), `term ${term.text.zh.term} is printed`);
    });
  });
}
