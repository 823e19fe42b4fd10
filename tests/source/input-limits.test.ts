import assert from 'node:assert/strict';
import { appendFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { INPUT_LIMITS } from '../../src/common/read-limited.ts';
import { readSourceFile } from '../../src/source/read-source.ts';
import { type CliResult, projectDir, runCli } from '../helpers/cli.ts';
import { copyOfSource } from '../helpers/workspace.ts';

/** Exit 1, every error line names `file` at a line, no stack trace. */
function assertPositionedError(result: CliResult, file: string, reason: RegExp): string {
  assert.equal(result.status, 1, `exit ${result.status}: ${result.stderr.slice(0, 500)}`);
  const line = result.stdout.split('\n').find((candidate) => candidate.includes(' error '));
  assert.ok(line, result.stdout.slice(0, 1000));
  assert.ok(line.includes(file), line);
  assert.match(line, reason);
  assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at /);
  return line;
}

describe('bounded reading of the source', () => {
  let source: string;
  let work: string;
  before(async () => {
    ({ source } = await copyOfSource('limits'));
    work = path.dirname(source);
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('refuses a termbase.yaml that is a symlink to /dev/zero, in bounded time and memory', async () => {
    const termbase = path.join(source, 'termbase.yaml');
    const kept = await readFile(termbase);
    await rm(termbase);
    await symlink('/dev/zero', termbase);
    try {
      const result = runCli(['check', '--source', source], { bounded: 'hostile-input' });
      assertPositionedError(result, 'termbase.yaml:1:1', /not a regular file/);
    } finally {
      await rm(termbase);
      await writeFile(termbase, kept);
    }
  });

  it('refuses a report.en.md that is a folder', async () => {
    const english = path.join(source, 'report.en.md');
    const kept = await readFile(english);
    await rm(english);
    await mkdir(english);
    try {
      assertPositionedError(runCli(['check', '--source', source]), 'report.en.md:1:1', /not a regular file/);
    } finally {
      await rm(english, { recursive: true });
      await writeFile(english, kept);
    }
  });

  it('answers a list nested 2,000 deep with an error at its line, in bounded time', async () => {
    const english = path.join(source, 'report.en.md');
    const kept = await readFile(english, 'utf8');
    const lineCount = kept.split('\n').length;
    await appendFile(english, `\n${Array.from({ length: 2000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')}\n`);
    try {
      const line = assertPositionedError(runCli(['check', '--source', source], { bounded: 'hostile-input' }), 'report.en.md:', /nest deeper than 16 levels/);
      assert.ok(Number(/report\.en\.md:(\d+)/.exec(line)?.[1]) > lineCount, line);
    } finally {
      await writeFile(english, kept);
    }
  });

  it('refuses a Markdown source over its size cap, naming the file', async () => {
    const chinese = path.join(source, 'report.zh.md');
    const kept = await readFile(chinese);
    await writeFile(chinese, Buffer.concat([kept, Buffer.alloc(INPUT_LIMITS.markdown, 0x20)]));
    try {
      assertPositionedError(runCli(['check', '--source', source], { bounded: 'hostile-input' }), 'report.zh.md:1:1', /more than the 16 MB/);
    } finally {
      await writeFile(chinese, kept);
    }
  });

  it('reads the shipped report repeated twenty times without a message', async () => {
    const twenty = path.join(work, 'report.en.md');
    const once = await readFile(path.join(projectDir, 'source/report.en.md'), 'utf8');
    await writeFile(twenty, once.repeat(20));
    const file = await readSourceFile(twenty);
    assert.deepEqual(file.messages, []);
    assert.equal(String(file.value).length, once.length * 20);
  });
});
