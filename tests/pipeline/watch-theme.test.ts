import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectDir, runCli } from '../helpers/cli.ts';
import { drawnColours } from '../helpers/pdf.ts';
import { type RunningCli, startCli } from '../helpers/running-cli.ts';
import { copyWithTemplates } from '../helpers/workspace.ts';

const SHIPPED_ACCENT = "accent: '#a4161a'";

async function editTheme(templates: string, from: string, to: string): Promise<void> {
  const file = path.join(templates, 'theme.yaml');
  const text = await readFile(file, 'utf8');
  assert.ok(text.includes(from), `theme.yaml holds ${from}`);
  await writeFile(file, text.replace(from, to));
}

describe('watch with theme.yaml edited while it runs', () => {
  let templates: string;
  let out: string;
  let watch: RunningCli;

  before(async () => {
    let source: string;
    ({ source, templates, out } = await copyWithTemplates('watch-theme', 'tests/fixtures/mini'));
    watch = startCli(['watch', '--only', 'pdf,slides', '--port', '0', '--source', source, '--out', out, '--templates', templates]);
    await watch.waitFor(/^preview: http:\/\/127\.0\.0\.1:\d+\//m);
  });

  after(async () => {
    watch.child.kill('SIGTERM');
    await watch.exited;
  });

  it('builds first with the shipped accent, in the deck CSS and on the PDF cover', async () => {
    assert.match(await readFile(path.join(out, 'slides', 'index.html'), 'utf8'), /--accent: #a4161a;/);
    assert.ok((await drawnColours(path.join(out, 'report.zh.pdf'), 1)).has('#a4161a'), 'the PDF cover draws the shipped accent #a4161a');
  });

  it('reports a bad edit at its line and column and keeps watching', async () => {
    const from = watch.log().length;
    await editTheme(templates, SHIPPED_ACCENT, "accent: 'red'");
    await watch.waitFor(/^report-press: \S*theme\.yaml:7:11 colour\.accent: needs a colour as #rrggbb$/m, from);
    assert.equal(watch.child.exitCode, null, 'watch still runs');
  });

  it('rebuilds with the edited accent: the deck CSS and the PDF cover carry the new colour', async () => {
    const from = watch.log().length;
    await editTheme(templates, "accent: 'red'", "accent: '#1f5aa8'");
    await watch.waitFor(/^pdf\s+\d+\.\d+ s$[\s\S]*^done in/m, from);
    const css = await readFile(path.join(out, 'slides', 'index.html'), 'utf8');
    assert.match(css, /--accent: #1f5aa8;/);
    assert.doesNotMatch(css, /#a4161a/);
    const cover = await drawnColours(path.join(out, 'report.zh.pdf'), 1);
    assert.ok(cover.has('#1f5aa8'), `cover colours: ${[...cover].join(', ')}`);
    assert.ok(!cover.has('#a4161a'), 'the old accent is gone');
  });
});

describe('build with a bad theme.yaml', () => {
  let source: string;
  let templates: string;
  let out: string;

  before(async () => {
    ({ source, templates, out } = await copyWithTemplates('bad-theme', 'tests/fixtures/mini'));
  });

  for (const [problem, from, to, message] of [
    ['a colour that is not #rrggbb', SHIPPED_ACCENT, 'accent: red', /theme\.yaml:7:11 colour\.accent: needs a colour as #rrggbb$/],
    ['a size of 0', 'print: { body: 10.5,', 'print: { body: 0,', /theme\.yaml:13:16 print\.body: needs a size above 0 pt$/],
    ['an unknown key', "tint: '#f6f1e7'", "tint: '#f6f1e7'\n  tone: '#ffffff'", /theme\.yaml:12:3 colour: unknown key `tone` \(see the shipped templates\/theme\.yaml\)$/],
  ] as const) {
    it(`exits 1 naming the file, line and column of ${problem}`, async () => {
      await cp(path.join(projectDir, 'templates', 'theme.yaml'), path.join(templates, 'theme.yaml'));
      await editTheme(templates, from, to);
      const result = runCli(['build', '--only', 'pdf', '--source', source, '--out', out, '--templates', templates]);
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(result.stderr.trim(), message);
    });
  }
});
