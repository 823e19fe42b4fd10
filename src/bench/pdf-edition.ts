/** One measurement for `make bench`, in a process of its own so that it is cold: one print-PDF edition, fonts loaded included. */
import { loadReport } from '../model/load-report.ts';
import { buildEdition } from '../render/pdf/build-edition.tsx';
import { editions } from '../render/pdf/edition.ts';
import { registerFonts } from '../render/pdf/fonts.ts';

const edition = editions.find((candidate) => candidate.name === process.argv[2]);
const { report } = await loadReport('source');
if (!report || !edition) throw new Error(`usage: pdf-edition.ts ${editions.map((candidate) => candidate.name).join('|')} (the source must load)`);
const started = performance.now();
registerFonts();
const built = await buildEdition({ report, edition });
console.log(JSON.stringify({ file: edition.file, seconds: (performance.now() - started) / 1000, pages: built.pages }));
