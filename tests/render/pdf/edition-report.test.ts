import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { loadReport } from '../../../src/model/load-report.ts';
import type { Report } from '../../../src/model/types.ts';
import { buildEdition } from '../../../src/render/pdf/build-edition.tsx';
import { editions } from '../../../src/render/pdf/edition.ts';
import { reportForEdition } from '../../../src/render/pdf/edition-report.ts';
import { registerFonts } from '../../../src/render/pdf/fonts.ts';
import { projectDir } from '../../helpers/cli.ts';

// Editions are kept by their slice of the model: were an edition to read more than the slice holds, an edit outside it
// would leave that edition stale. Laid out from the slice and from the whole model, every edition must be the same.
describe('the model as one print edition reads it', () => {
  const reports: Array<[string, Report]> = [];

  before(async () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    registerFonts();
    // A table, an appendix and a glossary; and a second, smaller report.
    for (const folder of ['tests/fixtures/structures', 'tests/fixtures/mini']) {
      const { report } = await loadReport(path.join(projectDir, folder));
      assert.ok(report, folder);
      reports.push([folder, report]);
    }
  });

  it('lays out every edition byte for byte as the whole model does, page map included', async () => {
    for (const [folder, report] of reports) {
      for (const edition of editions) {
        const whole = await buildEdition({ report, edition });
        const sliced = await buildEdition({ report: reportForEdition(report, edition.langs), edition });
        assert.ok(whole.data.equals(sliced.data), `${edition.file} of ${folder}`);
        assert.deepEqual(sliced.areas, whole.areas, `page map of ${edition.file} of ${folder}`);
      }
    }
  });

  it('leaves out the text of the languages the edition does not print, and keeps their source positions', () => {
    const [, report] = reports[0];
    const chinese = reportForEdition(report, ['zh']);
    const serialised = JSON.stringify(chinese);
    const english = report.sections[0].blocks[0].text.en!;
    assert.ok(!serialised.includes(english.text.slice(0, 40)), 'no English paragraph in the Chinese slice');
    assert.deepEqual(chinese.sections[0].blocks[0].text.en, { position: english.position });
    assert.deepEqual(chinese.sections[0].blocks[0].text.zh, report.sections[0].blocks[0].text.zh);
    assert.deepEqual(reportForEdition(report, ['zh', 'en']).sections, report.sections);
  });
});
