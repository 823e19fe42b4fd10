import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectDir, runCli } from '../../helpers/cli.ts';
import { loneLines } from '../../helpers/lone-lines.ts';
import { readPdf, type PdfPage } from '../../helpers/pdf.ts';

/** A glossary item's first line: its number, then the term (14．新时代…, 14. “Fengqiao…). */
const ITEM_START = /^\d+[．.]\s?\S/u;

/** The glossary items the last page holds, and whether it opens with the tail of an item from the page before. */
function lastPageItems(page: PdfPage): { starts: number; opensWithTail: boolean } {
  // The running head is the first line and the folio the last; on a bilingual page the two columns share lines.
  const body = page.lines.slice(1, -1);
  const starts = body.filter((line) => ITEM_START.test(line)).length;
  return { starts, opensWithTail: body.length > 0 && !ITEM_START.test(body[0]) };
}

const corpusDir = path.join(projectDir, 'tests/fixtures/reports/corpus');

/** The shipped Zhongshan source (three editions) and two corpus reports of other districts and years (Chinese only). */
const REPORTS = [
  { name: 'zhongshan-2021', files: ['report.pdf', 'report.zh.pdf', 'report.en.pdf'] },
  { name: 'longgang-2022', files: ['report.zh.pdf'], input: 'longgang-2022.zh.txt' },
  { name: 'dapeng-2023', files: ['report.zh.pdf'], input: 'dapeng-2023.zh.txt' },
];

describe('no orphans (孤字): every Chinese paragraph ends on a line of two Han characters or more', () => {
  let work: string;

  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-orphans-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  for (const { name, files, input } of REPORTS) {
    it(`leaves no lone last line in ${files.join(', ')} of ${name}`, async () => {
      let source = path.join(projectDir, 'source');
      if (input) {
        source = path.join(work, name, 'source');
        const imported = runCli(['import', path.join(corpusDir, input), '--out', source]);
        assert.equal(imported.status, 0, imported.stderr + imported.stdout);
      }
      const out = path.join(work, name, 'output');
      const built = runCli(['build', '--only', 'pdf', '--source', source, '--out', out]);
      assert.equal(built.status, 0, built.stderr + built.stdout);
      for (const file of files) {
        const pdf = await readPdf(path.join(out, file));
        assert.ok(pdf.text.length > 1000, `${file} has text`);
        assert.deepEqual(loneLines(pdf), [], `${name} ${file}`);
      }
    });
  }

  it('ends no Zhongshan edition on a page holding a single glossary item alone', async () => {
    for (const file of REPORTS[0].files) {
      const pdf = await readPdf(path.join(work, REPORTS[0].name, 'output', file));
      const { starts, opensWithTail } = lastPageItems(pdf.pages.at(-1)!);
      assert.ok(starts >= 2 || (starts === 1 && opensWithTail), `${file}: the last page holds ${starts} item(s)${opensWithTail ? ' after a tail' : ''}: ${pdf.pages.at(-1)!.lines.join(' | ')}`);
    }
  });
});

describe('the lone-line count of the text layer', () => {
  it('finds a last line of one Han character and its mark, and passes a line of two', () => {
    const item = (str: string, x: number, y: number) => ({ str, x, y, width: 10, size: 10.5, fontName: 'f' });
    const page = (items: ReturnType<typeof item>[]) => ({ number: 1, width: 595, height: 842, items, lines: [], links: [] });
    const pdf = { outline: [], info: {}, text: '', pages: [page([item('开头一行的文字', 91, 700), item('第二行的文字', 70, 680), item('一。', 70, 660), item('Only English', 70, 640), item('两字。', 70, 620)])] };
    assert.deepEqual(loneLines(pdf), [{ page: 1, text: '一。' }]);
  });
});
