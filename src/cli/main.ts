import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../errors.ts';

// Each command imports its stage on first use: a no-op build starts in about 0.3 s.
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function templatesOption(): Option {
  return new Option('--templates <dir>', 'the templates folder: Handlebars layouts, partials/ and labels.yaml (default: the shipped templates/)');
}

function onlyOption(): Option {
  return new Option('--only <outputs>', 'only these outputs, comma-separated: pdf, slides, handouts').argParser((value) => value.split(',').map((name) => name.trim()).filter(Boolean));
}

const program = new Command('report-press')
  .description('Builds the print PDF, the key-figure deck and the glossary handouts of a government work report from its Markdown source.')
  .version(version)
  .option('--verbose', 'show stack traces and debug output')
  .exitOverride()
  .showHelpAfterError();

program
  .command('check')
  .description('parse and validate the source: structure, pairing of the languages, quotes, translation QA, figures')
  .option('--source <dir>', 'the source folder holding report.zh.md (and report.en.md)', 'source')
  .addOption(templatesOption())
  .action(async (options: { source: string; templates?: string }) => {
    const { checkSource } = await import('../check/run-checks.ts');
    const { formatMessages } = await import('../check/format-messages.ts');
    const result = await checkSource(options.source, { templatesDir: options.templates });
    console.log(formatMessages(result.files));
    if (!result.ok) process.exitCode = 1;
  });

program
  .command('build')
  .description('check the source, then build the outputs into the output folder')
  .option('--source <dir>', 'the source folder', 'source')
  .option('--out <dir>', 'the output folder', 'output')
  .addOption(onlyOption())
  .option('--force', 'ignore every cache and rebuild all outputs')
  .option('--deck-notes', 'also print the deck with a page of speaker notes after each slide (slides-notes.pdf)')
  .addOption(templatesOption())
  .action(async (options: { source: string; out: string; only?: string[]; force?: boolean; deckNotes?: boolean; templates?: string }) => {
    const { build } = await import('../build/build.ts');
    const settings = { deckNotes: options.deckNotes === true };
    await build({ sourceDir: options.source, outDir: options.out, only: options.only ?? [], force: options.force === true, settings, templatesDir: options.templates, log: (line) => console.log(line) });
  });

program
  .command('watch')
  .description('build, serve the outputs on 127.0.0.1 with live reload, and rebuild on every change to the source or templates')
  .option('--source <dir>', 'the source folder', 'source')
  .option('--out <dir>', 'the output folder', 'output')
  .addOption(onlyOption())
  .addOption(new Option('--port <number>', 'the preview server port (0 picks a free one)').default(4173).argParser(Number))
  .addOption(templatesOption())
  .action(async (options: { source: string; out: string; only?: string[]; port: number; templates?: string }) => {
    const { watch } = await import('../build/watch.ts');
    const session = await watch({ sourceDir: options.source, outDir: options.out, only: options.only ?? [], port: options.port, templatesDir: options.templates, log: (line) => console.log(line) });
    process.once('SIGINT', () => void session.close());
    process.once('SIGTERM', () => void session.close());
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
Recognises the title block and web-page metadata (front matter), 各位代表 (salutation), parts 一、,
sections （一）, run-in heads, the closing 各位代表！ paragraph and the glossary (名词解释 / 有关名词解释,
items 1. / 1、 / （1）); drops page navigation (上一篇, 打印本页 …). Prints a warning with the input line
(for .docx: the paragraph number) for every guess, then a summary. Example:
  report-press import report.txt --out source`,
  )
  .action(async (file: string, options: { out: string; force?: boolean }) => {
    const { importReport, summariseImport } = await import('../import/import-report.ts');
    const { formatMessages } = await import('../check/format-messages.ts');
    const result = await importReport({ inputPath: file, outDir: options.out, force: options.force === true });
    if (result.file.messages.length > 0) console.log(formatMessages([result.file]).split('\n').slice(0, -1).join('\n'));
    console.log(summariseImport(result));
  });

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UserError && !program.opts().verbose) {
    console.error(`report-press: ${error.message}`);
    process.exitCode = error.exitCode;
  } else {
    console.error(error);
    process.exitCode = error instanceof UserError ? error.exitCode : 1;
  }
}
