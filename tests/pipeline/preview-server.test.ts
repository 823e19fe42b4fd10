import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { type PreviewServer, startPreviewServer } from '../../src/pipeline/preview-server.ts';

let server: PreviewServer;
let root: string;
let parent: string;

/** A raw request: the path goes out exactly as written, unlike fetch, which normalises `..` away. */
function get(rawPath: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; body: string }> {
  const { port, hostname } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const headers = options.host === undefined ? {} : { host: options.host };
    const req = request({ host: hostname, port, path: rawPath, method: options.method ?? 'GET', headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends `raw` bytes on a fresh connection and resolves with whatever comes back before the server closes it. */
function sendRaw(raw: string): Promise<string> {
  const { port, hostname } = new URL(server.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.end(raw));
    let reply = '';
    socket.on('data', (chunk) => (reply += chunk));
    socket.on('close', () => resolve(reply));
    socket.on('error', () => resolve(reply));
    socket.setTimeout(3000, () => socket.destroy());
  });
}

before(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'report-press-serve-'));
  root = path.join(parent, 'output');
  await mkdir(path.join(root, 'slides'), { recursive: true });
  await writeFile(path.join(root, 'slides', 'index.html'), '<html><body>deck</body></html>');
  await writeFile(path.join(root, 'report.pdf'), '%PDF-fake');
  await writeFile(path.join(parent, 'secret.txt'), 'outside the output folder');
  await writeFile(path.join(root, '.report-press-cache.json'), '{"renderers":{}}');
  await symlink(path.join(parent, 'secret.txt'), path.join(root, 'escape.txt'));
  await symlink(parent, path.join(root, 'escape-folder'));
  await symlink('/etc/passwd', path.join(root, 'passwd.pdf'));
  await symlink(path.join(root, 'report.pdf'), path.join(root, 'alias.pdf'));
  server = await startPreviewServer(root, 0);
});

after(async () => {
  await server.close();
  await rm(parent, { recursive: true, force: true });
});

test('binds to the loopback interface only', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('serves the outputs, with a reload hook in HTML pages', async () => {
  const deck = await get('/slides/');
  assert.equal(deck.status, 200);
  assert.match(deck.body, /deck/);
  assert.match(deck.body, /EventSource\('\/__reload'\)/);
  const pdf = await get('/report.pdf');
  assert.equal(pdf.body, '%PDF-fake');
  assert.match((await get('/')).body, /href="report\.pdf"/);
});

test('serves the proof viewer at the root, with pdf.js from the project, offline', async () => {
  const page = await get('/');
  assert.match(page.body, /<a class="tab" href="report\.pdf" data-doc="report\.pdf">/);
  assert.match(page.body, /src="\/__viewer\/viewer\.js"/);
  assert.match((await get('/__viewer/viewer.js')).body, /from '\/__pdfjs\/pdf\.mjs'/);
  for (const asset of ['/__pdfjs/pdf.mjs', '/__pdfjs/pdf.worker.mjs']) {
    const response = await fetch(new URL(asset, server.url));
    assert.equal(response.status, 200, asset);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
  }
  for (const attempt of ['/__pdfjs/../../package.json', '/__pdfjs/%2e%2e/%2e%2e/package.json', '/__viewer/../../package.json', '/__pdfjs/']) assert.equal((await get(attempt)).status, 404, attempt);
});

test('never serves a file outside the output folder', async () => {
  for (const attempt of ['/../secret.txt', '/slides/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/slides/%2e%2e%2f%2e%2e%2fsecret.txt', '/%252e%252e/secret.txt', '/..\\secret.txt', '/%00']) {
    const { status, body } = await get(attempt);
    assert.notEqual(status, 200, `${attempt} was served`);
    assert.doesNotMatch(body, /outside the output folder/, attempt);
  }
});

test('never follows a symlink out of the output folder, but serves one that stays inside', async () => {
  for (const attempt of ['/escape.txt', '/escape-folder/secret.txt', '/escape-folder/', '/passwd.pdf']) {
    const { status, body } = await get(attempt);
    assert.equal(status, 404, attempt);
    assert.doesNotMatch(body, /outside the output folder|root:/, attempt);
  }
  assert.equal((await get('/alias.pdf')).body, '%PDF-fake');
});

test('answers GET and HEAD only', async () => {
  const head = await get('/report.pdf', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) assert.equal((await get('/report.pdf', { method })).status, 405, method);
});

test('answers only requests addressed to its loopback names, not a rebinding DNS name', async () => {
  const { port } = new URL(server.url);
  assert.equal((await get('/report.pdf', { host: `localhost:${port}` })).status, 200);
  for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.nip.io:${port}`, '127.0.0.1']) {
    const { status, body } = await get('/report.pdf', { host });
    assert.equal(status, 403, host);
    assert.notEqual(body, '%PDF-fake');
  }
  assert.match(await sendRaw('GET /report.pdf HTTP/1.0\r\n\r\n'), /^HTTP\/1\.1 403 /);
});

test('hides dotfiles such as the build cache', async () => {
  for (const attempt of ['/.report-press-cache.json', '/%2ereport-press-cache.json', '/slides/../.report-press-cache.json']) assert.equal((await get(attempt)).status, 404, attempt);
  assert.doesNotMatch((await get('/')).body, /report-press-cache/);
});

test('remembers the PDF the viewer shows, and refuses a name that is not a PDF of the output folder', async () => {
  assert.equal(server.viewing(), undefined);
  assert.equal((await get('/__viewing?doc=report.en.pdf')).status, 204);
  assert.equal(server.viewing(), 'report.en.pdf');
  for (const bad of ['../secret.pdf', 'slides%2Findex.html', '.report-press-cache.pdf', '']) assert.equal((await get(`/__viewing?doc=${bad}`)).status, 400, bad);
  assert.equal(server.viewing(), 'report.en.pdf');
});

test('survives malformed request lines of every kind, then still serves', async () => {
  const { port } = new URL(server.url);
  const host = `127.0.0.1:${port}`;
  const lines = [
    `GET http://[::1 HTTP/1.1`,
    `GET http://[::1]:${port}/report.pdf HTTP/1.1`,
    'GET /%zz%%% HTTP/1.1',
    'GET /\u0000 HTTP/1.1',
    `GET /${'a/'.repeat(5000)} HTTP/1.1`,
    'GET * HTTP/1.1',
    'GET  HTTP/1.1',
    'GET',
    'BREW /pot HTCPCP/1.0',
    'GET / HTTP/9.9',
    'GET /report.pdf HTTP/1.1\r\nContent-Length: -5',
    'GET /report.pdf HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz',
  ];
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 40; round += 1) {
    const bytes = Array.from({ length: 1 + Math.floor(random() * 60) }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    lines.push(`GET /${bytes} HTTP/1.1`, bytes);
  }
  // In the watch process an error escaping a request handler ends the process: none may escape.
  const escaped: unknown[] = [];
  const collect = (error: unknown): number => escaped.push(error);
  process.on('unhandledRejection', collect);
  try {
    for (const line of lines) await sendRaw(`${line}\r\nHost: ${host}\r\n\r\n`);
  } finally {
    process.off('unhandledRejection', collect);
  }
  assert.deepEqual(escaped, []);
  assert.equal((await get('/report.pdf')).body, '%PDF-fake');
});

test('reports a taken or an invalid port in one line', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const address = taken.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const busy = runCli(['watch', '--only', 'handouts', '--port', String(port), '--source', 'tests/fixtures/mini', '--out', path.join(parent, 'watch-out')]);
    assert.equal(busy.status, 1, busy.stderr);
    assert.equal(busy.stderr.trim(), `report-press: port ${port} on 127.0.0.1 is in use: choose another with --port (0 picks a free one)`);
  } finally {
    taken.close();
  }
  for (const bad of ['99999', '-1', 'abc']) {
    const invalid = runCli(['watch', '--port', bad, '--source', 'tests/fixtures/mini', '--out', path.join(parent, 'watch-out')]);
    assert.equal(invalid.status, 2, invalid.stderr);
    assert.equal(invalid.stderr.trim(), `report-press: --port ${bad} is not a port: give a number from 0 to 65535 (0 picks a free one)`);
  }
});
