import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { type Server, type ServerResponse, createServer } from 'node:http';
import path from 'node:path';

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
};

const RELOAD_SCRIPT = `<script>new EventSource('/__reload').onmessage = () => location.reload();</script>`;

export interface PreviewServer {
  url: string;
  /** Tells every open page to reload. */
  reload: () => void;
  close: () => Promise<void>;
}

/** Resolves a URL path inside `root`, or undefined when it would leave it (`..`, encoded slashes, bad escapes). */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : undefined;
}

async function listing(root: string): Promise<string> {
  const names = (await readdir(root)).filter((name) => !name.startsWith('.')).sort();
  const items = names.map((name) => `<li><a href="${encodeURI(name)}${name.includes('.') ? '' : '/'}">${name}</a></li>`).join('');
  return `<!doctype html><meta charset="utf-8"><title>report-press preview</title><h1>report-press preview</h1><ul>${items}</ul>${RELOAD_SCRIPT}`;
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

/** Serves the output folder, and nothing else, on the loopback interface; HTML pages reload after each rebuild. */
export async function startPreviewServer(outDir: string, port: number): Promise<PreviewServer> {
  const root = path.resolve(outDir);
  const clients = new Set<ServerResponse>();
  const server: Server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (urlPath === '/__reload') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    const file = resolveInside(root, request.url ?? '/');
    if (!file) return send(response, 403, 'forbidden');
    const info = await stat(file).catch(() => undefined);
    if (!info) return send(response, 404, 'not found');
    if (info.isDirectory()) {
      if (file === root) return response.writeHead(200, { 'content-type': TYPES['.html'] }).end(await listing(root));
      if (!urlPath.endsWith('/')) return response.writeHead(301, { location: `${urlPath}/` }).end();
      const index = path.join(file, 'index.html');
      if (!(await stat(index).catch(() => undefined))) return send(response, 404, 'not found');
      return response.writeHead(200, { 'content-type': TYPES['.html'] }).end((await readFile(index, 'utf8')).replace('</body>', `${RELOAD_SCRIPT}</body>`));
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (path.extname(file) === '.html') {
      return response.writeHead(200, { 'content-type': type }).end((await readFile(file, 'utf8')).replace('</body>', `${RELOAD_SCRIPT}</body>`));
    }
    response.writeHead(200, { 'content-type': type, 'content-length': info.size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    reload: () => {
      for (const client of clients) client.write('data: reload\n\n');
    },
    close: async () => {
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
