// The proof viewer: draws a PDF of the output folder with pdf.js, keeps the reader's place across rebuilds, lists
// check errors over the last good proof, and leads from a block to its source lines and back (`#src=file:line`).
import { GlobalWorkerOptions, getDocument } from '/__pdfjs/pdf.mjs';

GlobalWorkerOptions.workerSrc = '/__pdfjs/pdf.worker.mjs';

const pagesBox = document.getElementById('pages');
const banner = document.getElementById('banner');
const sourceBox = document.getElementById('source');
const statusLine = document.getElementById('status');
const tabs = [...document.querySelectorAll('#tabs a.tab')];
/** Pixels per PDF point: a page about as wide as a reading column. */
const SCALE = 1.4;
/** Pixels the sticky tab bar covers: the page read is the one just under it. */
const BAR = 40;

const state = { doc: undefined, task: undefined, pages: [], map: undefined, signatures: [], loading: Promise.resolve() };
/** What tests and scripts read: the document shown, its page at the top of the window, the pages marked changed. */
window.proof = { doc: undefined, page: 0, changed: [], loads: 0, source: undefined };

function hashParams() {
  return new URLSearchParams(location.hash.slice(1));
}

function setHash(params) {
  history.replaceState(null, '', `#${params.toString()}`);
}

/** The page at the top of the window and how far down it the window starts (0 to 1). */
function currentPlace() {
  for (const [index, page] of state.pages.entries()) {
    const start = page.element.offsetTop;
    const end = start + page.element.offsetHeight;
    if (window.scrollY + BAR < end || index === state.pages.length - 1) return { page: index + 1, fraction: Math.max(0, (window.scrollY + BAR - start) / (end - start)) };
  }
  return { page: 1, fraction: 0 };
}

function scrollToPlace(place) {
  const page = state.pages[Math.min(place.page, state.pages.length) - 1];
  if (!page) return;
  window.scrollTo(0, page.element.offsetTop + place.fraction * page.element.offsetHeight - BAR);
  window.proof.page = currentPlace().page;
}

function drawPage(page) {
  if (page.drawn) return page.drawn;
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(page.viewport.width * ratio);
  canvas.height = Math.floor(page.viewport.height * ratio);
  page.element.prepend(canvas);
  page.drawn = page.pdfPage.render({ canvas, canvasContext: canvas.getContext('2d'), viewport: page.pdfPage.getViewport({ scale: SCALE * ratio }) }).promise;
  return page.drawn;
}

const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) if (entry.isIntersecting) drawPage(state.pages.find((page) => page.element === entry.target));
}, { rootMargin: '100% 0px' });

/** A page's text and where it stands: equal signatures, unchanged page. */
async function signature(pdfPage) {
  const content = await pdfPage.getTextContent();
  return content.items.map((item) => `${item.str}@${item.transform.map((value) => Math.round(value)).join(',')}`).join('|');
}

async function fetchMap(doc) {
  const response = await fetch(`/${encodeURIComponent(doc)}.map.json`, { cache: 'no-store' });
  return response.ok ? response.json() : undefined;
}

/** Opens `doc` (again after a rebuild): at `place`, marking the pages whose text or its position changed since the last load. */
async function load(doc, place, options = { markChanges: false }) {
  const task = getDocument({ url: `/${encodeURIComponent(doc)}?t=${Date.now()}`, verbosity: 0 });
  const pdf = await task.promise;
  const map = await fetchMap(doc);
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const pdfPage = await pdf.getPage(number);
    const viewport = pdfPage.getViewport({ scale: SCALE });
    const element = document.createElement('div');
    element.className = 'page';
    element.dataset.page = String(number);
    element.style.width = `${viewport.width}px`;
    element.style.height = `${viewport.height}px`;
    pages.push({ number, pdfPage, viewport, element });
  }
  const signatures = await Promise.all(pages.map((page) => signature(page.pdfPage)));
  const changed = options.markChanges ? pages.filter((page, index) => signatures[index] !== state.signatures[index]).map((page) => page.number) : [];
  for (const page of changed) pages[page - 1].element.classList.add('changed');
  const previous = state.task;
  state.pages.forEach((page) => observer.unobserve(page.element));
  pagesBox.replaceChildren(...pages.map((page) => page.element));
  Object.assign(state, { doc, task, pages, map, signatures });
  scrollToPlace(place);
  await Promise.all(pages.filter((page) => Math.abs(page.number - place.page) <= 1).map(drawPage));
  pages.forEach((page) => observer.observe(page.element));
  // pdf.js 6 frees a document through its loading task.
  previous?.destroy();
  tabs.forEach((tab) => tab.classList.toggle('active', tab.dataset.doc === doc));
  Object.assign(window.proof, { doc, page: currentPlace().page, changed, loads: window.proof.loads + 1 });
  statusLine.textContent = `${doc}: ${pdf.numPages} pages${changed.length > 0 ? `, changed: ${changed.join(', ')}` : ''}`;
}

function queue(task) {
  state.loading = state.loading.then(task).catch((error) => {
    statusLine.textContent = `cannot show the proof: ${error.message}`;
  });
  return state.loading;
}

function showBanner(event) {
  const messages = document.getElementById('messages');
  const lines = event.messages.length > 0 ? event.messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.reason} [${message.ruleId}]`) : [event.summary];
  messages.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  banner.hidden = false;
}

const placeOf = (position) => `${position.file}:${position.line}:${position.column}`;

/** The smallest mapped area of `page` under the point (x, y) in PDF points from the top left. */
function areaAt(page, x, y) {
  const hits = (state.map?.areas ?? []).filter((area) => area.page === page && x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height);
  return hits.sort((a, b) => a.width * a.height - b.width * b.height)[0];
}

function markArea(area) {
  document.querySelectorAll('.mark').forEach((mark) => mark.remove());
  const page = state.pages[area.page - 1];
  if (!page) return;
  const mark = document.createElement('div');
  mark.className = 'mark';
  Object.assign(mark.style, { left: `${area.x * SCALE}px`, top: `${area.y * SCALE}px`, width: `${area.width * SCALE}px`, height: `${area.height * SCALE}px` });
  page.element.append(mark);
}

/** Shows the clicked block's source lines in every language and copies the one of the column clicked. */
function showSource(area) {
  const lines = Object.values(area.sources).map(placeOf);
  const copied = placeOf(area.sources[area.lang] ?? Object.values(area.sources)[0]);
  sourceBox.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })), Object.assign(document.createElement('div'), { className: 'copied', textContent: `copied ${copied}` }));
  sourceBox.hidden = false;
  window.proof.source = { lines, copied };
  navigator.clipboard?.writeText(copied).catch(() => undefined);
  markArea(area);
}

pagesBox.addEventListener('click', (event) => {
  const element = event.target.closest('.page');
  if (!element) return;
  const box = element.getBoundingClientRect();
  const area = areaAt(Number(element.dataset.page), (event.clientX - box.left) / SCALE, (event.clientY - box.top) / SCALE);
  if (area) showSource(area);
  else sourceBox.hidden = true;
});

/** `#src=report.zh.md:41`: the area of the block that line belongs to (the last block starting at or before it), first in page order. */
function jumpToSource(target) {
  const match = /^(.*):(\d+)(?::\d+)?$/.exec(target);
  if (!match || !state.map) return;
  const [, file, line] = match;
  const inFile = state.map.areas.flatMap((area) => Object.values(area.sources).filter((source) => source.file === file || source.file.endsWith(`/${file}`)).map((source) => ({ area, source })));
  const before = inFile.filter(({ source }) => source.line <= Number(line));
  const start = Math.max(...before.map(({ source }) => source.line));
  const hit = before.find(({ source }) => source.line === start);
  if (!hit) return;
  const page = state.pages[hit.area.page - 1];
  window.scrollTo(0, page.element.offsetTop + hit.area.y * SCALE - 80);
  markArea(hit.area);
  window.proof.page = hit.area.page;
}

function open(doc) {
  // The server rebuilds the document being read before the others.
  fetch(`/__viewing?doc=${encodeURIComponent(doc)}`).catch(() => undefined);
  const params = hashParams();
  const saved = JSON.parse(sessionStorage.getItem(`place:${doc}`) ?? 'null');
  const page = Number(params.get('page')) || saved?.page || 1;
  return queue(async () => {
    await load(doc, { page, fraction: params.get('page') ? 0 : (saved?.fraction ?? 0) });
    if (params.get('src')) jumpToSource(params.get('src'));
  });
}

window.addEventListener('scroll', () => {
  if (!state.doc) return;
  const place = currentPlace();
  window.proof.page = place.page;
  sessionStorage.setItem(`place:${state.doc}`, JSON.stringify(place));
});

for (const tab of tabs) {
  tab.addEventListener('click', (event) => {
    event.preventDefault();
    setHash(new URLSearchParams({ doc: tab.dataset.doc }));
    open(tab.dataset.doc);
  });
}

window.addEventListener('hashchange', () => open(hashParams().get('doc') ?? state.doc ?? tabs[0]?.dataset.doc));

new EventSource('/__reload').onmessage = (message) => {
  const event = JSON.parse(message.data);
  if (event.type === 'failed') return showBanner(event);
  banner.hidden = true;
  if (event.rebuilt.length > 0 && state.doc) queue(() => load(state.doc, currentPlace(), { markChanges: true }));
};

const first = hashParams().get('doc') ?? tabs[0]?.dataset.doc;
if (first) open(first);
