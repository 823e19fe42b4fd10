import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkSource } from '../../src/check/run-checks.ts';
import { loadReport } from '../../src/model/load-report.ts';
import type { Block } from '../../src/model/types.ts';
import { projectDir } from '../helpers/cli.ts';

function anchorMessages(files: Awaited<ReturnType<typeof checkSource>>['files']): string[] {
  return files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'pairing-anchors').map((message) => `${file.path}:${message.line} ${message.reason}`));
}

/** Runs of sibling paragraphs of the shipped report with no digit on either side: numbers cannot tell them apart. */
async function paragraphsWithoutNumbers(): Promise<Block[][]> {
  const { report } = await loadReport(path.join(projectDir, 'source'));
  assert.ok(report, 'the shipped source loads into a report');
  const lists = [report.opening, ...report.sections.flatMap((part) => [part.blocks, ...part.sections.map((section) => section.blocks)])];
  return lists.map((blocks) => blocks.filter((block) => block.kind === 'paragraph' && block.text.en && !/\d/.test(block.text.zh.text + block.text.en.text) && block.text.en.runIn === undefined));
}

describe('pairing by anchors, without numbers', () => {
  let source: string;
  let english: string[];
  before(async () => {
    source = path.join(await mkdtemp(path.join(tmpdir(), 'report-press-anchors-')), 'source');
    await cp(path.join(projectDir, 'source'), source, { recursive: true });
    english = (await readFile(path.join(source, 'report.en.md'), 'utf8')).split('\n');
  });
  after(() => rm(path.dirname(source), { recursive: true, force: true }));

  it('stays quiet on the shipped report and the mini report', async () => {
    for (const folder of ['source', 'tests/fixtures/mini']) assert.deepEqual(anchorMessages((await checkSource(path.join(projectDir, folder))).files), [], folder);
  });

  it('warns of two English paragraphs in each other’s place, naming the lines of both pairs', async () => {
    const [first, second] = (await paragraphsWithoutNumbers()).find((blocks) => blocks.length >= 2)!;
    const lines = [...english];
    const [a, b] = [first.text.en!.position.line - 1, second.text.en!.position.line - 1];
    [lines[a], lines[b]] = [lines[b], lines[a]];
    await writeFile(path.join(source, 'report.en.md'), lines.join('\n'));
    const result = await checkSource(source);
    assert.equal(result.ok, true, 'a likely swap is a warning: the build goes on');
    const messages = anchorMessages(result.files);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], new RegExp(`report\\.en\\.md:${a + 1} paragraphs swapped\\? this one reads like the partner of \\S*report\\.zh\\.md:${second.text.zh.position.line} and \\S*report\\.en\\.md:${b + 1} like that of \\S*report\\.zh\\.md:${first.text.zh.position.line}`));
  });

  it('warns of a run of English paragraphs one step out of line with the Chinese', async () => {
    const { report } = await loadReport(path.join(projectDir, 'source'));
    const lists = (report?.sections ?? []).flatMap((part) => [part.blocks, ...part.sections.map((section) => section.blocks)]);
    // Figures moved to another paragraph are an error of their own: take paragraphs without any.
    const plain = (block: Block): boolean => [block.text.zh, block.text.en].every((text) => text?.inlines.every((inline) => inline.type !== 'figure'));
    const alike = (blocks: Block[]): boolean => blocks.every((block) => block.kind === 'paragraph' && plain(block) && (block.text.en?.runIn === undefined) === (blocks[0].text.en?.runIn === undefined));
    const run = lists.flatMap((blocks) => blocks.map((_, index) => blocks.slice(index, index + 4))).find((blocks) => blocks.length === 4 && alike(blocks))!;
    const lines = [...english];
    const at = run.map((block) => block.text.en!.position.line - 1);
    const texts = at.map((line) => english[line]);
    at.forEach((line, index) => (lines[line] = texts[(index + 1) % at.length]));
    await writeFile(path.join(source, 'report.en.md'), lines.join('\n'));
    const messages = anchorMessages((await checkSource(source)).files);
    assert.ok(
      messages.some((message) => message.includes(`report.en.md:${at[0] + 1} paragraphs out of step?`) && message.includes(`report.zh.md:${run[1].text.zh.position.line}, not`)),
      messages.join('\n'),
    );
  });
});
