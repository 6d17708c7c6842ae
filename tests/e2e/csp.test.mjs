// Every form of the widget under a strict Content Security Policy (issue 12): the iframe page, the
// single file (over http with the header and from file:// with its own meta policy) and the script
// embed on a host page. Any `securitypolicyviolation` event or CSP console error fails, and each
// form must become interactive: the live header, a marker clicked, its details shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { serveDir } from './lib/server.mjs';
import { launchBrowser, only, onlyIn } from './lib/browser.mjs';
import { DIST, requireDist, assertNoErrors, assertOnlyOrigin } from './lib/app.mjs';
import { STRICT_CSP, collectViolations } from './lib/csp.mjs';

const LIVE = '[data-summitry-live] [data-testid="app-header"]';
const EVENT = 'istanbul-talks-2025-07-23';

/** The `'sha256-...'` sources of `directive` in the single file's own meta policy. */
export function metaHashes(html, directive) {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
  assert.ok(meta, 'summitry.html declares its own Content-Security-Policy in a <meta>');
  const part = meta[1].split(';').map((p) => p.trim()).find((p) => p.startsWith(`${directive} `));
  assert.ok(part, `its policy has ${directive}`);
  const hashes = part.split(/\s+/).filter((s) => s.startsWith("'sha256-"));
  assert.ok(hashes.length > 0, `its ${directive} lists sha256 hashes`);
  return hashes;
}

/** The strict policy plus the single file's hashes (what the README tells a host to send). */
function singleFilePolicy(html) {
  return STRICT_CSP
    .replace("script-src 'self'", `script-src 'self' ${metaHashes(html, 'script-src').join(' ')}`)
    .replace("style-src 'self'", `style-src 'self' ${metaHashes(html, 'style-src').join(' ')}`);
}

let singleHtml;
let server; // dist/ with the strict policy on every file, the single file with its hashes
let bare; // dist/ with the strict policy on every file, the single file without its hashes
let browser;

const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A strict news page</title>
<link rel="icon" href="data:,"></head><body><article><h1>A news article</h1><p>Text before the widgets.</p></article>
<div id="map" data-summitry></div>
<div id="compare" data-summitry data-view="compare"></div>
<script src="summitry-embed.js" defer></script></body></html>`;

before(async () => {
  await requireDist('index.html', 'summitry.html', 'summitry-embed.js');
  singleHtml = await readFile(path.join(DIST, 'summitry.html'), 'utf8');
  const single = singleFilePolicy(singleHtml);
  const routes = (rel) => (rel === 'host.html' ? { body: HOST_PAGE } : null);
  server = await serveDir(DIST, {
    headers: (rel) => ({ 'content-security-policy': rel === 'summitry.html' ? single : STRICT_CSP }),
    routes,
  });
  bare = await serveDir(DIST, { headers: { 'content-security-policy': STRICT_CSP } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await bare?.close();
});

async function violations(page) {
  return page.evaluate(() => [...(window.__summitryCspViolations ?? ['the violation collector did not run'])]);
}

/** Waits for the live widget in `scope`, clicks the Istanbul marker and waits for its details. */
async function interact(record, scope) {
  const died = record.firstPageError.then((e) => {
    throw new Error(`the page threw before the widget started:\n${e.stack || e}`);
  });
  died.catch(() => {});
  await Promise.race([scope.locator(LIVE).first().waitFor({ state: 'visible', timeout: 60_000 }), died]);
  await scope.getByTestId('marker-istanbul').click();
  await scope.getByTestId(`details-${EVENT}`).waitFor({ state: 'visible', timeout: 10_000 });
}

async function assertClean(record) {
  assert.deepEqual(await violations(record.page), [], 'Content Security Policy violations');
  const csp = record.consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m));
  assert.deepEqual(csp, [], 'CSP errors in the console');
  await assertNoErrors(record);
}

test('the violation collector sees a violation (so the tests below can fail)', { timeout: 60_000 }, async () => {
  // The single file served with the strict header alone: its inline script and style are refused.
  const record = await browser.open(`${bare.url}summitry.html`, undefined, { init: collectViolations });
  await record.page.waitForTimeout(1000);
  const seen = await violations(record.page);
  assert.ok(seen.some((v) => v.startsWith('script-src')), `an inline script is refused: ${seen.join('\n')}`);
  assert.ok(seen.some((v) => v.startsWith('style-src')), `an inline style is refused: ${seen.join('\n')}`);
  assert.equal(await record.page.locator('[data-summitry-live]').count(), 0, 'and the widget does not start');
  await record.page.close();
});

test('the iframe page (index.html) runs under the strict policy', { timeout: 120_000 }, async () => {
  const record = await browser.open(server.url, undefined, { init: collectViolations });
  await interact(record, record.page);
  await record.page.getByTestId('view-compare').click();
  await record.page.getByTestId('compare-view').waitFor({ state: 'visible' });
  await record.page.getByTestId('view-list').click();
  await assertClean(record);
  await assertOnlyOrigin(record, server.origin);
  await record.page.close();
});

test('the iframe page runs under the strict policy framed by a page on another origin', { timeout: 120_000 }, async () => {
  const host = await serveDir(DIST, { routes: (rel) => (rel === 'frame.html' ? { body: `<!doctype html><title>Host</title><iframe title="Summitry" src="${server.url}?id=x" style="width:100%;height:900px;border:0"></iframe>` } : null) });
  try {
    const record = await browser.open(`${host.url}frame.html`, undefined, { init: collectViolations });
    const frame = record.page.frameLocator('iframe');
    await frame.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
    await frame.getByTestId('marker-istanbul').click();
    await frame.getByTestId(`details-${EVENT}`).waitFor({ state: 'visible' });
    assert.deepEqual(await frame.locator('html').evaluate(() => [...window.__summitryCspViolations]), [], 'violations in the frame');
    await assertClean(record);
    await record.page.close();
  } finally {
    await host.close();
  }
});

test('the single file runs over http with the strict header plus its own hashes', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${server.url}summitry.html`, undefined, { init: collectViolations });
  await interact(record, record.page);
  await record.page.getByTestId('view-compare').click();
  await record.page.getByTestId('compare-view').waitFor({ state: 'visible' });
  await assertClean(record);
  await assertOnlyOrigin(record, server.origin);
  await record.page.close();
});

// WebKit runs get their violation collector from the test server (lib/probe.mjs); a file:// page
// has none, and WebDriver classic runs no script before the page's own.
const BEFORE_FILE_PAGE = ['chromium', 'firefox'];
const NO_COLLECTOR = 'no script runs before a file:// page in WebKit';

test(`the single file runs from file:// under its own meta policy${only(BEFORE_FILE_PAGE, NO_COLLECTOR)}`, { timeout: 120_000, ...onlyIn(BEFORE_FILE_PAGE, NO_COLLECTOR) }, async () => {
  const record = await browser.open(pathToFileURL(path.join(DIST, 'summitry.html')).href, undefined, { init: collectViolations });
  await interact(record, record.page);
  await assertClean(record);
  const foreign = record.requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(foreign, [], 'no network request');
  await record.page.close();
});

test('the script embed runs on a host page served with the strict policy', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${server.url}host.html`, undefined, { init: collectViolations });
  const map = record.page.locator('#map');
  await interact(record, map);
  const compare = record.page.locator('#compare');
  await compare.getByTestId('compare-view').waitFor({ state: 'visible', timeout: 30_000 });
  await compare.getByTestId('statement-kremlin-2025-07-24-cart-before-horse').waitFor({ state: 'visible' });
  await map.getByTestId('view-list').click();
  await map.getByTestId('list-view').waitFor({ state: 'visible' });
  await assertClean(record);
  await assertOnlyOrigin(record, server.origin);
  await record.page.close();
});
