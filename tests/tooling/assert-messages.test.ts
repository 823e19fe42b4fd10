import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { projectDir } from '../helpers/cli.ts';

const testsDir = path.join(projectDir, 'tests');
const assertModules = new Set(['assert', 'assert/strict', 'node:assert', 'node:assert/strict']);

/** The names a file gives node:assert: its default or namespace import, and `ok`, `strict` or `default` imported by name. */
function assertNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!assertModules.has(statement.moduleSpecifier.text)) continue;
    const clause = statement.importClause;
    if (clause?.name) names.add(clause.name.text);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const imported = (element.propertyName ?? element.name).text;
        if (imported === 'ok' || imported === 'default' || imported === 'strict') names.add(element.name.text);
      }
    }
  }
  return names;
}

/** True when node:assert would have to rebuild the message from source: no message, or a literal null/undefined one. */
function lacksMessage(call: ts.CallExpression): boolean {
  if (call.arguments.length !== 1 && call.arguments.length !== 2) return false;
  if (call.arguments.some(ts.isSpreadElement)) return false;
  const message = call.arguments[1];
  if (message === undefined) return true;
  return message.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(message) && message.text === 'undefined');
}

/**
 * `file:line` of every `assert(value)` / `assert.ok(value)` without a message in one source text. Under tsx on
 * Node 20 such a call, when it fails, makes node:assert re-read the transpiled source to build its message, which
 * looped forever in pdf-renderer.test.ts: the test hung instead of failing.
 */
function findBareAsserts(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const names = assertNames(file);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && lacksMessage(node)) {
      const callee = node.expression;
      const bare = ts.isIdentifier(callee) && names.has(callee.text);
      const ok = ts.isPropertyAccessExpression(callee) && callee.name.text === 'ok'
        && ts.isIdentifier(callee.expression) && names.has(callee.expression.text);
      if (bare || ok) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push(`${fileName}:${line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function testSources(): string[] {
  return readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .sort();
}

describe('assert calls in the tests carry a message', () => {
  it('flags a one-argument assert, assert.ok and imported ok, and an undefined message, but not a call with a message', () => {
    const sample = [
      "import assert from 'node:assert/strict';",
      "import { ok as check } from 'node:assert';",
      'assert(pages > 3);',
      "assert.ok(pages > 3, 'more than 3 pages');",
      'assert.ok(pages);',
      'assert.ok(pages, undefined);',
      'check(pages);',
      'assert.equal(pages, 4);',
    ].join('\n');
    assert.deepEqual(findBareAsserts('sample.ts', sample), ['sample.ts:3', 'sample.ts:5', 'sample.ts:6', 'sample.ts:7']);
  });

  it('no test under tests/ calls assert(value) or assert.ok(value) without a message', () => {
    const sources = testSources();
    assert.ok(sources.length > 50, `expected the test sources under ${testsDir}, found ${sources.length}`);
    const found = sources.flatMap((name) =>
      findBareAsserts(path.join('tests', name), readFileSync(path.join(testsDir, name), 'utf8')));
    assert.deepEqual(found, [], `give these a message that says what was expected:\n${found.join('\n')}`);
  });
});
