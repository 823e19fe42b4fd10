import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { type PreviewServer, startPreviewServer } from '../../src/build/preview-server.ts';

let server: PreviewServer;
let root: string;

/** A raw request: the path goes out exactly as written, unlike fetch, which normalises `..` away. */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  const { port, hostname } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: rawPath, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  const parent = await mkdtemp(path.join(tmpdir(), 'report-press-serve-'));
  root = path.join(parent, 'output');
  await mkdir(path.join(root, 'slides'), { recursive: true });
  await writeFile(path.join(root, 'slides', 'index.html'), '<html><body>deck</body></html>');
  await writeFile(path.join(root, 'report.pdf'), '%PDF-fake');
  await writeFile(path.join(parent, 'secret.txt'), 'outside the output folder');
  server = await startPreviewServer(root, 0);
});

after(() => server.close());

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

test('never serves a file outside the output folder', async () => {
  for (const attempt of ['/../secret.txt', '/slides/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/slides/%2e%2e%2f%2e%2e%2fsecret.txt', '/%252e%252e/secret.txt', '/..\\secret.txt', '/%00']) {
    const { status, body } = await get(attempt);
    assert.notEqual(status, 200, `${attempt} was served`);
    assert.doesNotMatch(body, /outside the output folder/, attempt);
  }
});
