// A static server for the benchmark: loopback only, every response gzip-encoded
// (Content-Encoding: gzip at level 9, as a CDN would serve it), nothing cached by the browser.
// Unlike the test server it compresses, keeps files in memory (the disk is not measured) and
// counts the body bytes it sends per path.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

import { MIME_TYPES, fileIn } from '../tests/e2e/lib/server.mjs';

/** Types a CDN sends as they are: they are compressed already. */
const PRECOMPRESSED = new Set(['.png', '.jpg', '.jpeg', '.webp', '.woff2', '.gz', '.br']);

/** gzip at its best compression, as `cargo xtask dist` measures it. */
export const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 });

/**
 * Serves `mounts` (URL prefix → folder, e.g. { '/widget/': 'dist' }) on 127.0.0.1.
 * Resolves to { origin, sent, close() }; `sent` maps each path asked for to the body bytes sent.
 */
export async function serveGzip(mounts) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const cache = new Map();
  const sent = new Map();
  const load = async (file) => {
    if (!cache.has(file)) {
      const raw = await readFile(file);
      const ext = path.extname(file).toLowerCase();
      const body = PRECOMPRESSED.has(ext) ? raw : gzip(raw);
      cache.set(file, { body, encoded: !PRECOMPRESSED.has(ext), type: MIME_TYPES[ext] ?? 'application/octet-stream' });
    }
    return cache.get(file);
  };
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const fail = (status) => {
      res.writeHead(status, { 'cache-control': 'no-store' });
      res.end();
    };
    if (req.method !== 'GET') return fail(405);
    if (url.pathname === '/favicon.ico') return fail(204);
    const mount = table.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) return fail(404);
    const [prefix, base] = mount;
    const found = fileIn(base, url.pathname.slice(prefix.length));
    if (found.status) return fail(found.status);
    let { file } = found;
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const { body, encoded, type } = await load(file);
      res.writeHead(200, {
        'content-type': type,
        ...(encoded ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(body);
      sent.set(url.pathname, body.length);
    } catch {
      fail(404);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    sent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
