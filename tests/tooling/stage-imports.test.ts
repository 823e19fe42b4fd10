import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { projectDir } from '../helpers/cli.ts';

const srcDir = path.join(projectDir, 'src');

/** The stage a file under src/ belongs to: its top folder, or under src/render/ its output's folder (`render/pdf`); a file at the top is its own. */
function stageOf(relative: string): string {
  const parts = relative.split(path.sep);
  if (parts[0] === 'render' && parts.length > 2) return `render/${parts[1]}`;
  return parts.length > 1 ? parts[0] : parts[0].replace(/\.tsx?$/, '');
}

/** Which stages each stage imports (static, dynamic and type-only imports alike), from the relative specifiers TypeScript's pre-processor finds. */
function stageEdges(files: Map<string, string>): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [file, text] of files) {
    const from = stageOf(file);
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const to = stageOf(path.normalize(path.join(path.dirname(file), imported.fileName)));
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

/** Every cycle between stages, each as `a → b → a`, found by a depth-first walk. */
function stageCycles(edges: Map<string, Set<string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (stage: string): void => {
    state.set(stage, 'open');
    trail.push(stage);
    for (const next of [...(edges.get(stage) ?? [])].sort()) {
      if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(stage, 'done');
  };
  for (const stage of [...edges.keys()].sort()) if (!state.has(stage)) visit(stage);
  return cycles;
}

function sourceFiles(): Map<string, string> {
  const names = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'));
  return new Map(names.map((name) => [name, readFileSync(path.join(srcDir, name), 'utf8')]));
}

describe('stage folders import only downward', () => {
  it('finds a cycle planted between two stages', () => {
    const planted = new Map([
      [path.join('model', 'load.ts'), "import { parse } from '../source/parse.ts';"],
      [path.join('source', 'parse.ts'), "import type { Report } from '../model/types.ts';"],
      [path.join('render', 'pdf', 'edition.ts'), "const date = await import('../../common/date.ts');"],
    ]);
    assert.deepEqual(stageCycles(stageEdges(planted)), ['model → source → model']);
  });

  it('has no cycle between the folders of src/', () => {
    const edges = stageEdges(sourceFiles());
    assert.ok(edges.size > 5, `expected the stages of src/ to import one another, found edges from ${edges.size} stages`);
    assert.deepEqual(stageCycles(edges), [], 'a stage imports, directly or through others, a stage that imports it: move the shared code to src/common/ or to the lower stage');
  });
});
