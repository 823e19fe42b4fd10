import { createReadStream } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectDir } from '../common/code-location.ts';
import { UserError } from '../errors.ts';
import { renderViewer } from './viewer-page.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.json': 'application/json',
  '.mjs': 'text/javascript; charset=utf-8',
};

/** In an output page opened on its own: reload after a rebuild (inside the viewer, the viewer reloads it). */
const RELOAD_SCRIPT = `<script>new EventSource('/__reload').onmessage = (event) => { if (top === self && JSON.parse(event.data).type === 'built') location.reload(); };</script>`;
const HOST = '127.0.0.1';
/** The names a browser on this machine uses for the interface the server binds to. */
const LOOPBACK_NAMES = [HOST, 'localhost'];

/** One diagnostic of a failed check, as the viewer's banner lists it. */
export interface PreviewMessage {
  file: string;
  line: number;
  column: number;
  reason: string;
  ruleId: string;
}

/** What the live-reload channel tells open pages: outputs were rebuilt (the banner goes), or the source has errors (the banner lists them). */
export type PreviewEvent = { type: 'built'; rebuilt: string[] } | { type: 'failed'; messages: PreviewMessage[]; summary: string };

export interface PreviewServer {
  url: string;
  /** The PDF the viewer opened last (`GET /__viewing?doc=NAME`), to be rebuilt before the others; undefined until one is. */
  viewing: () => string | undefined;
  /** Tells every open page what happened; a page that connects later gets the last failure until a build succeeds. */
  publish: (event: PreviewEvent) => void;
  close: () => Promise<void>;
}

const require = createRequire(import.meta.url);
/** Files the viewer page loads, served under fixed prefixes, never from the output folder. */
const MOUNTS: Record<string, string> = {
  '/__pdfjs/': path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'legacy/build'),
  '/__viewer/': path.join(projectDir, 'templates', 'preview', path.sep),
};

/** Resolves a URL path inside `root`, or undefined when it would leave it (`..`, encoded slashes, bad escapes) or names a dotfile. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normalised = path.posix.normalize(`/${decoded}`);
  if (normalised.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const resolved = path.resolve(root, `.${normalised}`);
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : undefined;
}

/** The real path of `file` when it is inside the real `root` (symlinks followed), else undefined. */
async function realInside(root: string, file: string): Promise<string | undefined> {
  const real = await realpath(file).catch(() => undefined);
  return real && (real === root || real.startsWith(root + path.sep)) ? real : undefined;
}

async function viewer(root: string): Promise<string> {
  const names = (await readdir(root, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  return renderViewer({ documents: names.filter((entry) => entry.isFile() && entry.name.endsWith('.pdf')).map((entry) => entry.name), folders: names.filter((entry) => entry.isDirectory()).map((entry) => entry.name) });
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(body);
}

/** A Host header other than the loopback names at our port is a page of another site reaching in (DNS rebinding). */
function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host ?? '';
  return LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

function sendHtml(request: IncomingMessage, response: ServerResponse, html: string): void {
  response.writeHead(200, { 'content-type': TYPES['.html'], 'content-length': Buffer.byteLength(html) });
  response.end(request.method === 'HEAD' ? undefined : html);
}

/** One request: GET or HEAD of a regular file, or a folder's index.html, whose real path is inside the output folder (or a viewer asset inside its mount). */
async function answer(outDir: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requested = (request.url ?? '/').split('?')[0];
  const mount = Object.keys(MOUNTS).find((prefix) => requested.startsWith(prefix));
  // Resolved on each request: the first build may create the folder after the server starts.
  const root = mount ? await realpath(MOUNTS[mount]) : await realpath(outDir).catch(() => path.resolve(outDir));
  const urlPath = mount ? requested.slice(mount.length - 1) : requested;
  const file = resolveInside(root, urlPath);
  if (!file) return send(response, 404, 'not found');
  const real = await realInside(root, file);
  const info = real ? await stat(real).catch(() => undefined) : undefined;
  if (!real || !info) return send(response, 404, 'not found');
  if (info.isDirectory()) {
    if (real === root && !mount) return sendHtml(request, response, await viewer(root));
    if (!urlPath.endsWith('/')) return send(response, 301, '', { location: `${urlPath}/` });
    const index = await realInside(root, path.join(real, 'index.html'));
    if (!index || !(await stat(index).catch(() => undefined))?.isFile()) return send(response, 404, 'not found');
    return sendHtml(request, response, (await readFile(index, 'utf8')).replace('</body>', `${RELOAD_SCRIPT}</body>`));
  }
  if (!info.isFile()) return send(response, 404, 'not found');
  if (path.extname(real) === '.html') return sendHtml(request, response, (await readFile(real, 'utf8')).replace('</body>', `${RELOAD_SCRIPT}</body>`));
  response.writeHead(200, { 'content-type': TYPES[path.extname(real)] ?? 'application/octet-stream', 'content-length': info.size });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(real)
    .on('error', () => response.destroy())
    .pipe(response);
}

async function listen(server: Server, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, resolve);
  }).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'EADDRINUSE' ? 'is in use' : error.code === 'EACCES' ? 'needs privileges' : `cannot be used (${error.code ?? error.message})`;
    throw new UserError(`port ${port} on ${HOST} ${why}: choose another with --port (0 picks a free one)`);
  });
}

/**
 * Serves the output folder on the loopback interface, the proof viewer at its root, and the viewer's own files
 * (pdf.js from node_modules, the viewer script): GET and HEAD of regular files whose real path is inside the
 * folder or mount, no dotfiles, only to requests addressed to a loopback name; HTML pages reload after each rebuild. Any request, however malformed, gets an answer and leaves the server running.
 */
export async function startPreviewServer(outDir: string, port: number): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  let failure: PreviewEvent | undefined;
  let viewing: string | undefined;
  let boundPort = port;
  const server: Server = createServer((request, response) => {
    if (!hostAllowed(request, boundPort)) return send(response, 403, 'forbidden: open the preview at its address on 127.0.0.1');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'only GET and HEAD', { allow: 'GET, HEAD' });
    const [pathname, query = ''] = (request.url ?? '').split('?');
    if (pathname === '/__viewing') {
      const doc = new URLSearchParams(query).get('doc') ?? '';
      // A PDF at the top of the output folder, as the viewer's tabs list them; anything else is not an output.
      if (!/^[^/\\]+\.pdf$/.test(doc) || doc.startsWith('.')) return send(response, 400, 'doc must name a PDF of the output folder');
      viewing = doc;
      return void response.writeHead(204).end();
    }
    if (pathname === '/__reload') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write(failure ? `data: ${JSON.stringify(failure)}\n\n` : ': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    answer(outDir, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'cannot read this file');
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await listen(server, port);
  const address = server.address();
  boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${HOST}:${boundPort}/`,
    viewing: () => viewing,
    publish: (event) => {
      failure = event.type === 'failed' ? event : undefined;
      for (const client of clients) client.write(`data: ${JSON.stringify(event)}\n\n`);
    },
    close: async () => {
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
