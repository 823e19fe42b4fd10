import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { copyOfSource } from '../helpers/workspace.ts';
import { dataIdOf, editTarget, importEdited as importEditedCopy, placeOf, validate, xliffSchema } from '../helpers/xliff.ts';

let source: string;
let work: string;
let xliff: string;
let original: string;

before(async () => {
  ({ source } = await copyOfSource('xliff-quotes'));
  work = path.dirname(source);
  xliff = path.join(work, 'report.xlf');
  const result = runCli(['xliff', 'export', '--source', source, '--out', xliff]);
  assert.equal(result.status, 0, result.stderr);
  original = await readFile(path.join(source, 'report.en.md'), 'utf8');
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

function importEdited(name: string, edit: (xml: string) => string): ReturnType<typeof importEditedCopy> {
  return importEditedCopy({ xliff, source, english: original, name, edit });
}

/** The first quote code of a unit's target: its whole element and the words inside it. */
function firstQuote(xml: string, unitId: string): { element: string; words: string } {
  let found: { element: string; words: string } | undefined;
  editTarget(xml, unitId, (target) => {
    const match = /<pc id="q1" type="quote"[^>]*>([^<]*)<\/pc>/.exec(target);
    if (match) found = { element: match[0], words: match[1] };
    return target;
  });
  assert.ok(found, `unit ${unitId} has a quote in its target`);
  return found;
}

test('quotes and book titles are paired quote codes in source and target, their marks in originalData, and the export stays valid', async () => {
  const xml = await readFile(xliff, 'utf8');
  assert.equal(validate(xliff, xliffSchema).status, 0);
  const open = dataIdOf(xml, 's1.p1', '“');
  const close = dataIdOf(xml, 's1.p1', '”');
  assert.match(xml, new RegExp(`<source xml:space="preserve">[^\\n]*<pc id="q1" type="quote" equivStart="“" equivEnd="”" dataRefStart="${open}" dataRefEnd="${close}">六稳</pc>`));
  assert.match(firstQuote(xml, 's1.p1').element, new RegExp(`dataRefStart="${open}" dataRefEnd="${close}"`));
  assert.match(xml, /<pc id="q\d+" type="quote" equivStart="《" equivEnd="》" dataRefStart="d\d+" dataRefEnd="d\d+">[^<]+<\/pc>/);
  // 《…》 in the Chinese is “…” in the English: the target's quote is a code of its own, not the source's.
  assert.match(xml, /<target xml:space="preserve">[^\n]*<pc id="eq\d+" type="quote" equivStart="“" equivEnd="”"/);
  // No quote mark is left in any target or source as text where it has a partner: every “ in a target is a code.
  const targets = xml.match(/<target[^>]*>[^\n]*<\/target>/g) ?? [];
  assert.ok(targets.length > 100, `expected more than 100 targets, got ${targets.length}`);
  assert.equal(targets.filter((target) => /[“”]/.test(target.replace(/equiv(Start|End)="[“”]"/g, ''))).length, 0);
});

test('a translator’s new words inside a quote, a quote of their own and a copied quote tag import with the exact marks', async () => {
  const xml = await readFile(xliff, 'utf8');
  const quote = firstQuote(xml, 's1.p1');
  const open = dataIdOf(xml, 's1.p1', '“');
  const close = dataIdOf(xml, 's1.p1', '”');
  const added = `<pc id="q99" type="quote" dataRefStart="${open}" dataRefEnd="${close}">Note</pc> <pc id="t1" copyOf="q1">well</pc> `;
  const result = await importEdited('quote-edited', (text) =>
    editTarget(text, 's1.p1', (target) => target.replace(quote.element, quote.element.replace(`>${quote.words}<`, '>six areas of stability<')).replace('<target xml:space="preserve">', `<target xml:space="preserve">${added}`)),
  );
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /report\.en\.md: 1 unit changed/);
  assert.ok(result.english.includes('“six areas of stability”'), result.english);
  assert.match(result.english, /^“Note” “well” \S/m);
  assert.equal(result.english.replace('“six areas of stability”', `“${quote.words}”`).replace('“Note” “well” ', ''), original);
});

test('a damaged quote code fails at its place in the XLIFF file and writes nothing', async () => {
  const xml = await readFile(xliff, 'utf8');
  const quote = firstQuote(xml, 's1.p1');
  const broken = quote.element.replace(/dataRefEnd="d\d+"/, 'dataRefEnd="d404"');
  const damaged = await importEdited('quote-damaged', (text) => editTarget(text, 's1.p1', (target) => target.replace(quote.element, broken)));
  assert.equal(damaged.status, 1);
  const place = placeOf(await readFile(damaged.file, 'utf8'), broken);
  assert.match(damaged.stdout, new RegExp(`quote-damaged\\.xlf:${place.line}:${place.column} error unit s1\\.p1: inline code q1 is damaged`));
  assert.equal(damaged.english, original);

  const unknown = quote.element.replace('id="q1"', 'id="x1"');
  const renamed = await importEdited('quote-unknown', (text) => editTarget(text, 's1.p1', (target) => target.replace(quote.element, unknown)));
  assert.equal(renamed.status, 1);
  const at = placeOf(await readFile(renamed.file, 'utf8'), unknown);
  assert.match(renamed.stdout, new RegExp(`quote-unknown\\.xlf:${at.line}:${at.column} error unit s1\\.p1: inline code x1 is not in the source`));
  assert.equal(renamed.english, original);
});

test('a quote split into <sc>/<ec> imports; an <sc> with no <ec> fails where it stands', async () => {
  const xml = await readFile(xliff, 'utf8');
  const quote = firstQuote(xml, 's1.p1');
  const [, start, end] = /dataRefStart="(d\d+)" dataRefEnd="(d\d+)"/.exec(quote.element)!;
  const split = `<sc id="q1" dataRef="${start}"/>${quote.words}<ec startRef="q1" dataRef="${end}"/>`;
  const imported = await importEdited('quote-split', (text) => editTarget(text, 's1.p1', (target) => target.replace(quote.element, split)));
  assert.equal(imported.status, 0, imported.stdout);
  assert.equal(imported.english, original);

  const open = `<sc id="q1" dataRef="${start}"/>`;
  const unended = await importEdited('quote-unended', (text) => editTarget(text, 's1.p1', (target) => target.replace(quote.element, `${open}${quote.words}`)));
  assert.equal(unended.status, 1);
  const place = placeOf(await readFile(unended.file, 'utf8'), open);
  assert.match(unended.stdout, new RegExp(`quote-unended\\.xlf:${place.line}:${place.column} error unit s1\\.p1: inline code q1 has no end`));
  assert.equal(unended.english, original);
});

test('the front matter’s text values are units of their own group; dates and the document number are not', async () => {
  const xml = await readFile(xliff, 'utf8');
  const group = xml.slice(xml.indexOf('<group id="front-matter"'), xml.indexOf('</group>'));
  const ids = [...group.matchAll(/<unit id="([^"]+)" name="front-matter">/g)].map((match) => match[1]);
  assert.deepEqual(ids, ['meta.title', 'meta.occasion', 'meta.speaker', 'meta.office', 'meta.publisher']);
  const title = /^title: (.*)$/m.exec(original)![1];
  assert.ok(group.includes(`<target xml:space="preserve">${title}</target>`), `the front-matter group has the title ${title} as a target: ${group}`);
  assert.doesNotMatch(xml, /meta\.(date|index|issued)/);
});

test('a translator’s new title is written into the front matter as YAML, nothing else changed, and check reads it', async () => {
  const title = /^title: (.*)$/m.exec(original)![1];
  const result = await importEdited('title-edited', (xml) => editTarget(xml, 'meta.title', (target) => target.replace(title, 'Government Work Report: Zhongshan District, 2021')));
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.english, /^title: "Government Work Report: Zhongshan District, 2021"$/m);
  assert.equal(result.english.replace('"Government Work Report: Zhongshan District, 2021"', title), original);
  const check = runCli(['check', '--source', source]);
  assert.doesNotMatch(check.stdout, /front matter/);
  const lineBreak = await importEdited('title-broken', (xml) => editTarget(xml, 'meta.title', (target) => target.replace(title, 'Two\nlines')));
  assert.equal(lineBreak.status, 1);
  assert.match(lineBreak.stdout, /error unit meta\.title: the target holds a line break/);
  assert.equal(lineBreak.english, original);
});
