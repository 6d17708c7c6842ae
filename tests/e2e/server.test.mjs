// The static server the smoke test relies on: MIME types (a wasm served as
// anything but application/wasm loses streaming compilation), the sub-folder,
// and that nothing outside the served folder can be read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { serveDir } from './lib/server.mjs';

let dir;
let server;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'summitry-server-test-'));
  await mkdir(path.join(dir, 'site', 'sub'), { recursive: true });
  await writeFile(path.join(dir, 'site', 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(dir, 'site', 'app_bg.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  await writeFile(path.join(dir, 'site', 'app.js'), 'export {};');
  await writeFile(path.join(dir, 'site', 'sub', 'style.css'), 'a{}');
  await writeFile(path.join(dir, 'secret.txt'), 'outside');
  server = await serveDir(path.join(dir, 'site'));
});

after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (p) => fetch(new URL(p, server.origin), { redirect: 'manual' });

test('listens on loopback only', () => {
  assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(server.url, `${server.origin}/widget/`);
});

test('sends the right content types', async () => {
  const expected = {
    '/widget/': 'text/html; charset=utf-8',
    '/widget/app_bg.wasm': 'application/wasm',
    '/widget/app.js': 'text/javascript; charset=utf-8',
    '/widget/sub/style.css': 'text/css; charset=utf-8',
  };
  for (const [p, type] of Object.entries(expected)) {
    const res = await get(p);
    assert.equal(res.status, 200, p);
    assert.equal(res.headers.get('content-type'), type, p);
  }
  const wasm = new Uint8Array(await (await get('/widget/app_bg.wasm')).arrayBuffer());
  assert.deepEqual([...wasm.slice(0, 4)], [0, 97, 115, 109]);
});

test('serves only the folder, under its prefix', async () => {
  assert.equal((await get('/widget')).status, 301);
  assert.equal((await get('/index.html')).status, 404);
  assert.equal((await get('/widget/missing.js')).status, 404);
  for (const escape of ['/widget/..%2fsecret.txt', '/widget/%2e%2e/secret.txt', '/widget/sub/..%2f..%2fsecret.txt']) {
    const res = await get(escape);
    assert.ok([403, 404].includes(res.status), `${escape}: ${res.status}`);
    assert.notEqual(await res.text(), 'outside', escape);
  }
  assert.equal((await get('/favicon.ico')).status, 204);
  assert.ok(server.requests.some((r) => r.path === '/widget/app.js' && r.status === 200));
});
