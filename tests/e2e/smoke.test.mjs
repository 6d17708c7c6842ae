// Smoke test of the release build, as `cargo xtask test` runs it after
// `cargo xtask dist --single-file` (SUMMITRY_DIST names that dist/ folder):
// served from a sub-folder on loopback, and as the single file from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

import { serveDir } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { SCREENSHOTS as screenshots, assertNoErrors } from './lib/app.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.resolve(process.env.SUMMITRY_DIST || path.join(repo, 'dist'));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The live widget's header (the build's rendering shows the same header before the wasm starts).
const HEADER = '[data-summitry-live] [data-testid="app-header"]';
const COUNTS = ['count-events', 'count-statements', 'count-claims'];
// The wasm is compiled before the first render; give a slow CI machine room.
const APP_START_MS = 60_000;

let server;
let browser;

before(async () => {
  for (const file of ['index.html', 'summitry.html']) {
    if (!existsSync(path.join(dist, file))) {
      throw new Error(
        `${path.join(dist, file)} is missing: run \`cargo xtask dist --single-file\` first ` +
          '(cargo xtask test does), or point SUMMITRY_DIST at such a build',
      );
    }
  }
  await mkdir(screenshots, { recursive: true });
  server = await serveDir(dist);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Waits for the app's header and its three counts, each showing a number.
 * Fails at once if the page throws first, and leaves a screenshot named
 * `name`-failure.png when the header never shows.
 */
async function waitForHeader(record, name) {
  const { page } = record;
  const died = record.firstPageError.then((error) => {
    throw new Error(`the page threw before the header appeared:\n${error.stack || error}`);
  });
  // A later error is reported by assertNoErrors, not as an unhandled rejection.
  died.catch(() => {});
  try {
    await Promise.race([page.locator(HEADER).waitFor({ state: 'visible', timeout: APP_START_MS }), died]);
  } catch (error) {
    await page.screenshot({ path: path.join(screenshots, `${name}-failure.png`) }).catch(() => {});
    const logged = record.consoleErrors.length ? `\nconsole errors:\n${record.consoleErrors.join('\n')}` : '';
    error.message += logged;
    throw error;
  }
  await page.locator(`${HEADER} h1`).waitFor({ state: 'visible', timeout: 5_000 });
  for (const id of COUNTS) {
    const count = page.locator(`${HEADER} [data-testid="${id}"]`);
    await count.waitFor({ state: 'visible', timeout: 5_000 });
    assert.match(await count.innerText(), /\d/, `${id} shows no number`);
  }
}

/** axe-core's violations, one readable block each. */
function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    ... and ${v.nodes.length - 5} more` : '';
      return `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Runs axe-core's default rules on the page as it is now. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => (await globalThis.axe.run()).violations);
}

test('the release build starts offline from a sub-folder, clean and accessible', { timeout: 180_000 }, async () => {
  const record = await browser.open(server.url, { width: 1280, height: 800 });
  const { page } = record;
  await waitForHeader(record, 'smoke');
  await page.waitForLoadState('networkidle');

  // Screenshots first, so they are there to look at whatever fails below.
  const violations = {};
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.locator(HEADER).waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(screenshots, `smoke-${width}.png`), fullPage: true });
    violations[width] = await axeViolations(page);
  }

  await assertNoErrors(record);
  // data: URLs are inline content, not network requests.
  const foreign = record.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== server.origin);
  assert.deepEqual(foreign, [], `requests left the widget's own origin ${server.origin}`);
  assert.ok(
    record.requests.some((url) => url.endsWith('.wasm')),
    `the wasm was never requested; requests: ${record.requests.join(', ')}`,
  );
  for (const [width, found] of Object.entries(violations)) {
    assert.equal(
      found.length,
      0,
      `axe-core found ${found.length} accessibility violation(s) at ${width}x800:\n${describeViolations(found)}`,
    );
  }
  await page.close();
});

test('the single-file build starts from file://', { timeout: 120_000 }, async () => {
  const file = pathToFileURL(path.join(dist, 'summitry.html')).href;
  const record = await browser.open(file, { width: 1280, height: 800 });
  await waitForHeader(record, 'single-file');
  await assertNoErrors(record);
  const elsewhere = record.requests.filter((url) => url !== file && !url.startsWith('data:'));
  assert.deepEqual(elsewhere, [], 'the single file loaded other files');
  await record.page.close();
});
