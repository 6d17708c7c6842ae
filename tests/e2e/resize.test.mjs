// embed/embed.js resizes Summitry frames only, from their own window and origin, with a sane
// height (issue 12): an ad on the host page cannot resize anything through it, a Summitry frame's
// height is capped, and the widget's height messages never carry its hash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { serveDir } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { DIST, requireDist, assertNoErrors } from './lib/app.mjs';

const CAP = 20_000;
const HUGE = 5_000_000;

let widget; // the widget's origin (embed.js comes from here)
let ads; // a third origin: an ad network
let host; // the news page
let browser;

/** A page that posts `messages` (JS expressions) to its parent once loaded, then `{ done: 1 }`. */
function poster(messages) {
  return `<!doctype html><title>poster</title><body><script>
addEventListener('load', () => {
  for (const m of [${messages.join(',\n')}]) parent.postMessage(m, '*');
  setTimeout(() => parent.postMessage({ done: location.pathname }, '*'), 50);
});
</script></body>`;
}

/** Every height format, with a huge height; and malformed variants of each. */
const HOSTILE = [
  `{ sentinel: 'amp', type: 'embed-size', height: ${HUGE} }`,
  `{ 'datawrapper-height': { x: ${HUGE} } }`,
  `'pymxPYMxadxPYMxheightxPYMx${HUGE}'`,
  `JSON.stringify({ context: 'iframe.resize', height: ${HUGE}, src: 'https://ads.example/' })`,
];
const MALFORMED = [
  `{ sentinel: 'amp', type: 'embed-size', height: Infinity }`,
  `{ sentinel: 'amp', type: 'embed-size', height: '700' }`,
  `{ 'datawrapper-height': { x: NaN } }`,
  `'pymxPYMxwxPYMxheightxPYMx1e9'`,
  `'pymxPYMxwxPYMxheightxPYMx-5'`,
  `'{"context":"iframe.resize","height":"700"}'`,
  `'{"context":"iframe.resize","height":1e400}'`,
  `'not json at all, mentioning "iframe.resize"'`,
];

before(async () => {
  await requireDist('index.html', 'embed.js');
  browser = await launchBrowser();
  widget = await serveDir(DIST, {
    routes: (rel) => {
      // A page on the widget's origin (so a Summitry frame) claiming a huge height.
      if (rel === 'huge.html') return { body: poster(HOSTILE) };
      // ...and one sending only malformed heights.
      if (rel === 'malformed.html') return { body: poster(MALFORMED) };
      return null;
    },
  });
  ads = await serveDir(DIST, {
    prefix: '/ads/',
    routes: (rel) => {
      if (rel === 'ad.html') return { body: poster(HOSTILE) };
      if (rel === 'fair.html') return { body: poster([`{ sentinel: 'amp', type: 'embed-size', height: 640 }`]) };
      return null;
    },
  });
  host = await serveDir(DIST, {
    prefix: '/news/',
    routes: (rel) =>
      rel === 'page.html'
        ? {
            body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title>
<script src="${widget.url}embed.js"></script></head><body>
<script>window.messages = []; addEventListener('message', (e) => messages.push({ origin: e.origin, data: e.data, from: [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source) }));</script>
<iframe id="w" title="Summitry" src="${widget.url}?id=w#event=istanbul-talks-2025-07-23" style="border:0;width:100%;height:150px"></iframe>
<iframe id="ad" title="Advertisement" src="${ads.url}ad.html" style="border:0;width:300px;height:150px"></iframe>
<iframe id="huge" title="Summitry huge" src="${widget.url}huge.html" style="border:0;width:300px;height:150px"></iframe>
<iframe id="malformed" title="Summitry malformed" src="${widget.url}malformed.html" style="border:0;width:300px;height:150px"></iframe>
<iframe id="marked" data-summitry title="Summitry elsewhere" src="${ads.url}fair.html" style="border:0;width:300px;height:150px"></iframe>
<iframe id="unmarked" title="Another ad" src="${ads.url}fair.html" style="border:0;width:300px;height:150px"></iframe>
</body></html>`,
          }
        : null,
  });
});

after(async () => {
  await browser?.close();
  for (const s of [host, ads, widget]) await s?.close();
});

const height = (page, id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);

test('embed.js resizes only Summitry frames, by messages from their own window and origin, capped', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}page.html`);
  const { page } = record;
  // Every poster has finished (embed.js, in the host's <head>, ran before any frame loaded).
  await page.waitForFunction(() => ['ad.html', 'huge.html', 'malformed.html', 'fair.html'].every((f) => messages.filter((m) => String(m.data?.done ?? '').endsWith(f)).length >= (f === 'fair.html' ? 2 : 1)), null, { timeout: 30_000 });
  await page.frameLocator('#w').locator('[data-summitry-live] [data-testid="app-header"]').waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForFunction(() => document.getElementById('w').getBoundingClientRect().height > 400, null, { timeout: 10_000 });
  assert.ok(await page.evaluate(() => '__summitryEmbed' in window), 'embed.js ran');
  assert.equal(await height(page, 'ad'), 150, 'an ad frame cannot resize itself through embed.js');
  assert.equal(await height(page, 'unmarked'), 150, 'a frame on another origin that is not marked is not resized');
  assert.equal(await height(page, 'marked'), 640, 'a frame marked data-summitry is resized');
  assert.equal(await height(page, 'huge'), CAP, `a Summitry frame's height is capped at ${CAP}px`);
  assert.equal(await height(page, 'malformed'), 150, 'malformed heights are ignored');
  const w = await height(page, 'w');
  assert.ok(w > 400 && w < CAP, `the widget frame has its own height (${w})`);
  await assertNoErrors(record);
  await page.close();
});

test('a message from one frame never resizes another, whatever its claimed origin', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}page.html`);
  const { page } = record;
  await page.frameLocator('#w').locator('[data-summitry-live] [data-testid="app-header"]').waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForFunction(() => document.getElementById('w').getBoundingClientRect().height > 400, null, { timeout: 10_000 });
  // The widget settles first (the frame as tall as what it shows), so a change after is the ad's.
  const content = () => page.frameLocator('#w').locator('.sm-app').evaluate((app) => Math.ceil(app.getBoundingClientRect().height));
  for (let i = 0; i < 100 && Math.abs((await height(page, 'w')) - (await content())) > 1; i++) await page.waitForTimeout(100);
  const before = await height(page, 'w');
  // The ad frame posts the widget's own formats, naming the widget's id and address.
  const ad = page.frame({ url: /\/ads\/ad\.html$/ });
  await ad.evaluate((src) => {
    parent.postMessage({ 'datawrapper-height': { w: 3000 } }, '*');
    parent.postMessage('pymxPYMxwxPYMxheightxPYMx3000', '*');
    parent.postMessage(JSON.stringify({ src, context: 'iframe.resize', height: 3000 }), '*');
    parent.postMessage({ done: 'again' }, '*');
  }, widget.url);
  await page.waitForFunction(() => messages.some((m) => m.data?.done === 'again'));
  await page.waitForTimeout(100);
  assert.equal(await height(page, 'w'), before, 'the widget frame keeps its height');
  assert.equal(await height(page, 'ad'), 150, 'the ad frame keeps its height');
  await assertNoErrors(record);
  await page.close();
});

test("the widget's resize messages carry no '#' (a reader's selection stays in the frame)", { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}page.html`);
  const { page } = record;
  const frame = page.frameLocator('#w');
  await frame.locator('[data-summitry-live] [data-testid="app-header"]').waitFor({ state: 'visible', timeout: 60_000 });
  await frame.getByTestId('marker-istanbul').click();
  await frame.getByTestId('view-list').click();
  await page.waitForTimeout(300);
  assert.match(await frame.locator('html').evaluate(() => location.hash), /./, 'the frame has a hash to leak');
  const fromWidget = await page.evaluate(() => messages.filter((m) => m.from === 0).map((m) => (typeof m.data === 'string' ? m.data : JSON.stringify(m.data))));
  assert.ok(fromWidget.length >= 4, `the widget sent its height messages (${fromWidget.length})`);
  const leaking = fromWidget.filter((m) => m.includes('#'));
  assert.deepEqual(leaking, [], "messages with a '#'");
  await assertNoErrors(record);
  await page.close();
});
