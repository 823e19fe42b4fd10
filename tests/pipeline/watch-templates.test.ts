import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { readPdf } from '../helpers/pdf.ts';
import { type RunningCli, startCli } from '../helpers/running-cli.ts';
import { copyWithTemplates } from '../helpers/workspace.ts';

describe('watch with templates edited while it runs', () => {
  let source: string;
  let templates: string;
  let out: string;
  let watch: RunningCli;

  before(async () => {
    ({ source, templates, out } = await copyWithTemplates('watch-templates'));
    watch = startCli(['watch', '--only', 'handouts', '--port', '0', '--source', source, '--out', out, '--templates', templates]);
    await watch.waitFor(/^preview: http:\/\/127\.0\.0\.1:\d+\//m);
  });

  after(async () => {
    watch.child.kill('SIGTERM');
    await watch.exited;
  });

  async function rebuildAfter(change: () => Promise<void>): Promise<string> {
    const from = watch.log().length;
    await change();
    await watch.waitFor(/^handouts\s+\d+\.\d+ s$[\s\S]*^done in/m, from);
    return (await readPdf(path.join(out, 'handouts.pdf'))).text;
  }

  it('rebuilds with the edited labels.yaml', async () => {
    const labels = path.join(templates, 'labels.yaml');
    const text = await rebuildAfter(async () => writeFile(labels, (await readFile(labels, 'utf8')).replace('handout-title: { zh: "{glossary}", en: "{glossary}" }', 'handout-title: { zh: "{glossary}", en: "{glossary} of the Report" }')));
    assert.match(text, /Glossary of the Report/);
  });

  it('rebuilds with the edited partial, and a later build finds it up to date with the edit in place', async () => {
    const term = path.join(templates, 'partials', 'term.hbs');
    const text = await rebuildAfter(async () => writeFile(term, (await readFile(term, 'utf8')).replace('lang="en">{{en.term}}', 'lang="en">{{en.term}} / {{en.term}}')));
    assert.match(text, /Three Mosts \/ Three Mosts/);
    watch.child.kill('SIGTERM');
    await watch.exited;
    const later = runCli(['build', '--only', 'handouts', '--source', source, '--out', out, '--templates', templates]);
    assert.equal(later.status, 0, later.stderr);
    assert.match(later.stdout, /^up to date/m);
    assert.match((await readPdf(path.join(out, 'handouts.pdf'))).text, /Three Mosts \/ Three Mosts/);
  });
});

describe('watch with an output folder in a watched folder', () => {
  let work: string;
  let source: string;
  let templates: string;

  before(async () => {
    let out: string;
    ({ source, templates, out } = await copyWithTemplates('watch-out'));
    work = path.dirname(out);
  });

  for (const [relation, out, folder] of [
    ['is', 'source', 'source'],
    ['lies inside', 'source/output', 'source'],
    ['contains', '.', 'source'],
    ['is', 'templates', 'templates'],
  ] as const) {
    it(`is refused with one line when it ${relation} the ${folder} folder`, () => {
      // A watch that starts would never exit: the time limit turns that into a failure.
      const result = runCli(['watch', '--port', '0', '--source', source, '--templates', templates, '--out', path.join(work, out)], { timeoutMs: 60_000 });
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(result.stderr, new RegExp(`^report-press: the output folder \\S+ ${relation} the ${folder} folder \\S+: [^\\n]+\\n$`));
    });
  }
});
