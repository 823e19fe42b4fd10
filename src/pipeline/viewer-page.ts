import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { projectDir } from '../common/code-location.ts';

const templateFile = path.join(projectDir, 'templates', 'preview', 'viewer.hbs');

/** Tab order: the editions first, then the deck, then the handouts; any other PDF after them by name. */
const ORDER = [/^report\.pdf$/, /^report\.zh\.pdf$/, /^report\.en\.pdf$/, /^slides\.pdf$/, /^handouts.*\.pdf$/];
const LABELS: Record<string, string> = { 'report.pdf': 'Bilingual', 'report.zh.pdf': 'Chinese', 'report.en.pdf': 'English', 'slides.pdf': 'Deck' };

function rank(name: string): number {
  const index = ORDER.findIndex((pattern) => pattern.test(name));
  return index < 0 ? ORDER.length : index;
}

/** The proof viewer's page: a tab for each PDF in the output folder, a link for each folder (the HTML deck). Read per request, so an edit of the template shows at once. */
export async function renderViewer(options: { documents: string[]; folders: string[] }): Promise<string> {
  const template = Handlebars.compile(await readFile(templateFile, 'utf8'), { strict: true });
  const documents = [...options.documents].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((name) => ({ name, label: LABELS[name] ?? name.replace(/\.pdf$/, '') }));
  return template({ documents, folders: [...options.folders].sort() });
}
