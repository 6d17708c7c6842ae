// Shared steps of the end-to-end tests: start the app, audit it, move by keyboard.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';

import { serveDir } from './server.mjs';
import { ENGINE, launchBrowser } from './browser.mjs';

/** The repository's root. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The release build under test (`cargo xtask dist --single-file` writes it). */
export const DIST = path.resolve(process.env.SUMMITRY_DIST || path.join(REPO, 'dist'));
/** Where screenshots go for people to look at: a folder per engine. */
export const SCREENSHOTS = path.join(REPO, 'target', 'screenshots', ENGINE);

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Fails clearly when the build is missing; makes the screenshot folder. */
export async function requireDist(...files) {
  for (const file of files) {
    if (!existsSync(path.join(DIST, file))) {
      throw new Error(`${path.join(DIST, file)} is missing: run \`cargo xtask dist --single-file\` first`);
    }
  }
  await mkdir(SCREENSHOTS, { recursive: true });
}

/**
 * The widget's script a script-embed loader (`summitry-embed[.lang].js`) adds when a widget nears
 * the viewport: its file name in dist/ and its text.
 */
export async function embedApp(loader = 'summitry-embed.js') {
  const text = await readFile(path.join(DIST, loader), 'utf8');
  const name = text.match(/const APP = "(summitry-embed-[0-9a-f]{16}\.js)";/)?.[1];
  assert.ok(name, `${loader} names the widget's script (const APP)`);
  return { name, text: await readFile(path.join(DIST, name), 'utf8') };
}

/** The dataset as the documented open-data JSON, exported by the data crate. */
export function exportedData() {
  const json = execFileSync('cargo', ['run', '-q', '-p', 'summitry-editor', '--', 'export'], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json);
}

/**
 * Waits until the live widget has taken over the view the build rendered (the wasm has started):
 * the page shows the same header before, so the test waits for the mark the take-over sets.
 */
export async function waitForApp(record) {
  const died = record.firstPageError.then((e) => {
    throw new Error(`the page threw before the app started:\n${e.stack || e}`);
  });
  died.catch(() => {});
  await Promise.race([record.page.locator('[data-summitry-live] [data-testid="app-header"]').waitFor({ state: 'visible', timeout: 60_000 }), died]);
}

/** No uncaught errors, console errors or failed requests so far. */
export async function assertNoErrors(record) {
  await record.settle?.();
  assert.deepEqual(record.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(record.consoleErrors, [], 'errors logged to the console');
  assert.deepEqual(record.failedRequests, [], 'requests that failed');
}

/** Every request went to `origin` (or was inline data). */
export async function assertOnlyOrigin(record, origin) {
  await record.settle?.();
  const foreign = record.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], `requests left the widget's own origin ${origin}`);
}

/**
 * axe-core's violations on the page as it is, as readable text ('' when none); `rules` runs only
 * those (some, as `target-size`, are not in axe's default run).
 */
export async function axeReport(page, rules = null) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(
    async (rules) => (await globalThis.axe.run(document, rules ? { runOnly: { type: 'rule', values: rules } } : {})).violations,
    rules,
  );
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 4).map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n');
      return `- ${v.id} (${v.impact}): ${v.help}\n${nodes}`;
    })
    .join('\n');
}

/** Full-page screenshots at 375 and 1280 px wide, named `name`-375.png and `name`-1280.png. */
export async function screenshots(page, name) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
}

/** The focused element's data-testid, or of its closest ancestor with one. */
export function focusedTestId(page) {
  return page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);
}

/**
 * Presses Tab until the focused element (or an ancestor) has a data-testid matching `want`,
 * at most `max` times; fails with where focus went otherwise.
 */
export async function tabUntil(page, want, max = 120) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const id = await focusedTestId(page);
    seen.push(id);
    if (id && (typeof want === 'string' ? id === want : want.test(id))) return id;
  }
  throw new Error(`Tab never reached ${want}; focus went through: ${seen.join(', ')}`);
}

/**
 * What a test file needs: the build served on loopback, a browser, and the exported data.
 * Resolves to { server, browser, data, close() }.
 */
export async function openSuite() {
  await requireDist('index.html');
  const data = exportedData();
  const server = await serveDir(DIST);
  const browser = await launchBrowser();
  return {
    server,
    browser,
    data,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Registers the test file's setup and teardown; the returned object gets `server`, `browser` and
 * `data` before the first test runs, and closes what a test pushes onto its `after` list.
 */
export function useSuite() {
  // `after`: what a test opened for itself (a server), closed with the suite.
  const suite = { after: [] };
  before(async () => Object.assign(suite, await openSuite()));
  after(async () => {
    for (const close of suite.after) await close();
    await suite.close?.();
  });
  return suite;
}

/**
 * The page's URL hash once it matches `re`: the widget writes its state into the hash just after
 * the change is painted (src/hash.rs), so a test waits for it rather than reading it at once.
 * Returns the hash as it then is (the caller's assertion reports a mismatch).
 */
export async function hashMatching(page, re, timeout = 5_000) {
  await page.waitForFunction((src) => new RegExp(src).test(location.hash), re.source, { timeout, polling: 20 }).catch(() => {});
  return page.evaluate(() => location.hash);
}

/** Resolves once any hash write the widget has scheduled has run: after two frames and a task. */
export async function afterHashWrite(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}
