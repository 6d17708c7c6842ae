// Debian's Chromium driven by playwright-core. Playwright's own browser
// downloads are never used (this machine cannot fetch them), and the flags
// keep Chromium from reaching the network on its own, so the requests a test
// records are the page's.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Chromium's binary; `cargo xtask bootstrap` installs it. */
export const CHROMIUM = process.env.SUMMITRY_CHROMIUM || '/usr/bin/chromium';

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

/**
 * Starts Chromium with a fresh profile in a temp folder.
 * Resolves to { open(url, viewport), close() }.
 */
export async function launchBrowser() {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'summitry-e2e-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 800 },
      timeout: 60_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new Error(
      `cannot start ${CHROMIUM} (run \`cargo xtask bootstrap\` to install it): ${error.message}`,
    );
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
