// The wasm split by view (issue 30, `cargo xtask dist`): the opening map starts without the map's
// details panel and the comparison, list and network modules; once the widget is interactive and
// the browser idle, it fetches them from the page's own folder (the details first), so a first
// click or opening a view waits on nothing (the server's own log counts the requests: WebKit's
// driver reports none). A module that cannot be had shows a message with a button that tries
// again, never a panic. csp.test.mjs switches views under the strict policy; early.test.mjs clicks
// markers before the wasm, whose answers stand in for the details until their module is in.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { DIST, useSuite, assertNoErrors } from './lib/app.mjs';
import { serveDir } from './lib/server.mjs';

const suite = useSuite();
const LIVE = '[data-summitry-live] [data-testid="app-header"]';
const MODULES = ['details', 'compare_view', 'list_view', 'network_view'];
const VIEWS = [
  ['view-compare', 'compare-view', 'compare_view'],
  ['view-list', 'list-view', 'list_view'],
  ['view-network', 'network-view', 'network_view'],
];

/** The split modules (`summitry-split-<module>-<hash>.wasm`) served from `requests` since the `from`th. */
const splitModules = (requests, from) =>
  requests
    .slice(from)
    .filter((r) => r.status === 200)
    .map((r) => r.path.split('/').pop())
    .filter((name) => /^summitry-split-.*\.wasm$/.test(name));

/** The view modules the page has asked for, with when it asked, and when it became interactive. */
const moduleTimes = (page) =>
  page.evaluate(() => ({
    interactive: performance.getEntriesByName('sm:interactive')[0]?.startTime ?? null,
    modules: performance
      .getEntriesByType('resource')
      .map((r) => ({ name: r.name.split('/').pop(), start: r.startTime }))
      .filter((r) => /^summitry-split-(.*_view|details)-.*\.wasm$/.test(r.name)),
  }));

test('the view modules are fetched only once the map is interactive, and opening a view then fetches nothing more', { timeout: 180_000 }, async () => {
  const from = suite.server.requests.length;
  const record = await suite.browser.open(suite.server.url, { width: 1280, height: 900 });
  const { page } = record;
  await page.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await page.getByTestId('map-view').waitFor({ state: 'visible' });
  // The preload runs when the browser is idle (or after a second where it cannot say).
  await page.waitForFunction(
    (modules) => modules.every((m) =>
      performance.getEntriesByType('resource').some((r) => r.name.includes(`summitry-split-${m}-`) && r.responseEnd > 0)),
    MODULES,
    { timeout: 30_000 },
  );
  const { interactive, modules } = await moduleTimes(page);
  assert.ok(interactive !== null, 'the page never marked sm:interactive');
  for (const m of modules) assert.ok(m.start >= interactive, `${m.name} was fetched before the map was interactive (${m.start} < ${interactive} ms)`);
  const preloaded = splitModules(suite.server.requests, from).length;
  for (const [button, view, module] of VIEWS) {
    await page.getByTestId(button).click();
    await page.getByTestId(view).waitFor({ state: 'visible', timeout: 30_000 });
    assert.ok(
      splitModules(suite.server.requests, from).some((name) => name.startsWith(`summitry-split-${module}-`)),
      `no ${module} module was fetched`,
    );
  }
  assert.equal(splitModules(suite.server.requests, from).length, preloaded, 'opening the views fetched a module again');
  // The details, too, come from the preloaded module.
  await page.getByTestId('view-map').click();
  const event = suite.data.events.find((e) => e.place?.id === 'istanbul');
  await page.locator('[data-testid="marker-istanbul"]:visible').click();
  await page.getByTestId(`details-${event.id}`).waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(splitModules(suite.server.requests, from).length, preloaded, 'the details fetched a module again');
  await assertNoErrors(record);
});

test('an address that selects an event opens with its details, once their module is in', { timeout: 180_000 }, async () => {
  const event = suite.data.events.find((e) => e.place?.id === 'istanbul');
  const record = await suite.browser.open(`${suite.server.url}#event=${event.id}`, { width: 1280, height: 900 });
  const { page } = record;
  await page.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  const live = page.locator(`[data-summitry-live] [data-testid="details-${event.id}"]`);
  await live.waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(await live.getByRole('heading', { level: 2 }).innerText(), event.title);
  await assertNoErrors(record);
});

test('details whose module cannot be downloaded say so, and the button tries again', { timeout: 180_000 }, async () => {
  const server = await failingServer(/^summitry-split-details-/);
  const event = suite.data.events.find((e) => e.place?.id === 'istanbul');
  const record = await suite.browser.open(server.url, { width: 1280, height: 900 });
  const { page } = record;
  await page.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('[data-testid="marker-istanbul"]:visible').click();
  await page.getByTestId('view-failed').waitFor({ state: 'visible', timeout: 30_000 });
  assert.deepEqual(record.pageErrors, [], 'uncaught errors in the page');
  server.recover();
  await page.getByTestId('view-retry').click();
  await page.locator(`[data-summitry-live] [data-testid="details-${event.id}"]`).waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(await page.getByTestId('view-failed').count(), 0, 'the message stayed after the details arrived');
  // The panel goes on working: close, and another marker.
  await page.getByTestId('details-close').click();
  await page.locator('[data-testid="marker-istanbul"]:visible').click();
  await page.getByTestId(`details-${event.id}`).waitFor({ state: 'visible', timeout: 30_000 });
  await record.settle?.();
  assert.deepEqual(record.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(record.failedRequests, [], 'requests that failed');
  assertOnlyFailedDownloads(record);
});

test('a view whose module cannot be downloaded says so, and its button tries again', { timeout: 180_000 }, async () => {
  const server = await failingServer(/^summitry-split-compare_view-/);
  const record = await suite.browser.open(server.url, { width: 1280, height: 900 });
  const { page } = record;
  await page.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await page.getByTestId('view-compare').click();
  await page.getByTestId('view-failed').waitFor({ state: 'visible', timeout: 30_000 });
  assert.deepEqual(record.pageErrors, [], 'uncaught errors in the page');
  assert.equal(await page.locator('.sm-app').count(), 1, 'the widget is still there');
  server.recover();
  await page.getByTestId('view-retry').click();
  await page.getByTestId('compare-view').waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(await page.getByTestId('view-failed').count(), 0, 'the message stayed after the view arrived');
  // The widget goes on working: another view, and back.
  await page.getByTestId('view-list').click();
  await page.getByTestId('list-view').waitFor({ state: 'visible', timeout: 30_000 });
  await page.getByTestId('view-compare').click();
  await page.getByTestId('compare-view').waitFor({ state: 'visible', timeout: 30_000 });
  await record.settle?.();
  assert.deepEqual(record.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(record.failedRequests, [], 'requests that failed');
  assertOnlyFailedDownloads(record);
});

/**
 * The release build served with the split modules whose names match `pattern` arriving as text
 * until `recover()`: the browser cannot compile them, as when a phone's connection drops
 * mid-download.
 */
async function failingServer(pattern) {
  let failing = true;
  const server = await serveDir(DIST, {
    routes: async (rel) => (failing && pattern.test(rel) ? { body: 'offline', type: 'text/plain' } : null),
  });
  suite.after.push(() => server.close());
  return Object.assign(server, { recover: () => (failing = false) });
}

/**
 * No error in the console but the failed downloads: the split's loader logs each failed attempt
 * (Firefox as a bare "Error" at the loader's address).
 */
function assertOnlyFailedDownloads(record) {
  const other = record.consoleErrors.filter((e) => !/wasm|mime|content-type|compile|instantiate|summitry-split-[0-9a-f]+\.js/i.test(e));
  assert.deepEqual(other, [], 'errors logged to the console besides the failed downloads');
}
