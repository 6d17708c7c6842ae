// A static file server for the end-to-end tests: loopback only, a free port
// picked by the OS, and the MIME types a real host must send (a wasm file
// served as anything but application/wasm makes streaming compilation fail).
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { ENGINE } from './browser.mjs';
import { PROBE_PATH, probeScript, withProbe } from './probe.mjs';

// In WebKit every HTML page served gets the probe that stands in for Playwright's page events.
const PROBE = ENGINE === 'webkit';

/** Content types by file extension. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * The file under the folder `base` that the URL path `encoded` (relative to where the folder is
 * served) names: `{ rel, file }`, or `{ status }` when it cannot be served (400: not decodable;
 * 403: outside the folder).
 */
export function fileIn(base, encoded) {
  let rel;
  try {
    rel = decodeURIComponent(encoded);
  } catch {
    return { status: 400 };
  }
  const file = path.resolve(base, rel);
  if (file !== base && !file.startsWith(base + path.sep)) return { status: 403 };
  return { rel, file };
}

/**
 * Serves the folder `root` under the URL path `prefix` (default `/widget/`,
 * a sub-folder, because the widget must work wherever it is copied).
 * Options:
 * - `headers`: extra response headers for every file served (an object, or
 *   a function of the path inside the folder returning one), e.g. a
 *   Content-Security-Policy;
 * - `routes`: a function of the path inside the folder returning
 *   `{ body, type? }` to send instead of the file (a test's damaged or
 *   altered file), or nothing to serve the file.
 * Resolves to { url, origin, requests, close() }; `requests` lists every
 * path asked for, with its status.
 */
export async function serveDir(root, { prefix = '/widget/', headers = {}, routes = null } = {}) {
  const extra = (rel) => (typeof headers === 'function' ? headers(rel) : headers) ?? {};
  const base = path.resolve(root);
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const send = (status, headers = {}, body = '') => {
      requests.push({ path: req.url, status });
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405);
    if (PROBE && url.pathname === PROBE_PATH) {
      return send(200, { 'content-type': MIME_TYPES['.js'] }, probeScript());
    }
    if (url.pathname === '/favicon.ico') {
      // Chromium asks every origin for this by itself; it is not the widget's request.
      return send(204);
    }
    if (url.pathname === prefix.replace(/\/$/, '')) return send(301, { location: prefix });
    if (!url.pathname.startsWith(prefix)) return send(404, {}, 'outside the served folder');
    const found = fileIn(base, url.pathname.slice(prefix.length));
    if (found.status) return send(found.status);
    const { rel } = found;
    let { file } = found;
    // A body sent whole (a routed one, or an HTML page with the probe): the probe goes in here.
    const sendBody = (body, type) => {
      const page = PROBE && type.startsWith('text/html') ? Buffer.from(withProbe(Buffer.from(body).toString('utf8'))) : Buffer.from(body);
      return send(200, {
        'content-type': type,
        'content-length': page.length,
        'x-content-type-options': 'nosniff',
        ...extra(rel),
      }, req.method === 'HEAD' ? '' : page);
    };
    const routed = routes && (await routes(rel));
    if (routed) return sendBody(routed.body, routed.type ?? MIME_TYPES[path.extname(rel).toLowerCase()] ?? 'application/octet-stream');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (PROBE && type.startsWith('text/html')) return sendBody(await readFile(file), type);
      requests.push({ path: req.url, status: 200 });
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...extra(rel),
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      send(404, {}, 'not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
