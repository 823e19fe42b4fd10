import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { type CheckResult, checkSource } from '../../src/check/run-checks.ts';
import { copyOfSource } from '../helpers/workspace.ts';

function messagesOf(result: CheckResult): string[] {
  return result.files.flatMap((file) => file.messages.map((message) => `${path.basename(file.path)}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`));
}

test('a check reusing the last check’s stored trees and glyph answers reports what a check from scratch reports', async () => {
  const { source } = await copyOfSource('check-cache');
  const first = await checkSource(source);
  assert.ok(first.ok, messagesOf(first).join('\n'));
  assert.equal(Object.keys(first.stored.trees).length, 2, 'one tree per Markdown file');
  assert.ok(first.stored.covered.bodyZh?.includes('政'), 'the Chinese body stack draws 政');
  const stored = JSON.parse(JSON.stringify(first.stored)) as CheckResult['stored'];

  const chinese = path.join(source, 'report.zh.md');
  const lines = (await readFile(chinese, 'utf8')).split('\n');
  const line = lines.findIndex((text) => text.startsWith('现在'));
  // U+E000 (no font draws it) next to 政, which the stored answers say is drawn.
  lines[line] = lines[line].replace('政府', '政\uE000府');
  await writeFile(chinese, lines.join('\n'));

  const reusing = await checkSource(source, { stored });
  const fresh = await checkSource(source);
  assert.deepEqual(messagesOf(reusing), messagesOf(fresh));
  assert.ok(messagesOf(reusing).includes(`report.zh.md:${line + 1}:${lines[line].indexOf('\uE000') + 1} glyph-coverage no font has a glyph for U+E000 "\uE000": replace the character or add a font to src/theme/theme.ts`), messagesOf(reusing).join('\n'));
  assert.deepEqual(reusing.report, fresh.report);
  assert.deepEqual(reusing.stored, fresh.stored, 'the stored cache holds the current source only');
  assert.ok(!reusing.stored.covered.bodyZh.includes('\uE000'), 'U+E000 is not stored as drawn by the Chinese body stack');
});
