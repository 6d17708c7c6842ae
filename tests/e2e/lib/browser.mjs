// The test browser: Debian's Chromium or Firefox ESR driven by playwright-core (Chromium over
// CDP, Firefox over WebDriver BiDi), or Debian's WebKitGTK through WebKitWebDriver
// (./webkit.mjs). Playwright's own browser downloads are never used (this machine cannot fetch
// them), and the flags keep each browser from reaching the network on its own, so the requests
// a test records are the page's.
import { chromium, firefox } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Chromium's binary; `cargo xtask bootstrap` installs it. */
export const CHROMIUM = process.env.SUMMITRY_CHROMIUM || '/usr/bin/chromium';
/** Firefox ESR's binary; `cargo xtask bootstrap` installs it. */
export const FIREFOX = process.env.SUMMITRY_FIREFOX || '/usr/bin/firefox-esr';

/** The engines the end-to-end tier runs in. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The engine this run tests (`SUMMITRY_ENGINE`, set by `cargo xtask test --engine`; Chromium
 * when unset). An unknown name is an error, never a silent fall-back to Chromium.
 */
export const ENGINE = (() => {
  const name = process.env.SUMMITRY_ENGINE || 'chromium';
  if (!ENGINES.includes(name)) throw new Error(`SUMMITRY_ENGINE=${name}: not one of ${ENGINES.join(', ')}`);
  return name;
})();

/**
 * The test options of a test that cannot run in some engines: `{ skip: reason }` in those, so
 * node's runner reports it as skipped with the reason, and `{}` elsewhere. Each such test names
 * the engines it runs in (see `only`), so a skip is never silent.
 */
export function onlyIn(engines, why) {
  return engines.includes(ENGINE) ? {} : { skip: `not in ${ENGINE}: ${why}` };
}

/** ` [Chromium only: why]` and the like: the suffix of a test that runs in `engines` only. */
export function only(engines, why) {
  const names = engines.map((e) => e[0].toUpperCase() + e.slice(1)).join(' and ');
  return ` [${names} only: ${why}]`;
}

/** The flags of every test browser (the same as the wasm browser tests'). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Firefox preferences that keep it from reaching the network on its own. */
const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'browser.ping-centre.telemetry': false,
};

/** Starts the engine's browser on the profile folder `userDataDir`: a Playwright context. */
function launchContext(userDataDir) {
  const common = { headless: true, viewport: { width: 1280, height: 800 }, timeout: 60_000 };
  if (ENGINE === 'firefox') {
    // The `moz-` channel is Playwright's WebDriver BiDi client, which drives a stock Firefox.
    return firefox.launchPersistentContext(userDataDir, {
      ...common,
      channel: 'moz-firefox',
      executablePath: FIREFOX,
      firefoxUserPrefs: FIREFOX_PREFS,
    });
  }
  return chromium.launchPersistentContext(userDataDir, { ...common, executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * Starts the engine's browser with a fresh profile in a temp folder.
 * Resolves to { open(url, viewport), close() }.
 */
export async function launchBrowser() {
  if (ENGINE === 'webkit') return (await import('./webkit.mjs')).launchWebKit();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'summitry-e2e-'));
  let context;
  try {
    context = await launchContext(userDataDir);
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    const binary = ENGINE === 'firefox' ? FIREFOX : CHROMIUM;
    throw new Error(`cannot start ${binary} (run \`cargo xtask bootstrap\` to install it): ${error.message}`);
  }
  return {
    /**
     * Opens `url` in a new tab of `viewport` size, recording console errors,
     * page errors and every request URL from the start. Resolves to
     * { page, consoleErrors, pageErrors, requests, failedRequests, firstPageError }.
     * `init` (a function or script) runs in every document of the page before its own scripts;
     * `routes` ([glob, handler] pairs) intercept requests from the start (`page.route`);
     * `waitUntil` is when the open resolves (`load` unless given).
     */
    async open(url, viewport = { width: 1280, height: 800 }, { init, routes = [], waitUntil = 'load' } = {}) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      if (init) await page.addInitScript(init);
      for (const [glob, handler] of routes) await page.route(glob, handler);
      const record = { page, consoleErrors: [], pageErrors: [], requests: [], failedRequests: [] };
      // Resolves with the page's first uncaught error, so a test waiting for
      // the app can stop at once when the app has died.
      record.firstPageError = new Promise((resolve) => page.once('pageerror', resolve));
      page.on('console', (msg) => {
        if (msg.type() === 'error') {
          const where = msg.location()?.url ? ` (${msg.location().url})` : '';
          record.consoleErrors.push(`${msg.text()}${where}`);
        }
      });
      page.on('pageerror', (error) => record.pageErrors.push(String(error.stack || error)));
      page.on('request', (request) => record.requests.push(request.url()));
      page.on('requestfailed', (request) =>
        record.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
      );
      await page.goto(url, { waitUntil });
      return record;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
