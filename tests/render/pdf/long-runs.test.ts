import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectDir, runCli } from '../../helpers/cli.ts';
import { readPdf } from '../../helpers/pdf.ts';

/** 3,000 characters with no place to break: a pasted hash, a URL without slashes, a key held down. */
const TOKEN = 'Qk7wXz9Mv2'.repeat(300);

describe('a 3,000-character unbroken run', () => {
  let work: string;
  let stdout: string;
  before(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'report-press-long-run-'));
    const source = path.join(work, 'source');
    await cp(path.join(projectDir, 'tests/fixtures/mini'), source, { recursive: true });
    const english = path.join(source, 'report.en.md');
    await writeFile(english, (await readFile(english, 'utf8')).replace('for your deliberation.', `for your deliberation. ${TOKEN} ends here.`));
    const chinese = path.join(source, 'report.zh.md');
    await writeFile(chinese, (await readFile(chinese, 'utf8')).replace('请予审议。', `请予审议${TOKEN}。`));
    const built = runCli(['build', '--only', 'pdf', '--source', source, '--out', path.join(work, 'output')]);
    assert.equal(built.status, 0, built.stderr + built.stdout);
    stdout = built.stdout;
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('is a warning at its place in each language', () => {
    assert.match(stdout, /report\.en\.md:12:\d+ warning an unbroken run of 3000 characters \(“Qk7wXz9Mv2Qk7wXz…”\)/);
    assert.match(stdout, /report\.zh\.md:12:\d+ warning an unbroken run of 3000 characters/);
  });

  it('is set in full inside the page in every edition, never clipped', async () => {
    for (const name of ['report.pdf', 'report.zh.pdf', 'report.en.pdf']) {
      const pdf = await readPdf(path.join(work, 'output', name));
      for (const page of pdf.pages) {
        for (const item of page.items) assert.ok(item.x >= 0 && item.x + item.width <= page.width + 0.5, `${name} p${page.number}: “${item.str.slice(0, 20)}” runs to ${item.x + item.width} of ${page.width}`);
      }
      // The bilingual edition's text interleaves the columns line by line, so the run is counted by its letters:
      // Q and X stand nowhere else in the report.
      const copies = name === 'report.pdf' ? 2 : 1;
      for (const letter of ['Q', 'X']) assert.equal(pdf.text.split(letter).length - 1, 300 * copies, `${name}: every ${letter} of the run is set`);
    }
  });
});
