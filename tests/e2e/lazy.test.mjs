// The script embed costs a host page nothing but its loader until the reader nears the widget
// (issue 30): `summitry-embed.js` reserves the widget's space and adds the widget's script
// (summitry-embed-<hash>.js) when an element comes within about a screen of the viewport, once
// for the whole page; `data-load="eager"` fetches it at once. Under the strict policy of a news
// site, with the server's own log of what was asked for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { serveDir } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { DIST, requireDist, assertNoErrors, embedApp } from './lib/app.mjs';
import { STRICT_CSP, collectViolations } from './lib/csp.mjs';

const LIVE = '[data-summitry-live] [data-testid="app-header"]';
const NOTE = 'This interactive graphic could not load. Reload the page to try again.';
/** The height the loader keeps free (xtask/src/embed_script.rs, RESERVE). */
const RESERVE = 1450;

/** An article of `paragraphs` paragraphs (about 40 px each at 375 px) before its widget. */
function article(title, paragraphs, widget, script = 'summitry-embed.js') {
  const text = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i + 1} of the article, before the graphic.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,"></head><body><article><h1>${title}</h1>
${text}
${widget}
<p id="after">The article goes on after the graphic.</p></article>
<script src="${script}" defer></script></body></html>`;
}

let app;
let server;
let browser;

before(async () => {
  await requireDist('summitry-embed.js');
  app = await embedApp();
  const loader = await readFile(path.join(DIST, 'summitry-embed.js'), 'utf8');
  const missing = loader.replace(app.name, 'summitry-embed-0000000000000000.js');
  const pages = {
    'far.html': article('Three screens down', 120, '<div id="w" data-summitry></div>'),
    'eager.html': article('Eager', 120, '<div id="w" data-summitry data-load="eager"></div>'),
    'missing.html': article('No widget script', 1, '<div id="w" data-summitry></div>', 'missing-loader.js'),
  };
  server = await serveDir(DIST, {
    headers: { 'content-security-policy': STRICT_CSP },
    routes: (rel) => (pages[rel] ? { body: pages[rel] } : rel === 'missing-loader.js' ? { body: missing } : null),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The paths of `server`'s files asked for since `from`, without the page itself. */
function asked(from, page) {
  return server.requests
    .slice(from)
    .map((r) => r.path.replace(/^\/widget\//, ''))
    .filter((p) => p !== page && !p.startsWith('/'));
}

/** What the element's own box measures: its height and its inline min-height. */
function box(page) {
  return page.evaluate(() => {
    const w = document.getElementById('w');
    return { height: w.getBoundingClientRect().height, reserved: w.style.minHeight, top: w.getBoundingClientRect().top };
  });
}

for (const [width, height] of [
  [375, 812],
  [1280, 800],
]) {
  test(`at ${width} px, a widget three screens down costs only the loader until the reader scrolls near it, then mounts under the strict policy`, { timeout: 120_000 }, async () => {
    const from = server.requests.length;
    const record = await browser.open(`${server.url}far.html`, { width, height }, { init: collectViolations });
    const { page } = record;
    await page.waitForTimeout(1500);
    const start = await box(page);
    assert.ok(start.top > 3 * height, `the widget starts more than three screens down (${start.top} px)`);
    assert.deepEqual(asked(from, 'far.html'), ['summitry-embed.js'], 'before the reader scrolls, only the loader is fetched');
    assert.equal(start.reserved, `${RESERVE}px`, 'the loader keeps the widget space free');
    assert.equal(start.height, RESERVE);
    // Two screens above the widget: still not near.
    await page.evaluate((h) => window.scrollTo(0, document.getElementById('w').offsetTop - 2.5 * h), height);
    await page.waitForTimeout(800);
    assert.deepEqual(asked(from, 'far.html'), ['summitry-embed.js'], 'two screens away, still nothing more');
    // Within a screen of it: the widget's script comes, once, and the widget mounts.
    await page.evaluate((h) => window.scrollTo(0, document.getElementById('w').offsetTop - 1.5 * h), height);
    await page.locator('#w').locator(LIVE).waitFor({ state: 'attached', timeout: 60_000 });
    const files = asked(from, 'far.html');
    assert.deepEqual(files.slice(0, 2), ['summitry-embed.js', app.name], 'then the widget script');
    assert.equal(files.filter((f) => f === app.name).length, 1, 'fetched once');
    const mounted = await box(page);
    assert.equal(mounted.reserved, '', 'the reservation is lifted once the widget is in place');
    const off = Math.abs(mounted.height - RESERVE) / mounted.height;
    assert.ok(off < 0.2, `the space kept (${RESERVE} px) is within a fifth of the widget's height (${mounted.height} px)`);
    assert.deepEqual(await page.evaluate(() => window.__summitryCspViolations ?? []), [], 'no policy violations');
    await assertNoErrors(record);
    await page.close();
  });
}

test('data-load="eager" fetches the widget at once, however far down it is', { timeout: 120_000 }, async () => {
  const from = server.requests.length;
  const record = await browser.open(`${server.url}eager.html`, { width: 1280, height: 800 }, { init: collectViolations });
  const { page } = record;
  await page.locator('#w').locator(LIVE).waitFor({ state: 'attached', timeout: 60_000 });
  assert.ok((await box(page)).top > 3 * 800, 'the widget is three screens down');
  assert.deepEqual(asked(from, 'eager.html').slice(0, 2), ['summitry-embed.js', app.name]);
  await assertNoErrors(record);
  await page.close();
});

test('when the widget script cannot load, the element says so in its place, and the host page gets no error', { timeout: 60_000 }, async () => {
  const record = await browser.open(`${server.url}missing.html`, { width: 375, height: 812 });
  const { page } = record;
  const status = page.locator('#w').getByRole('status');
  await status.waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal((await status.innerText()).trim(), NOTE);
  assert.equal((await box(page)).reserved, '', 'no empty reserved space is left');
  await page.waitForTimeout(300);
  assert.deepEqual(record.pageErrors, [], 'no uncaught errors');
  // The browser itself logs the missing file (a 404); the page logs nothing else.
  assert.deepEqual(
    record.consoleErrors.filter((e) => !/404|Failed to load|Not Found/i.test(e)),
    [],
    'no other console errors',
  );
  await page.close();
});
