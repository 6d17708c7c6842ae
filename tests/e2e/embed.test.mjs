// Embedding, flags, offline use and open data (issue: embedding on news sites, offline, open data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { serveDir } from './lib/server.mjs';
import { ENGINE, launchBrowser } from './lib/browser.mjs';
import { DIST, SCREENSHOTS, requireDist, exportedData, waitForApp, assertNoErrors, assertOnlyOrigin, afterHashWrite } from './lib/app.mjs';

let widget; // the widget's own origin
let host; // a news page on another origin
let hostDir;
let browser;
let data;

// Each host handles only its own format, as a real Datawrapper, pym.js, AMP or Medium page does.
const HANDLERS = {
  datawrapper: `(e) => { const d = e.data && e.data['datawrapper-height']; if (d) for (const k in d) return d[k]; }`,
  pym: `(e) => { const p = typeof e.data === 'string' && e.data.split('xPYMx'); if (p && p[2] === 'height') return +p[3]; }`,
  amp: `(e) => { const d = e.data; if (d && d.sentinel === 'amp' && d.type === 'embed-size') return d.height; }`,
  medium: `(e) => { try { const d = JSON.parse(e.data); if (d.context === 'iframe.resize') return d.height; } catch {} }`,
};

function hostPage(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title></head><body>
<article class="story"><h1>A news article</h1><p>Text before the widget.</p></article>
${body}
<p>Text after the widget.</p></body></html>`;
}

before(async () => {
  await requireDist('index.html', 'embed.js', 'summitry-embed.js');
  data = exportedData();
  widget = await serveDir(DIST);
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'summitry-host-'));
  for (const [format, handler] of Object.entries(HANDLERS)) {
    await writeFile(
      path.join(hostDir, `${format}.html`),
      hostPage(`<iframe id="w" title="Summitry" src="${widget.url}?id=story-1" style="border:0;width:100%;height:150px"></iframe>
<script>window.addEventListener('message', (e) => { const h = (${handler})(e); if (h > 0) document.getElementById('w').style.height = h + 'px'; });</script>`),
    );
  }
  await writeFile(
    path.join(hostDir, 'embedjs.html'),
    hostPage(`<iframe id="a" title="Summitry map" src="${widget.url}?id=a" style="border:0;width:100%;height:150px"></iframe>
<iframe id="b" title="Summitry list" src="${widget.url}?id=b&view=list&plain" style="border:0;width:100%;height:150px"></iframe>
<script src="${widget.url}embed.js" async></script>`),
  );
  // A page whose styles try their worst: every element reverted to 40px, its own divs hidden.
  await writeFile(
    path.join(hostDir, 'script.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hostile page</title>
<style>* { all: revert; font-size: 40px !important; } .story div { display: none; } button { background: red !important; }</style>
</head><body><article class="story"><h1>A news article</h1><div id="own">The page's own hidden div</div></article>
<div id="one" data-summitry data-view="map"></div>
<div id="two" data-summitry data-view="compare" data-lang="fr"></div>
<script src="${widget.url}summitry-embed.js" defer></script></body></html>`,
  );
  host = await serveDir(hostDir, { prefix: '/news/' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await widget?.close();
});

async function frameHeight(page, id) {
  return page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);
}

for (const format of Object.keys(HANDLERS)) {
  test(`a cross-origin host page resizes the iframe through the ${format} message`, { timeout: 120_000 }, async () => {
    const record = await browser.open(`${host.url}${format}.html`);
    const { page } = record;
    assert.notEqual(new URL(host.url).origin, widget.origin, 'host and widget are different origins');
    const frame = page.frameLocator('#w');
    await frame.locator('[data-summitry-live] [data-testid="app-header"]').waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(() => document.getElementById('w').getBoundingClientRect().height > 400);
    const content = await frame.locator('.sm-app').evaluate((app) => Math.ceil(app.getBoundingClientRect().height));
    assert.ok(Math.abs((await frameHeight(page, 'w')) - content) <= 1, 'the iframe is as tall as the widget');
    // The height follows the content: the list view is taller than the map.
    await frame.getByTestId('view-list').click();
    await page.waitForFunction((h) => Math.abs(document.getElementById('w').getBoundingClientRect().height - h) > 50, content);
    await assertNoErrors(record);
    await page.close();
  });
}

test('embed.js resizes several Summitry iframes on one page independently, and is small', { timeout: 120_000 }, async () => {
  const size = gzipSync(await readFile(path.join(DIST, 'embed.js')), { level: 9 }).length;
  assert.ok(size <= 2048, `embed.js is ${size} bytes gzip, over 2 KB`);
  const record = await browser.open(`${host.url}embedjs.html`);
  const { page } = record;
  await page.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id).getBoundingClientRect().height > 300), null, { timeout: 60_000 });
  const [a, b] = [await frameHeight(page, 'a'), await frameHeight(page, 'b')];
  assert.ok(Math.abs(a - b) > 20, `each iframe has its own height (${a}, ${b})`);
  await assertNoErrors(record);
  await page.close();
});

test('script embeds survive hostile host CSS and work independently of each other and the page', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}script.html`);
  const { page } = record;
  const one = page.locator('#one');
  const two = page.locator('#two');
  await one.locator('[data-summitry-live] [data-testid="app-header"]').waitFor({ state: 'visible', timeout: 60_000 });
  await two.getByTestId('compare-view').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#own').isVisible(), false, 'the host styles its own content');
  // The host's styles stop at the shadow root.
  const fontSize = await one.locator('.sm-app').evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(fontSize, '16px');
  const marker = one.getByTestId('marker-istanbul');
  const box = await marker.boundingBox();
  assert.ok(box.width >= 24 && box.width < 60, `marker keeps its size (${box.width})`);
  assert.notEqual(await marker.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 0, 0)');
  // The widget's styles stay inside: the page's own heading keeps the page's size.
  assert.equal(await page.locator('article.story > h1').evaluate((el) => getComputedStyle(el).fontSize), '40px');
  // Its open data is in the script's own folder, not beside the host page.
  assert.equal(await one.getByTestId('download-json').getAttribute('href'), `${widget.url}data/summitry.json`);
  // Independent state: selecting in one does not touch the other, nor the page's address.
  await marker.click();
  await one.getByTestId('details-istanbul-talks-2025-07-23').waitFor({ state: 'visible' });
  assert.equal(await two.getByTestId('details-panel').count(), 0);
  assert.equal(await two.locator('.sm-app').getAttribute('lang'), 'fr');
  // The card holding the Kremlin's remark links to its event on the map.
  await two.locator('article', { has: page.getByTestId('statement-kremlin-2025-07-24-cart-before-horse') }).getByRole('link').click();
  await two.getByTestId('details-proposed-zelensky-putin-meeting').waitFor({ state: 'visible' });
  await afterHashWrite(page);
  assert.equal(await page.evaluate(() => location.hash), '', 'in-widget links do not change the host page');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'script-embed-hostile-1280.png'), fullPage: true });
  await assertNoErrors(record);
  await page.close();
});

test('dark=true, static and lang=uk render as asked', { timeout: 120_000 }, async () => {
  let record = await browser.open(`${widget.url}?dark=true&lang=uk`);
  await waitForApp(record);
  let { page } = record;
  assert.equal(await page.locator('.sm-app').getAttribute('data-theme'), 'dark');
  assert.equal(await page.locator('.sm-app').getAttribute('lang'), 'uk');
  assert.equal(await page.getByTestId('view-map').innerText(), 'Мапа і хронологія');
  assert.equal(await page.getByTestId('view-compare').innerText(), 'Хто що сказав');
  const bg = await page.locator('.sm-app').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, 'rgb(13, 17, 23)', 'dark background');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'flags-dark-uk-1280.png'), fullPage: true });
  await assertNoErrors(record);
  await page.close();

  record = await browser.open(`${widget.url}?static&view=compare&lang=fr`);
  await waitForApp(record);
  page = record.page;
  assert.equal(await page.getByTestId('view-map').count(), 0, 'no view switcher');
  assert.equal(await page.locator('main[inert]').count(), 1, 'nothing to operate');
  await page.getByTestId('compare-view').waitFor({ state: 'visible' });
  assert.match(await page.locator('.sm-sides').innerText(), /Propose/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'flags-static-fr-1280.png'), fullPage: true });
  await assertNoErrors(record);
  await page.close();
});

test('the downloads parse as the documented JSON and CSV, with no network', { timeout: 120_000 }, async () => {
  const record = await browser.open(widget.url);
  const { page } = record;
  await waitForApp(record);
  const fetchDownload = async (testid) => {
    if (ENGINE === 'webkit') {
      // WebDriver classic reports no downloads: the link's own file, read by the page.
      const link = page.getByTestId(testid);
      assert.notEqual(await link.getAttribute('download'), null, `${testid} is a download link`);
      return link.evaluate((a) => fetch(a.href).then((r) => r.text()));
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    return readFile(await download.path(), 'utf8');
  };
  const json = JSON.parse(await fetchDownload('download-json'));
  assert.deepEqual(json, data, 'the download is the documented export');
  for (const key of ['sources', 'actors', 'places', 'topics', 'events', 'statements', 'claims']) assert.ok(Array.isArray(json[key]), key);
  const rows = (csv) => csv.trim().split('\n').length - 1;
  const events = await fetchDownload('download-events-csv');
  assert.match(events.split('\n')[0], /^id,kind,status,date,/);
  assert.equal(rows(events), data.events.length);
  const statements = await fetchDownload('download-statements-csv');
  assert.match(statements.split('\n')[0], /^id,date,date_precision,speaker,/);
  assert.ok(rows(statements) >= data.statements.length, 'one row per statement (quotes may hold line breaks)');
  await assertOnlyOrigin(record, widget.origin);
  await assertNoErrors(record);
  await page.close();
});

test('the page carries schema.org JSON-LD of events and quotations', { timeout: 60_000 }, async () => {
  const record = await browser.open(widget.url);
  await waitForApp(record);
  const ld = JSON.parse(await record.page.locator('script[type="application/ld+json"]').textContent());
  const types = ld['@graph'].map((x) => x['@type']);
  assert.equal(types.filter((t) => t === 'Event').length, data.events.length);
  assert.equal(types.filter((t) => t === 'Quotation').length, data.statements.length);
  await record.page.close();
});

test('privacy: only the widget\'s own files are requested; no cookies or storage', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${widget.url}#view=compare`);
  const { page } = record;
  await waitForApp(record);
  await page.getByTestId('view-map').click();
  await page.getByTestId('marker-istanbul').click();
  await page.getByTestId('view-list').click();
  await assertOnlyOrigin(record, widget.origin);
  assert.deepEqual(await page.context().cookies(), [], 'no cookies');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'no storage');
  await assertNoErrors(record);
  await page.close();
});

test('the single file works from file:// with no server: map and comparison', { timeout: 120_000 }, async () => {
  await requireDist('summitry.html');
  const record = await browser.open(pathToFileURL(path.join(DIST, 'summitry.html')).href);
  const { page } = record;
  await waitForApp(record);
  await page.getByTestId('marker-istanbul').click();
  await page.getByTestId('details-istanbul-talks-2025-07-23').waitFor({ state: 'visible' });
  await page.getByTestId('view-compare').click();
  await page.getByTestId('statement-kremlin-2025-07-24-cart-before-horse').waitFor({ state: 'visible' });
  const foreign = record.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'the single file makes no network request');
  await assertNoErrors(record);
  await page.close();
});
