// The script embed is a guest on the host page (issue 12): it leaves the page's address, history,
// <head> and body alone, posts nothing to a parent, starts from <head>, mounts elements added
// later, in elements that cannot hold a shadow root and inside other shadow roots, keeps the
// page's inherited text styles out, and requests nothing but its own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { serveDir } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { PROBE_PATH } from './lib/probe.mjs';
import { DIST, requireDist, assertNoErrors, assertOnlyOrigin, afterHashWrite } from './lib/app.mjs';

const LIVE = '[data-summitry-live] [data-testid="app-header"]';
const EVENT = 'istanbul-talks-2025-07-23';

let widget; // the widget's origin
let host; // the news site, another origin
let browser;
const pages = {};

function page(title, head, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<article class="story"><h1>${title}</h1><p>Text of the article.</p></article>
${body}
</body></html>`;
}

before(async () => {
  await requireDist('summitry-embed.js');
  widget = await serveDir(DIST);
  const src = `${widget.url}summitry-embed.js`;
  // The host page's own hash router, as single-page news sites have.
  // `historyAtStart` is read before the embed script runs.
  const router = `<script>window.historyAtStart = history.length; window.hashChanges = 0; addEventListener('hashchange', () => hashChanges++);</script>`;
  pages['none.html'] = page('No widget here', router, `<script src="${src}" defer></script>`);
  pages['router.html'] = page('A hash-routed page', router, `<div id="w" data-summitry></div><script src="${src}" defer></script>`);
  // A parent that records every message its frames post.
  pages['parent.html'] = page(
    'A page framing the article',
    `<script>window.received = []; addEventListener('message', (e) => received.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));</script>`,
    `<iframe id="none" title="article" src="none.html?utm=1#comments" style="width:100%;height:400px"></iframe>
<iframe id="with" title="article with widget" src="router.html#/section/world" style="width:100%;height:900px"></iframe>`,
  );
  pages['head.html'] = page(
    'Script in head',
    `<script src="${src}"></script>`,
    `<div id="early" data-summitry></div>
<script>setTimeout(() => { const d = document.createElement('div'); d.id = 'late'; d.setAttribute('data-summitry', ''); d.setAttribute('data-view', 'list'); document.body.append(d); }, 0);</script>`,
  );
  pages['wrappers.html'] = page(
    'Wrappers',
    // A host that hides divs in its figures, lists and tables.
    `<style>figure div, li div, td div { display: none !important; }</style>`,
    `<figure id="figure" data-summitry><figcaption>A figure</figcaption></figure>
<ul><li id="li" data-summitry data-view="list"></li></ul>
<table><tbody><tr><td id="td" data-summitry data-view="compare"></td></tr></tbody></table>
<script src="${src}" defer></script>`,
  );
  pages['shadow.html'] = page(
    'A web-component page',
    '',
    `<div id="app"></div>
<script>
const inner = document.createElement('section');
inner.id = 'inner';
document.getElementById('app').attachShadow({ mode: 'open' }).append(inner);
</script>
<script src="${src}" defer></script>
<script>addEventListener('DOMContentLoaded', () => Summitry.mount(document.getElementById('app').shadowRoot.getElementById('inner')));</script>`,
  );
  pages['hostile.html'] = page(
    'Inherited styles',
    `<style>#hostile { text-transform: uppercase; letter-spacing: 7px; font-style: italic; text-align: right;
  word-spacing: 30px; text-shadow: 2px 2px 0 red; cursor: crosshair; font-weight: 900; line-height: 3;
  font-variant: small-caps; white-space: pre; color: rgb(255, 0, 0); font-family: monospace; visibility: visible; direction: rtl; }</style>`,
    `<div id="hostile" data-summitry></div><div id="reference" data-summitry></div><script src="${src}" defer></script>`,
  );
  pages['privacy.html'] = page('Privacy', '', `<div id="w" data-summitry></div><script src="${src}" defer></script>`);
  host = await serveDir(DIST, { prefix: '/news/', routes: (rel) => (pages[rel] ? { body: pages[rel] } : null) });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await widget?.close();
});

/** What the document holds besides what the widget may own: <head>'s children and body's. */
function snapshot(target) {
  // Less the test harness's own probe, which WebKit runs have first in <head> (lib/probe.mjs).
  return target.evaluate((probe) => ({
    head: [...document.head.children].filter((e) => e.getAttribute('src') !== probe).map((e) => e.outerHTML),
    body: [...document.body.children].filter((e) => !e.hasAttribute('data-summitry')).map((e) => e.outerHTML),
    history: history.length - window.historyAtStart,
    href: location.href,
    hashChanges: window.hashChanges,
  }), PROBE_PATH);
}

/** The same of the page's source, parsed without running it. */
function sourceSnapshot(target, html) {
  return target.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return {
      head: [...doc.head.children].map((e) => e.outerHTML),
      body: [...doc.body.children].filter((e) => !e.hasAttribute('data-summitry')).map((e) => e.outerHTML),
    };
  }, html);
}

test('with no [data-summitry] element, the embed leaves the page, its address and its parent alone', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}parent.html`);
  const { page } = record;
  const none = page.frame({ url: /none\.html/ });
  const framed = page.frame({ url: /router\.html/ });
  await framed.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await none.waitForFunction(() => document.readyState === 'complete', null, { timeout: 60_000 });
  // With no widget on the page, the loader fetches nothing more and starts nothing.
  const fetched = await none.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.deepEqual(fetched.filter((p) => p.startsWith('/widget/')), ['/widget/summitry-embed.js'], 'none.html: only the loader');
  assert.equal(await none.evaluate(() => performance.getEntriesByName('sm:wasm-start').length), 0, 'none.html: no wasm started');
  // The parent's count is taken once the frames are in: Firefox's count at the parent's own parse
  // time was sometimes one more than after (nothing of ours removes entries). The frames' counts
  // below, taken before the script ran, cover the joint history from the start.
  const before = await page.evaluate(() => history.length);
  // Some reading in the framed widget: selections, views.
  await framed.getByTestId('marker-istanbul').click();
  await framed.getByTestId(`details-${EVENT}`).waitFor({ state: 'visible' });
  await framed.getByTestId('view-compare').click();
  await framed.getByTestId('compare-view').waitFor({ state: 'visible' });
  await page.waitForTimeout(500);
  for (const [frame, file, href] of [
    [none, 'none.html', `${host.url}none.html?utm=1#comments`],
    [framed, 'router.html', `${host.url}router.html#/section/world`],
  ]) {
    const now = await snapshot(frame);
    const source = await sourceSnapshot(frame, pages[file]);
    assert.equal(now.href, href, `${file}: the address keeps its query and hash`);
    assert.equal(now.hashChanges, 0, `${file}: no hashchange`);
    assert.equal(now.history, 0, `${file}: no history entry`);
    assert.deepEqual(now.head, source.head, `${file}: <head> is as the page wrote it`);
    assert.deepEqual(now.body, source.body, `${file}: nothing added to <body>`);
  }
  assert.deepEqual(await page.evaluate(() => received), [], 'no message posted to the parent');
  assert.equal(await page.evaluate(() => history.length), before, 'the parent has no new history entry');
  await assertNoErrors(record);
  await page.close();
});

test('a script in <head> (no body yet) starts, and mounts elements added later', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}head.html`);
  const { page } = record;
  await page.locator('#early').locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('#late').getByTestId('list-view').waitFor({ state: 'visible', timeout: 30_000 });
  // One added after the widget started.
  await page.evaluate(() => {
    const d = document.createElement('div');
    d.id = 'later';
    d.setAttribute('data-summitry', '');
    d.setAttribute('data-view', 'compare');
    document.querySelector('article').append(d);
  });
  await page.locator('#later').getByTestId('compare-view').waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('#later').locator(LIVE).waitFor({ state: 'visible' });
  await assertNoErrors(record);
  await page.close();
});

test('figure, li and td host elements get a widget in a wrapper the host CSS does not reach', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}wrappers.html`);
  const { page } = record;
  for (const id of ['figure', 'li', 'td']) {
    await page.locator(`#${id}`).locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  }
  assert.equal(await page.locator('#figure figcaption').isVisible(), true, "the figure's own caption stays");
  await page.locator('#figure').getByTestId('marker-istanbul').click();
  await page.locator('#figure').getByTestId(`details-${EVENT}`).waitFor({ state: 'visible' });
  await page.locator('#li').getByTestId('list-view').waitFor({ state: 'visible' });
  await page.locator('#td').getByTestId('compare-view').waitFor({ state: 'visible' });
  for (const id of ['figure', 'li', 'td']) {
    const width = await page.locator(`#${id}`).getByTestId('app-header').evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(width >= 280, `the widget in <${id}> has room (${width}px)`);
  }
  await assertNoErrors(record);
  await page.close();
});

test('Summitry.mount(element) mounts a widget inside another shadow root', { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}shadow.html`);
  const { page } = record;
  const inner = page.locator('#app').locator('#inner');
  await inner.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await inner.getByTestId('marker-istanbul').click();
  await inner.getByTestId(`details-${EVENT}`).waitFor({ state: 'visible' });
  await afterHashWrite(page);
  assert.equal(await page.evaluate(() => location.hash), '');
  await assertNoErrors(record);
  await page.close();
});

test("hostile inherited styles on the host element do not reach the widget's text", { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}hostile.html`);
  const { page } = record;
  for (const id of ['hostile', 'reference']) await page.locator(`#${id}`).locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  const PROPS = ['text-transform', 'letter-spacing', 'font-style', 'text-align', 'word-spacing', 'text-shadow', 'cursor',
    'font-weight', 'line-height', 'font-variant-caps', 'white-space', 'color', 'font-family', 'direction'];
  const styles = (id) =>
    page.locator(`#${id}`).evaluate((host, props) => {
      const root = host.shadowRoot;
      const picks = {
        title: root.querySelector('[data-testid="app-header"] h1, [data-testid="app-header"] h2, [data-testid="app-header"]'),
        tab: root.querySelector('[data-testid="view-compare"]'),
        marker: root.querySelector('[data-testid="marker-istanbul"]'),
        text: root.querySelector('.sm-app p'),
      };
      return Object.fromEntries(Object.entries(picks).map(([k, el]) => {
        if (!el) return [k, null];
        const cs = getComputedStyle(el);
        return [k, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
      }));
    }, PROPS);
  const hostile = await styles('hostile');
  const reference = await styles('reference');
  assert.ok(Object.values(reference).every(Boolean), 'the compared elements exist');
  assert.equal(await page.locator('#hostile').evaluate((el) => getComputedStyle(el).textTransform), 'uppercase', 'the host element itself is styled');
  assert.deepEqual(hostile, reference);
  await assertNoErrors(record);
  await page.close();
});

test("privacy: the script embed requests only its own files and sets no cookies or storage", { timeout: 120_000 }, async () => {
  const record = await browser.open(`${host.url}privacy.html`);
  const { page } = record;
  const w = page.locator('#w');
  await w.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await w.getByTestId('marker-istanbul').click();
  await w.getByTestId('view-compare').click();
  await w.getByTestId('view-list').click();
  await w.getByTestId('list-view').waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  const others = record.requests.filter((u) => u !== `${host.url}privacy.html`);
  await assertOnlyOrigin({ requests: others }, widget.origin);
  const widgetFiles = others.filter((u) => !/^(data|blob):/.test(u)).map((u) => new URL(u).pathname);
  for (const p of widgetFiles) assert.match(p, /^\/widget\/(summitry-embed\.js|summitry-embed-[0-9a-f]{16}\.js|data\/[^/]+)$/, `${p} is one of the embed's own files`);
  assert.deepEqual(await page.context().cookies(), [], 'no cookies');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'no storage');
  assert.deepEqual(await page.evaluate(async () => (indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [])), [], 'no IndexedDB');
  await assertNoErrors(record);
  await page.close();
});
