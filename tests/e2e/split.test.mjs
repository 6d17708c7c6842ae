// The wasm split by view (issue 30, `cargo xtask dist`): the opening map starts without the map's
// details panel and the comparison, list and network modules. The page fetches none of them until
// the reader shows they may use one (a pointer or focus on a view's tab, or in the map view for the
// details), then only that one, from its own folder, so opening it waits less; under Save-Data,
// only when it is used (the server's own log counts the requests: WebKit's driver reports none). A module that cannot be had shows a message with a button that tries
// again, never a panic. csp.test.mjs switches views under the strict policy; early.test.mjs clicks
// markers before the wasm, whose answers stand in for the details until their module is in.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { DIST, useSuite, assertNoErrors } from './lib/app.mjs';
import { serveDir } from './lib/server.mjs';

const suite = useSuite();
const LIVE = '[data-summitry-live] [data-testid="app-header"]';
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

/** How many times the module `module` was served since the `from`th request. */
const served = (module, from) =>
  splitModules(suite.server.requests, from).filter((name) => name.startsWith(`summitry-split-${module}-`)).length;

/** Waits until the page has the module `module` in full. */
const fetched = (page, module) =>
  page.waitForFunction(
    (m) => performance.getEntriesByType('resource').some((r) => r.name.includes(`summitry-split-${m}-`) && r.responseEnd > 0),
    module,
    { timeout: 30_000 },
  );

test('no module is fetched before the reader shows intent; focus on a tab fetches its view, which then opens without fetching again', { timeout: 180_000 }, async () => {
  const from = suite.server.requests.length;
  const record = await suite.browser.open(suite.server.url, { width: 1280, height: 900 });
  const { page } = record;
  await page.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  // Time for any fetch the page would make on its own once interactive and idle.
  await page.waitForTimeout(2_000);
  assert.deepEqual(splitModules(suite.server.requests, from), [], 'modules fetched before any sign of intent');
  for (const [button, view, module] of VIEWS) {
    await page.getByTestId(button).focus();
    await fetched(page, module);
    assert.equal(served(module, from), 1, `focus on ${button} did not fetch ${module} once`);
    await page.getByTestId(button).click();
    await page.getByTestId(view).waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(served(module, from), 1, `opening ${view} fetched ${module} again`);
  }
  // The details: focus in the map view (a marker reached by the keyboard) fetches them; the click
  // then shows them from the module in.
  await page.getByTestId('view-map').click();
  const event = suite.data.events.find((e) => e.place?.id === 'istanbul');
  const marker = page.locator('[data-testid="marker-istanbul"]:visible');
  await marker.focus();
  await fetched(page, 'details');
  await marker.click();
  await page.locator(`[data-summitry-live] [data-testid="details-${event.id}"]`).waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(served('details', from), 1, 'the details module was not fetched exactly once');
  await assertNoErrors(record);
});

test('under Save-Data, intent fetches nothing: a view\'s module comes only when the view is opened', { timeout: 180_000 }, async () => {
  const from = suite.server.requests.length;
  // Only Chromium has `navigator.connection`: every engine gets one saying Save-Data is on.
  const init = () => Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
  const record = await suite.browser.open(suite.server.url, { width: 1280, height: 900 }, { init });
  const { page } = record;
  await page.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await page.getByTestId('view-compare').focus();
  await page.locator('[data-testid="marker-istanbul"]:visible').focus();
  await page.waitForTimeout(1_500);
  assert.deepEqual(splitModules(suite.server.requests, from), [], 'modules fetched on intent under Save-Data');
  await page.getByTestId('view-compare').click();
  await page.getByTestId('compare-view').waitFor({ state: 'visible', timeout: 30_000 });
  assert.equal(served('compare_view', from), 1, 'opening the comparison did not fetch its module once');
  assert.equal(served('details', from), 0, 'the details module was fetched with no selection');
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

test('focus on the early answer, shown while the details module downloads, follows to the same control in the details that replace it', { timeout: 180_000 }, async () => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const server = await serveDir(DIST, {
    routes: async (rel) => {
      if (/^summitry-split-details-/.test(rel)) await held;
      return null;
    },
  });
  suite.after.push(() => server.close());
  const event = suite.data.events.find((e) => e.place?.id === 'istanbul');
  const record = await suite.browser.open(server.url, { width: 1280, height: 900 });
  const { page } = record;
  await page.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('[data-testid="marker-istanbul"]:visible').click();
  // The early answer stands in for the details; the keyboard reaches its close button.
  const close = page.locator('[data-summitry-live] [data-testid="details-close"]');
  await close.focus();
  await page.evaluate(() => (window.__stand_in = document.activeElement));
  assert.equal(await page.evaluate(() => window.__stand_in?.dataset.testid), 'details-close', 'the early answer\'s close button took no focus');
  release();
  await fetched(page, 'details');
  await page.waitForFunction(() => !window.__stand_in.isConnected, null, { timeout: 30_000 });
  await page.locator(`[data-summitry-live] [data-testid="details-${event.id}"]`).waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'details-close', null, { timeout: 5_000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName), 'details-close', 'focus was lost when the details replaced their early answer');
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
