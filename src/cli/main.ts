import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { COMPILED_DIR } from '../common/code-key.js';
import { compiledKey, projectDir, runsCompiled } from '../common/code-location.ts';
import { UserError } from '../errors.ts';
import { escapeControls } from '../terminal/escape-controls.ts';

// Each command imports its stage on first use: a no-op build loads neither the check nor the renderers.
const { version } = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { version: string };

function templatesOption(): Option {
  return new Option('--templates <dir>', 'the templates folder: Handlebars layouts, partials/, labels.yaml and theme.yaml (default: the shipped templates/)');
}

function onlyOption(): Option {
  return new Option('--only <outputs>', 'only these outputs, comma-separated: pdf, slides, handouts').argParser((value) => value.split(',').map((name) => name.trim()).filter(Boolean));
}

const program = new Command('report-press')
  .description('Builds the print PDF, the key-figure deck and the glossary handouts of a government work report from its Markdown source.')
  .version(version)
  .option('--verbose', 'show stack traces and debug output')
  .exitOverride()
  .showHelpAfterError()
  .hook('preAction', () => {
    if (program.opts().verbose) console.error(runsCompiled ? `report-press: running the compiled copy in ${COMPILED_DIR}/${compiledKey}/` : `report-press: running src/ through tsx (no compiled copy of this code in ${COMPILED_DIR}/: \`make\` compiles it)`);
  });

program
  .command('check')
  .description('parse and validate the source: structure, pairing of the languages, quotes, translation QA, figures')
  .option('--source <dir>', 'the source folder holding report.zh.md (and report.en.md)', 'source')
  .addOption(new Option('--max-sentence-words <n>', 'warn on an English sentence longer than this').default(80).argParser(Number))
  .addOption(templatesOption())
  .action(async (options: { source: string; maxSentenceWords: number; templates?: string }) => {
    const { checkSource } = await import('../check/run-checks.ts');
    const { formatMessages } = await import('../check/format-messages.ts');
    const result = await checkSource(options.source, { templatesDir: options.templates, translationQa: { maxSentenceWords: options.maxSentenceWords } });
    console.log(formatMessages(result.files));
    if (!result.ok) process.exitCode = 1;
  });

program
  .command('build')
  .description('check the source, then build the outputs into the output folder')
  .option('--source <dir>', 'the source folder', 'source')
  .option('--out <dir>', 'the output folder', 'output')
  .addOption(onlyOption())
  .option('--force', 'ignore every cache and rebuild all outputs, even into a folder holding files report-press did not write')
  .option('--deck-notes', 'also print the deck with a page of speaker notes after each slide (slides-notes.pdf)')
  .option('--booklet', 'also impose each print edition as a saddle-stitched booklet (report.booklet.pdf, report.zh.booklet.pdf …)')
  .addOption(templatesOption())
  .action(async (options: { source: string; out: string; only?: string[]; force?: boolean; deckNotes?: boolean; booklet?: boolean; templates?: string }) => {
    const { build } = await import('../pipeline/build.ts');
    const settings = { deckNotes: options.deckNotes === true, booklet: options.booklet === true };
    await build({ sourceDir: options.source, outDir: options.out, only: options.only ?? [], force: options.force === true, settings, templatesDir: options.templates, log: (line) => console.log(line) });
  });

program
  .command('watch')
  .description('build, serve the outputs on 127.0.0.1 with live reload, and rebuild on every change to the source or templates')
  .option('--source <dir>', 'the source folder', 'source')
  .option('--out <dir>', 'the output folder', 'output')
  .addOption(onlyOption())
  .addOption(new Option('--port <number>', 'the preview server port (0 picks a free one)').default('4173'))
  .addOption(templatesOption())
  .action(async (options: { source: string; out: string; only?: string[]; port: string; templates?: string }) => {
    const port = /^\d{1,5}$/.test(options.port) ? Number(options.port) : Number.NaN;
    if (!(port >= 0 && port <= 65535)) throw new UserError(`--port ${options.port} is not a port: give a number from 0 to 65535 (0 picks a free one)`, 2);
    const { watch } = await import('../pipeline/watch.ts');
    const session = await watch({ sourceDir: options.source, outDir: options.out, only: options.only ?? [], port, templatesDir: options.templates, log: (line) => console.log(line) });
    process.once('SIGINT', () => void session.close());
    process.once('SIGTERM', () => void session.close());
  });

program
  .command('where')
  .description('print the pages of each PDF that show a line of the source (from the page maps the build writes beside the PDFs)')
  .argument('<file:line>', 'a source line, e.g. source/report.zh.md:41')
  .option('--out <dir>', 'the output folder', 'output')
  .action(async (target: string, options: { out: string }) => {
    const { findPages, formatPages } = await import('../pipeline/where.ts');
    console.log(formatPages(await findPages({ outDir: options.out, target })));
  });

program
  .command('import')
  .description('turn a report as published (.txt in UTF-8 or GB18030, or .docx) into the Markdown source DIR/report.zh.md')
  .argument('<file>', 'the report: a .txt (one paragraph a line) or a Word .docx')
  .option('--out <dir>', 'the source folder to write report.zh.md into', 'source')
  .option('--force', 'replace an existing report.zh.md')
  .addHelpText(
    'after',
    `
Recognises the title block and web-page metadata (front matter), the salutation (各位代表： / 同志们： …),
parts 一、 and unnumbered part titles, sections （一）, third-level items 1. / （1） / ①, run-in heads, flattened
tables (GFM tables), the closing (the last 各位代表… paragraph), appendices (附件 …) and the glossary under any
heading naming it, items 1. / 1、 / （1） / [1] / 【1】. Drops only named web debris (navigation, widgets, footers,
attachment links, invisible characters, a repeated copy, a contents list) and lists every dropped line; prints a
warning with the input line (for .docx: the paragraph number) for every other guess, then a summary. Refuses
(exit 1) a text that is not a work report. Example:
  report-press import report.txt --out source`,
  )
  .action(async (file: string, options: { out: string; force?: boolean }) => {
    const { importReport, summariseImport } = await import('../import/import-report.ts');
    const { formatMessages } = await import('../check/format-messages.ts');
    const result = await importReport({ inputPath: file, outDir: options.out, force: options.force === true });
    if (result.file.messages.length > 0) console.log(formatMessages([result.file]).split('\n').slice(0, -1).join('\n'));
    console.log(summariseImport(result));
  });

const figures = program.command('figures').description('suggest the key figures of a report and mark them for the deck');

figures
  .command('suggest')
  .description('list candidate key figures of report.zh.md, ranked, with indicator, value, kind, year, position and sentence')
  .option('--source <dir>', 'the source folder', 'source')
  .addOption(new Option('--limit <number>', 'how many candidates to list').default(50).argParser(Number))
  .option('--write', 'also write a draft deck.yaml of the best suggestions')
  .option('--force', 'replace an existing deck.yaml')
  .action(async (options: { source: string; limit: number; write?: boolean; force?: boolean }) => {
    const { suggestReport } = await import('../figures/suggest-report.ts');
    const { formatSuggestions } = await import('../figures/format-suggestions.ts');
    const report = await suggestReport(options.source);
    console.log(formatSuggestions(report, options.limit));
    if (options.write) {
      const { writeDraftDeck } = await import('../figures/write-draft-deck.ts');
      console.log(`wrote ${await writeDraftDeck({ sourceDir: options.source, report, force: options.force === true })}: next, \`report-press figures mark --all-suggested\``);
    }
  });

figures
  .command('mark')
  .description('mark suggested figures with :fig[…]{#id …} in report.zh.md and their English partners in report.en.md')
  .argument('[ids...]', 'suggestion ids, as `figures suggest` lists them')
  .option('--source <dir>', 'the source folder', 'source')
  .option('--all-suggested', 'mark every figure deck.yaml names (or the best suggestions when there is no deck.yaml)')
  .action(async (ids: string[], options: { source: string; allSuggested?: boolean }) => {
    if (ids.length === 0 && !options.allSuggested) throw new UserError('name the figures to mark (ids from `figures suggest`) or give --all-suggested', 2);
    const { markFigures, describeMarks } = await import('../figures/mark-figures.ts');
    const result = await markFigures({ sourceDir: options.source, ids, allSuggested: options.allSuggested === true });
    console.log(describeMarks(result, options.source));
  });

const xliff = program.command('xliff').description("exchange the translation with a translator's CAT tool (Trados, memoQ, OmegaT, Phrase) as XLIFF 2.0");

xliff
  .command('export')
  .description('write the report as XLIFF 2.0 (Chinese source, English target where there is one) and, with --tbx, the termbase as TBX')
  .option('--source <dir>', 'the source folder', 'source')
  .option('--out <file>', 'the XLIFF file to write', 'output/report.xlf')
  .option('--tbx <file>', 'also write the termbase as TBX-Core to this file')
  .action(async (options: { source: string; out: string; tbx?: string }) => {
    const { exportXliff } = await import('../xliff/export-xliff.ts');
    const result = await exportXliff({ sourceDir: options.source, out: options.out, tbx: options.tbx });
    console.log(`${options.out}: ${result.units} units, ${result.withTarget} with an English target${options.tbx ? `; ${options.tbx}: the termbase` : ''}`);
  });

xliff
  .command('import')
  .description("write the targets of a translated XLIFF file into report.en.md (figure marks and structure kept; nothing written on any error)")
  .argument('<file>', 'the XLIFF 2.0 file from the CAT tool')
  .option('--source <dir>', 'the source folder', 'source')
  .action(async (file: string, options: { source: string }) => {
    const { importXliff } = await import('../xliff/import-xliff.ts');
    const { formatMessages } = await import('../check/format-messages.ts');
    const result = await importXliff({ xliffPath: file, sourceDir: options.source });
    if (result.file.messages.length > 0) console.log(formatMessages([result.file]));
    if (hasFatal(result.file.messages)) process.exitCode = 1;
    else console.log(result.written ? `report.en.md: ${result.changed} ${result.changed === 1 ? 'unit' : 'units'} changed` : 'report.en.md: no change');
  });

function hasFatal(messages: Array<{ fatal?: boolean | null }>): boolean {
  return messages.some((message) => message.fatal === true);
}

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UserError && !program.opts().verbose) {
    console.error(`report-press: ${escapeControls(error.message)}`);
    process.exitCode = error.exitCode;
  } else {
    console.error(error);
    process.exitCode = error instanceof UserError ? error.exitCode : 1;
  }
}
