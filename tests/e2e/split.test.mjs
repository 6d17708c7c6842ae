// The wasm split by view (issue 30, `cargo xtask dist`): the opening map starts without the
// comparison, list and network modules, and a view's module is fetched from the page's own folder
// the first time a reader opens it (the server's own log: WebKit's driver reports no requests).
// csp.test.mjs switches views under the strict policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useSuite, assertNoErrors } from './lib/app.mjs';

const suite = useSuite();
const LIVE = '[data-summitry-live] [data-testid="app-header"]';

/** The split modules (`summitry-split-<module>-<hash>.wasm`) served since the `from`th request. */
const splitModules = (from) =>
  suite.server.requests
    .slice(from)
    .filter((r) => r.status === 200)
    .map((r) => r.path.split('/').pop())
    .filter((name) => /^summitry-split-.*\.wasm$/.test(name));

test('the opening view fetches no view module; each view fetches its own when opened', { timeout: 180_000 }, async () => {
  const from = suite.server.requests.length;
  const record = await suite.browser.open(suite.server.url, { width: 1280, height: 900 });
  const { page } = record;
  await page.locator(LIVE).waitFor({ state: 'visible', timeout: 60_000 });
  await page.getByTestId('map-view').waitFor({ state: 'visible' }).catch(() => {});
  assert.deepEqual(splitModules(from), [], 'the map fetched a view module');
  for (const [button, view, module] of [
    ['view-compare', 'compare-view', 'compare_view'],
    ['view-list', 'list-view', 'list_view'],
    ['view-network', 'network-view', 'network_view'],
  ]) {
    await page.getByTestId(button).click();
    await page.getByTestId(view).waitFor({ state: 'visible', timeout: 30_000 });
    const fetched = splitModules(from);
    assert.ok(
      fetched.some((name) => name.startsWith(`summitry-split-${module}-`)),
      `opening ${view} fetched no ${module} module; split modules fetched: ${fetched.join(', ')}`,
    );
  }
  await assertNoErrors(record);
});
