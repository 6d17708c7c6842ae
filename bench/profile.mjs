// Profiles Summitry's filter change and view openings in headless Chromium with the CPU profiler
// (CDP Profiler), and prints the functions that took the most time, by self time.
//
//   node bench/profile.mjs <dist> [desktop|phone] [filter|map|network|list|compare]...
//
// <dist> is a build (e.g. target/bench/dist-10000 after `cargo xtask bench --sizes 10000`). The
// page is loaded, every data chunk fetched (the list view asks for them), then each action named
// is profiled: `filter` ticks and unticks the "calls" kind on the map four times; a view name
// opens that view four times, from the map (the map itself from the list). The wasm's functions
// are named only in a build made with SUMMITRY_WASM_NAMES=1 (`SUMMITRY_WASM_NAMES=1 cargo xtask
// dist`, which keeps wasm-opt from dropping the name section); else `wasm-function[N]`.
// `(program)` is the browser's own work (style, layout, paint). SUMMITRY_TRACE=1 also records a
// trace and prints the renderer main thread's time by event, each layout over 2 ms with its dirty
// and total objects, and the layout invalidations by reason and node (what was added, removed or
// moved). Not part of `cargo xtask bench`: a tool to find where the bench's figures go.
import { createRequire } from 'node:module';
import { serveGzip } from './server.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/e2e/lib/browser.mjs';
import { PROFILES } from './driver.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [dist, profileName = 'desktop', ...actions] = process.argv.slice(2);
if (!dist) throw new Error('usage: node bench/profile.mjs <dist> [desktop|phone] [filter|<view>]...');
const profile = PROFILES[profileName];
const server = await serveGzip({ '/s/': dist });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.origin}/s/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('[data-summitry-live]'), null, { timeout: 120_000 });
  const click = (sel) => page.evaluate((s) => document.querySelector(s).click(), sel);
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  await click('[data-testid="view-list"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="list-view"]') && !document.querySelector('[data-testid="chunks-loading"]'), null, { timeout: 120_000 });
  await click('[data-testid="view-map"]');
  await page.waitForTimeout(500);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const trace = process.env.SUMMITRY_TRACE === '1';
  for (const action of actions.length ? actions : ['filter']) {
    if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
    // Each opening starts from another view: the map, or for the map itself the list.
    const from = action === 'map' ? 'list' : 'map';
    await click(`[data-testid="view-${from}"]`);
    await settle();
    await cdp.send('Profiler.start');
    const times = [];
    for (let i = 0; i < 4; i++) {
      const t0 = Date.now();
      if (action === 'filter') {
        await click('[data-testid="map-view"] .sm-filters__kind.sm-kind--call input');
      } else {
        await click(`[data-testid="view-${action}"]`);
        await page.waitForFunction((v) => document.querySelector(`[data-testid="${v}-view"]`), action);
      }
      await settle();
      times.push(Date.now() - t0);
      if (action !== 'filter') {
        await click(`[data-testid="view-${from}"]`);
        await settle();
      }
    }
    const { profile: p } = await cdp.send('Profiler.stop');
    // Every action starts on the map.
    await click('[data-testid="view-map"]');
    await settle();
    report(action, p, times);
    if (trace) traceReport(JSON.parse((await browser.stopTracing()).toString()));
  }
} finally {
  await browser.close();
  await server.close();
}

/** Prints the functions with the most self time in `p`, and each one's share. */
function report(action, p, times) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i + 1] ?? 0)));
  const self = new Map();
  let total = 0;
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    if (f.functionName === '(idle)') continue;
    self.set(name, (self.get(name) ?? 0) + us);
    total += us;
  }
  console.log(`\n== ${action} (${profileName}): wall ${times.join(', ')} ms; busy ${(total / 1000).toFixed(1)} ms in all`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name.slice(0, 150)}`);
  }
}

/** Prints the renderer main thread's time by trace event (style, layout, paint...), top level. */
function traceReport(t) {
  const events = t.traceEvents ?? t;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const by = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.tid !== main.tid || e.pid !== main.pid) continue;
    by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0));
  }
  for (const e of events) {
    if (e.name === 'Layout' && e.ph === 'X' && e.dur > 2000) console.log('layout', (e.dur / 1000).toFixed(1), 'ms', JSON.stringify(e.args).slice(0, 300));
    if (e.name === 'UpdateLayoutTree' && e.dur > 2000) console.log('style', (e.dur / 1000).toFixed(1), 'ms', JSON.stringify(e.args).slice(0, 200));
  }
  const inv = new Map();
  for (const e of events) {
    if (e.name !== 'LayoutInvalidationTracking') continue;
    const d = e.args?.data ?? {};
    const k = `${d.reason} ${d.nodeName}`;
    inv.set(k, (inv.get(k) ?? 0) + 1);
  }
  for (const [k, n] of [...inv].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('invalidation', n, k);
  console.log('-- trace, renderer main thread, inclusive time by event:');
  for (const [name, us] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
}
