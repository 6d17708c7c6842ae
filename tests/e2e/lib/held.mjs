// A page opened with its wasm held back at the test server, so a test sees what the build
// rendered, then lets the wasm through and sees the live widget take over; and the layout shift
// the take-over causes, where the engine measures it.
import assert from 'node:assert/strict';

import { DIST } from './app.mjs';
import { ENGINE } from './browser.mjs';
import { serveDir } from './server.mjs';

/**
 * An init script: adds up layout shifts not caused by the reader's input (cumulative layout
 * shift) in `window.__shift`. Only Chromium reports layout shifts; elsewhere it stays null and
 * `assertNoShift` says it was not measured.
 */
export function countShifts() {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    window.__shift = null;
    return;
  }
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The page's layout shift is 0, where the engine measures it (the test `t` notes where not). */
export async function assertNoShift(t, page, message) {
  const shift = await page.evaluate(() => window.__shift);
  if (shift === null) t.diagnostic(`${message}: not measured, ${ENGINE} reports no layout shifts`);
  else assert.equal(shift, 0, message);
}

/**
 * Opens `file` of the build with its wasm held back by a server of its own (so every engine can
 * run it), counting layout shifts; resolves to { record, release() } once the page answers early
 * clicks. The server closes with the suite (`suite.after`).
 */
export async function openHeld(suite, file, viewport) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  // Answering nothing after the wait serves the file itself.
  const server = await serveDir(DIST, { routes: async (rel) => (rel.endsWith('_bg.wasm') ? held.then(() => null) : null) });
  suite.after.push(() => {
    release();
    return server.close();
  });
  const record = await suite.browser.open(`${server.url}${file}`, viewport, {
    waitUntil: 'domcontentloaded',
    init: countShifts,
  });
  await record.page.waitForFunction(() => performance.getEntriesByName('sm:early').length > 0);
  assert.equal(await record.page.locator('[data-summitry-live]').count(), 0, 'the wasm is held back');
  return { record, release };
}
