// The benchmark driver behind `cargo xtask bench`: Summitry's release builds (one per dataset size)
// against TimelineJS 3.9.11 fed the same events, in headless Chromium with cold caches, for a
// desktop and a phone profile. It prints the tables and writes bench/RESULTS.md and the raw
// figures (JSON).
//
//   node bench/driver.mjs CONFIG.json
//
// CONFIG.json is written by `cargo xtask bench` (xtask/src/bench.rs):
//   { "runs": 5, "reps": 5, "command": "...", "results": ".../bench/RESULTS.md",
//     "raw": ".../target/bench/results.json", "timelinejs": ".../target/bench/timelinejs",
//     "sizes": [{ "label": "13", "events": 13, "real": true, "dist": ".../target/bench/dist-13" }] }
//
// Every figure is a median over the runs; each run is a new browser context (empty cache, the
// cache also disabled through CDP). See bench/RESULTS.md for what each figure means.
import { readFile, readdir, writeFile, mkdir, mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

import { serveGzip, gzip } from './server.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/e2e/lib/browser.mjs';
import { TIMELINEJS_PAGE } from '../tests/e2e/lib/timelinejs.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PAGE_JS = path.join(HERE, 'page.js');

/** The two profiles. The phone is Lighthouse's mobile throttling, applied through CDP. */
export const PROFILES = {
  desktop: {
    label: 'desktop (1280×800, no throttling)',
    context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
    network: null,
    cpu: 1,
  },
  phone: {
    label: 'phone (375×667 mobile, 1.6 Mbps down / 750 Kbps up / 150 ms RTT, CPU 4× slower)',
    context: { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    network: {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
    cpu: 4,
  },
};

const VIEWS = ['map', 'compare', 'network', 'list'];

// ---------------------------------------------------------------- statistics and formatting

/** Runs of each host page for `runs` runs of the widget: at least 9, as its goal is a 2% difference. */
export const hostRuns = (runs) => Math.max(runs, 9);

/** The range of the numbers in `xs` (nulls left out) as text, e.g. "310–420 ms", or "—". */
export function spread(xs) {
  const v = xs.filter((x) => x !== null && x !== undefined);
  return v.length ? `${ms(Math.min(...v))}–${ms(Math.max(...v))}` : '—';
}

/** The median of the numbers in `xs` (nulls left out), or null. */
export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const ms = (x) => (x === null || x === undefined ? 'n/a' : x < 100 ? `${x.toFixed(1)} ms` : `${Math.round(x).toLocaleString('en-US')} ms`);
const kb = (x) => (x === null || x === undefined ? 'n/a' : `${(x / 1000).toFixed(1)} KB`);
const mib = (x) => (x === null || x === undefined ? 'n/a' : `${(x / (1024 * 1024)).toFixed(1)} MiB`);
const int = (x) => (x === null || x === undefined ? 'n/a' : Math.round(x).toLocaleString('en-US'));
const ratio = (a, b) => (a === null || b === null || !b ? null : a / b);
const times = (x) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);
const met = (ok) => (ok === null ? 'not measured' : ok ? '**met**' : '**not met**');

/** A Markdown table. */
function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The view that took longest to open in `s` (a view never measured counts as the slowest). */
function slowestView(s) {
  return VIEWS.reduce((a, v) => ((s.views[v] ?? Infinity) > (s.views[a] ?? Infinity) ? v : a), VIEWS[0]);
}

// ---------------------------------------------------------------- static sizes

/** gzip sizes of a build: every file, the wasm, and the data chunks (data/*.bin). */
async function staticSizes(dist) {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else files.push(p);
    }
  };
  await walk(dist);
  let wasm = 0;
  let chunks = 0;
  let chunkFiles = 0;
  for (const file of files) {
    const rel = path.relative(dist, file);
    const size = gzip(await readFile(file)).length;
    if (rel.endsWith('.wasm')) wasm += size;
    if (rel.startsWith(`data${path.sep}`) && rel.endsWith('.bin')) {
      chunks += size;
      chunkFiles += 1;
    }
  }
  return { wasm, chunks, chunkFiles };
}

// ---------------------------------------------------------------- one run

/** Fails with what the page was doing when a wait ran out. */
async function waitIn(page, what, fn, arg, timeout, errors) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 50 });
  } catch (error) {
    const state = await page.evaluate(() => JSON.stringify(window.__bench ?? {})).catch(() => '?');
    throw new Error(`${what}: ${error.message.split('\n')[0]}\n  page state: ${state}\n  page errors: ${errors.join(' | ') || 'none'}`);
  }
}

/**
 * Wire bytes received before `at` (ms in the page's clock): whole responses finished by then, and
 * the chunks received by then of the others. CDP's clock is mapped to the page's through the
 * document request: its send time is CDP `timing.requestTime` + `timing.sendStart` and the page's
 * navigation `requestStart`. CDP gives the document's chunks decoded sizes only (encoded 0): its
 * wire bytes are then apportioned by decoded bytes. Null while a response it needs is unfinished.
 */
export function bytesBefore(at, requestStart, timing, arrivals, finished) {
  if (at === null || requestStart === null || !timing) return null;
  const offset = timing.requestTime * 1000 + timing.sendStart - requestStart;
  const page = (seconds) => seconds * 1000 - offset;
  const chunks = new Map();
  for (const [id, t, encoded, decoded] of arrivals) {
    if (!chunks.has(id)) chunks.set(id, []);
    chunks.get(id).push([t, encoded, decoded]);
  }
  let sum = 0;
  for (const [id, list] of chunks) {
    const done = finished.get(id);
    if (done && page(done[0]) <= at) {
      sum += done[1];
      continue;
    }
    const encoded = list.reduce((s, c) => s + c[1], 0);
    const decoded = list.reduce((s, c) => s + c[2], 0);
    const early = list.filter((c) => page(c[0]) <= at);
    if (encoded > 0 || !early.length) {
      sum += early.reduce((s, c) => s + c[1], 0);
    } else if (!done) {
      return null;
    } else {
      sum += Math.round((done[1] * early.reduce((s, c) => s + c[2], 0)) / decoded);
    }
  }
  // Responses finished before the marker without any data event (empty bodies) count too.
  for (const [id, [t, bytes]] of finished) {
    if (!chunks.has(id) && page(t) <= at) sum += bytes;
  }
  return sum;
}

/** Heap, wasm memory and DOM size, after a forced garbage collection. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__bench.wasmBytes());
  return { jsHeap: heap.usedSize, wasm };
}

/**
 * Loads `target` once in a fresh context under `profile`, and measures: first marker, the first
 * click, layout shift, bytes, memory; for Summitry also views and filter changes (`reps` each).
 */
async function runOnce(browser, target, profile, reps) {
  const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
  const errors = [];
  try {
    await context.addInitScript({ content: `window.__benchMarker = ${JSON.stringify(target.marker)};` });
    await context.addInitScript({ path: PAGE_JS });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
    if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    let wire = 0;
    let wasmWire = 0;
    let requests = 0;
    // Which requests fetched wasm: a split build fetches only the opening view's module at load.
    const wasmRequests = new Set();
    // Every byte's arrival, in CDP's clock (seconds): to count what came before the first marker,
    // the document included, which streams and so is often still arriving when it is painted.
    const arrivals = [];
    const finished = new Map();
    let documentTiming = null;
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Document' && documentTiming === null) documentTiming = e.response.timing ?? null;
      if (new URL(e.response.url).pathname.endsWith('.wasm')) wasmRequests.add(e.requestId);
    });
    cdp.on('Network.dataReceived', (e) => arrivals.push([e.requestId, e.timestamp, e.encodedDataLength, e.dataLength]));
    cdp.on('Network.loadingFinished', (e) => {
      wire += e.encodedDataLength;
      if (wasmRequests.has(e.requestId)) wasmWire += e.encodedDataLength;
      requests += 1;
      finished.set(e.requestId, [e.timestamp, e.encodedDataLength]);
    });

    // From the first bytes on: Summitry answers clicks from the view the build rendered before its
    // wasm (and the preloads that hold up `load`) are in.
    await page.goto(target.url, { waitUntil: 'commit', timeout: 300_000 });
    const r = { errors };
    const mark = (name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
    if (target.kind === 'summitry') {
      await waitIn(
        page,
        'the widget never took a click',
        () => performance.getEntriesByName('sm:early').length > 0 || performance.getEntriesByName('sm:interactive').length > 0,
        null,
        300_000,
        errors,
      );
    }
    await waitIn(page, 'no marker was ever painted', () => window.__bench?.firstMarkerAnywhere > 0, null, 300_000, errors);
    // A marker below the fold is never "on screen": give it a moment, then report where it was.
    await page.waitForFunction(() => window.__bench.firstMarker !== null, null, { timeout: 5_000, polling: 50 }).catch(() => {});
    Object.assign(
      r,
      await page.evaluate(() => {
        const B = window.__bench;
        const firstMarker = B.firstMarker ?? B.firstMarkerAnywhere;
        return {
          requestStart: performance.getEntriesByType('navigation')[0]?.requestStart ?? null,
          firstMarker,
          markerOnScreen: B.firstMarker !== null,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        };
      }),
    );

    // The first click, as early as the page can answer it.
    if (target.kind === 'summitry') {
      // A marker on screen that takes a click at its centre (others may overlap it), holding one
      // event if there is one, else one place's events. Before the wasm is in, only a marker with
      // an answer rendered by the build (`data-early`) can be answered: without one, wait for the
      // live widget and pick again.
      const pick = (early) =>
        page.evaluate((early) => {
          const B = window.__bench;
          const root = document.getElementById('summitry');
          const live = root.hasAttribute('data-summitry-live');
          const hittable = (m) => {
            const r = m.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit !== null && m.contains(hit);
          };
          const all = [...root.querySelectorAll('.sm-marker')].filter((m) => live || (early && m.dataset.early));
          const markers = all.filter((m) => B.visibility(m).onScreen && hittable(m));
          const one = (m) => (m.querySelector('.sm-marker__count')?.textContent.trim() || '1') === '1';
          const place = (m) => /^(marker|call)-/.test(m.dataset.testid) && !m.dataset.testid.startsWith('marker-group-');
          const single = markers.find((m) => place(m) && one(m));
          const target = single ?? markers.find(place) ?? markers[0] ?? all[0];
          if (!target) return null;
          for (const m of root.querySelectorAll('[data-bench-target]')) m.removeAttribute('data-bench-target');
          target.setAttribute('data-bench-target', '');
          B.armClick(() => {
            const el = document.querySelector('#summitry article.sm-details, #summitry [data-testid="choice"]');
            return el !== null && B.visibility(el).rendered;
          });
          const box = target.getBoundingClientRect();
          return { answer: single ? 'details' : 'choice', x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }, early);
      let picked = await pick(true);
      if (picked === null) {
        await waitIn(page, 'the widget never became interactive', () => performance.getEntriesByName('sm:interactive').length > 0, null, 300_000, errors);
        picked = await pick(false);
      }
      // A reader's tap at the marker's centre: the live widget, if it took over meanwhile, has
      // the same marker there.
      await page.mouse.click(picked.x, picked.y);
      const early = await page.evaluate(() => window.__bench.clickBeforeLive);
      r.clickAnswer = `${picked.answer}${early ? ' (before the wasm)' : ''}`;
      // The page could take this click from the later of its first marker and its mark.
      r.ready = Math.max(await mark(early ? 'sm:early' : 'sm:interactive'), r.firstMarker);
    } else {
      r.ready = r.firstMarker;
      r.clickAnswer = 'slide';
      // TimelineJS slides its markers into place as it starts: wait for one on screen, not the
      // current one, whose box takes a click at its centre. The latency is timed from the click.
      await waitIn(
        page,
        'no TimelineJS marker could be clicked',
        () => {
          const B = window.__bench;
          for (const m of document.querySelectorAll('.tl-timemarker:not(.tl-timemarker-active)')) {
            const box = m.querySelector('.tl-timemarker-content-container') ?? m;
            const r = box.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (B.visibility(box).onScreen && hit !== null && m.contains(hit)) {
              box.setAttribute('data-bench-target', m.id.replace(/-marker$/, ''));
              return true;
            }
          }
          return false;
        },
        null,
        60_000,
        errors,
      );
      await page.evaluate(() => {
        const B = window.__bench;
        const id = document.querySelector('[data-bench-target]').getAttribute('data-bench-target');
        // The slide is current once TimelineJS selected it and its slide-in ended: its left edge
        // is where the story slider's view starts.
        B.armClick(() => {
          const slide = document.getElementById(id);
          const mask = slide?.closest('.tl-storyslider');
          if (!slide || !mask || window.timeline?.current_id !== id) return false;
          return Math.abs(slide.getBoundingClientRect().left - mask.getBoundingClientRect().left) < 1;
        });
      });
      await page.locator('[data-bench-target]').click({ timeout: 60_000 });
    }
    await waitIn(page, 'the first click was never answered', () => window.__bench.answer !== null, null, 120_000, errors);
    Object.assign(r, await page.evaluate(() => ({ clickAt: window.__bench.click, answerAt: window.__bench.answer })));
    r.clickLatency = r.answerAt - r.clickAt;
    r.firstClick = r.ready + r.clickLatency;
    if (target.kind === 'summitry') {
      await waitIn(page, 'the widget never became interactive', () => performance.getEntriesByName('sm:interactive').length > 0, null, 300_000, errors);
      Object.assign(r, { boot: await mark('sm:boot'), early: await mark('sm:early'), wasmStart: await mark('sm:wasm-start'), interactive: await mark('sm:interactive') });
    }

    await page.waitForTimeout(1_500);
    r.cls = await page.evaluate(() => window.__bench.cls);
    r.bytesBeforeMarker = bytesBefore(r.firstMarker, r.requestStart, documentTiming, arrivals, finished);
    r.wireLoad = wire;
    r.wasmWire = wasmWire;
    r.requestsLoad = requests;
    r.memLoad = await memory(page, cdp);
    r.nodes = {};

    if (target.kind === 'summitry') {
      // Views: open each by its button, `reps` times round.
      r.views = Object.fromEntries(VIEWS.map((v) => [v, []]));
      for (let i = 0; i < reps; i++) {
        for (const v of ['compare', 'network', 'list', 'map']) {
          const m = await page.evaluate(
            (view) =>
              window.__bench.measure(
                () => document.querySelector(`[data-testid="view-${view}"]`).click(),
                () => document.querySelector(`[data-testid="${view}-view"]`) !== null,
              ),
            v,
          );
          r.views[v].push(m);
          // The open view's nodes with the page around it; the views kept hidden beside it
          // (src/views.rs) are counted apart, in the page's total.
          const [open, page_] = await page.evaluate(() => {
            const all = document.querySelectorAll('*').length;
            const kept = [...document.querySelectorAll('.sm-view--kept')].reduce((n, box) => n + box.querySelectorAll('*').length, 0);
            return [all - kept, all];
          });
          r.nodes[v] = open;
          r.nodes.page = Math.max(r.nodes.page ?? 0, page_);
        }
        // The list view asks for every data chunk: what follows is measured at the dataset's
        // full size, not on the core alone while chunks are still on a slow phone's wire.
        if (i === 0) {
          await waitIn(page, 'the data chunks never arrived', () => !document.querySelector('[data-testid="chunks-loading"]'), null, 300_000, errors);
        }
      }
      // Filters: tick and untick the "calls" kind on the map, 2×reps changes.
      r.filters = [];
      for (let i = 0; i < 2 * reps; i++) {
        r.filters.push(
          await page.evaluate(() => {
            // The map's own filters: the views kept hidden beside it have theirs (src/views.rs).
            const map = document.querySelector('[data-testid="map-view"]');
            const count = () => map.querySelector('[data-testid="filtered-count"]')?.textContent;
            const before = count();
            const box = map.querySelector('.sm-filters__kind.sm-kind--call input') ?? map.querySelector('.sm-filters__kind input');
            return window.__bench.measure(() => box.click(), () => count() !== before);
          }),
        );
      }
    } else {
      r.nodes.timeline = await page.evaluate(() => document.querySelectorAll('*').length);
    }
    r.wireEnd = wire;
    r.memEnd = await memory(page, cdp);
    return r;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- summaries

/** Medians of one target's runs under one profile. */
// ---------------------------------------------------------------- a host page with the script embed

/** A news article of 120 paragraphs (more than three screens), with the script embed after it or not. */
export function hostPage(embedSrc) {
  const text = Array.from({ length: 120 }, (_, i) => `<p>Paragraph ${i + 1} of the article, which the reader came for.</p>`).join('\n');
  const widget = embedSrc ? `<div data-summitry></div>\n<script src="${embedSrc}" defer></script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>A news article</title><link rel="icon" href="data:,"></head><body><article><h1>A news article with a graphic three screens down</h1>
${text}
${widget}
<p>The article ends here.</p></article></body></html>`;
}

/**
 * A new context and page under `profile`, HTTP cache off, counting every response's bytes over
 * the wire: `files` holds [url, bytes] pairs as they finish.
 */
async function countingPage(browser, profile) {
  const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  const urls = new Map();
  const files = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => files.push([urls.get(e.requestId), e.encodedDataLength]));
  return { context, page, files };
}

const sum = (files) => files.reduce((n, [, b]) => n + b, 0);

/**
 * Opens a host page in `profile` and waits 3 s past `load` without scrolling: its largest
 * contentful paint, and the bytes over the wire of everything but the page itself (what the
 * widget's files cost a reader who never scrolls to it).
 */
export async function hostRun(browser, url, profile) {
  const { context, page, files } = await countingPage(browser, profile);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
    await page.waitForTimeout(3000);
    const lcp = await page.evaluate(
      () =>
        new Promise((done) => {
          new PerformanceObserver((list) => done(list.getEntries().at(-1)?.startTime ?? null)).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => done(null), 2000);
        }),
    );
    const others = files.filter(([u]) => u && u !== url && !u.startsWith('data:'));
    return { lcp, bytes: sum(others), files: others.map(([u]) => new URL(u).pathname) };
  } finally {
    await context.close();
  }
}

/**
 * Opens Summitry's iframe page in `profile` and leaves it alone, no pointer, no key, until 3 s
 * after `sm:interactive`: the bytes over the wire of every file, the page's own included, and of
 * its wasm (what a reader who only looks at the opening map pays).
 */
export async function quietRun(browser, url, profile) {
  const { context, page, files } = await countingPage(browser, profile);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
    await page.waitForFunction(() => performance.getEntriesByName('sm:interactive').length > 0, null, { timeout: 300_000, polling: 50 });
    await page.waitForTimeout(3000);
    // A `data:` URL (an icon in the CSS) costs no bytes on the wire.
    const fetched = files.filter(([u]) => u && !u.startsWith('data:'));
    const wasm = fetched.filter(([u]) => new URL(u).pathname.endsWith('.wasm'));
    return { bytes: sum(fetched), wasm: sum(wasm), files: fetched.map(([u]) => new URL(u).pathname.split('/').pop() || 'index.html') };
  } finally {
    await context.close();
  }
}

function summarise(runs) {
  const pick = (f) => median(runs.map(f));
  const s = {
    runs: runs.length,
    firstMarker: pick((r) => r.firstMarker),
    markerOnScreen: runs.every((r) => r.markerOnScreen),
    fcp: pick((r) => r.fcp),
    interactive: pick((r) => r.interactive),
    ready: pick((r) => r.ready),
    firstClick: pick((r) => r.firstClick),
    clickLatency: pick((r) => r.clickLatency),
    clickAnswer: [...new Set(runs.map((r) => r.clickAnswer))].join('/'),
    cls: pick((r) => r.cls),
    clsMax: Math.max(...runs.map((r) => r.cls ?? 0)),
    bytesBeforeMarker: pick((r) => r.bytesBeforeMarker),
    wireLoad: pick((r) => r.wireLoad),
    wasmWireLoad: pick((r) => r.wasmWire),
    wireEnd: pick((r) => r.wireEnd),
    jsHeapLoad: pick((r) => r.memLoad.jsHeap),
    wasmLoad: pick((r) => r.memLoad.wasm),
    jsHeapEnd: pick((r) => r.memEnd.jsHeap),
    wasmEnd: pick((r) => r.memEnd.wasm),
    nodes: {},
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
  for (const key of Object.keys(runs[0].nodes)) s.nodes[key] = pick((r) => r.nodes[key]);
  if (runs[0].views) {
    s.views = {};
    s.viewsFirst = {};
    for (const v of VIEWS) {
      s.views[v] = median(runs.flatMap((r) => r.views[v].map((m) => m.settled)));
      s.viewsFirst[v] = pick((r) => r.views[v][0].settled);
    }
    s.filter = median(runs.flatMap((r) => r.filters.map((m) => m.settled)));
    s.filterPainted = median(runs.flatMap((r) => r.filters.map((m) => m.painted)));
    s.capped = runs.some((r) => [...Object.values(r.views).flat(), ...r.filters].some((m) => m.capped));
  }
  return s;
}

function machine(chromiumVersion) {
  const cpuinfo = (() => {
    try {
      return execFileSync('cat', ['/proc/cpuinfo'], { encoding: 'utf8' });
    } catch {
      return '';
    }
  })();
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let nproc = os.availableParallelism?.() ?? os.cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // os.availableParallelism() stands in for nproc.
  }
  return {
    nproc,
    cpu: model,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    chromium: chromiumVersion,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

// ---------------------------------------------------------------- the report

function report(config, env, results) {
  const real = config.sizes.find((s) => s.real) ?? null;
  const big = [...config.sizes].sort((a, b) => b.events - a.events)[0];
  const at = (label, profile) => results.summitry[label]?.[profile] ?? null;
  const tl = (profile) => results.timelinejs?.[profile] ?? null;
  const out = [];
  const printed = [];
  out.push('# Benchmark results');
  out.push('');
  out.push(`Written by \`${config.command}\` on ${env.date}. Every figure is the median of ${config.runs} cold runs`);
  out.push('(a new browser context per run, HTTP cache disabled through CDP) unless it says otherwise.');
  out.push('Regenerate with `cargo xtask bench`; see README.md. Figures from another machine are not comparable.');
  out.push('');
  out.push('## Machine');
  out.push('');
  out.push(table(['', ''], [
    ['CPUs (nproc)', String(env.machine.nproc)],
    ['CPU', env.machine.cpu],
    ['memory', env.machine.memory],
    ['browser', `${env.machine.chromium} (Debian's /usr/bin/chromium, headless, via playwright-core)`],
    ['Node.js', env.machine.node],
    ['OS', env.machine.os],
    ['load average (1 min) at start / end', `${env.load.start} / ${env.load.end} (other work on the machine makes figures noisier)`],
  ]));
  out.push('');
  out.push('## How it is measured');
  out.push('');
  out.push(`- Served from 127.0.0.1 by bench/server.mjs, every response \`Content-Encoding: gzip\` (level 9) and \`Cache-Control: no-store\`.`);
  out.push(`  Summitry is its release build (\`cargo xtask dist\`, one per dataset size); TimelineJS 3.9.11 is the npm package`);
  out.push(`  \`@knight-lab/timelinejs\` served from node_modules, fed \`summitry-editor export --to timelinejs\` of the same dataset`);
  out.push('  (the real one only: TimelineJS is the comparison of issue 13).');
  out.push(`- Profiles: ${PROFILES.desktop.label}; ${PROFILES.phone.label} — Lighthouse's mobile figures, set with`);
  out.push('  CDP `Network.emulateNetworkConditions` and `Emulation.setCPUThrottlingRate`.');
  out.push('- **first marker**: end of the first painted frame with a marker on screen (`.sm-marker`; for TimelineJS the box of a');
  out.push('  `.tl-timemarker`, its `.tl-timemarker-content-container`, as the marker element itself has no size); a script');
  out.push('  injected before the page checks every animation frame and times the task after the paint. Summitry\'s markers are');
  out.push('  in the HTML rendered at build time, so this comes before its wasm runs. **interactive**: Summitry\'s `sm:interactive` mark.');
  out.push('- **first click answered**: the earliest a reader\'s click is answered = the moment the page can first take a click');
  out.push('  (Summitry: its first marker once web/boot.js has set `sm:early`, when the build rendered that marker\'s answer, else');
  out.push('  `sm:interactive`; TimelineJS: its first marker, which its script draws with the click handler) + the');
  out.push('  click latency. The latency is measured on a real click made right then (Playwright mouse): from `pointerdown` to');
  out.push('  the end of the painted frame showing the answer — Summitry: the event\'s details (`article.sm-details`; at sizes');
  out.push('  where no marker holds a single event, the list to choose from); TimelineJS: its slide current and slid into place.');
  out.push('  Summitry\'s click is made from `commit` on, so it is answered before the wasm when the build rendered the answer');
  out.push('  (*click answered by* says which); CLS is then measured to 1.5 s after `sm:interactive`, across the take-over.');
  out.push('- **CLS**: sum of `layout-shift` entries without `hadRecentInput`, from navigation to 1.5 s after the first click was answered.');
  out.push('- **bytes**: *before first marker* = wire bytes received when the first marker was painted (CDP `Network.dataReceived`');
  out.push('  and `loadingFinished`, mapped to the page\'s clock; the streamed document counts with the part received, its wire');
  out.push('  bytes apportioned by decoded bytes). On desktop over loopback every file is in before the first frame, so that');
  out.push('  figure is all of them; the phone figure is the one that tells what the first marker waits for, and the goal of');
  out.push('  issue 14 is judged on it. *at load* = sum of CDP `Network.loadingFinished` `encodedDataLength` (wire bytes,');
  out.push('  headers included) up to 1.5 s after the first click; *session* = the same at the end of the run (views and filters).');
  out.push('  KB = 1,000 bytes. *chunks gzip* = the gzip (level 9) sizes of all data/*.bin files of the build, added up.');
  out.push('  *Before any interaction* (issue 30\'s goals) = the same sum on separate desktop loads of the real data\'s page with no');
  out.push('  pointer or key at all, to 3 s after `sm:interactive` (a split module is fetched only on a sign of intent), and of it the');
  out.push('  `.wasm` files: the wasm the opening view needed.');
  out.push('- **memory**: after a forced GC, CDP `Runtime.getHeapUsage` (JS heap) and the byte length of the wasm module\'s exported');
  out.push('  memory (caught by wrapping `WebAssembly.instantiate*`), after load and at the end of the run.');
  out.push('- **views / filter change**: the action (the view\'s button, or ticking the "calls" kind box on the map) is made at the');
  out.push('  start of a frame; the figure is the time to the end of the painted frame holding the last DOM change it caused');
  out.push('  (checked after every paint, done after 3 frames without change). The end of a painted frame is taken with');
  out.push('  requestAnimationFrame + a MessageChannel task rather than a double requestAnimationFrame, which would add up to one');
  out.push(`  more vsync (16.7 ms) to every figure and make a 16 ms goal unmeasurable. Median over ${config.reps} openings of each view`);
  out.push(`  and ${2 * config.reps} filter changes per run. **DOM nodes**: \`document.querySelectorAll('*').length\` with the view open, less`);
  out.push('  the nodes of the views kept built and hidden beside it (`.sm-view--kept`, src/views.rs); *page* is the most the');
  out.push('  whole page held, those views with it.');
  out.push('  The first round of openings takes in the list view, which asks for every data chunk; the run then waits until');
  out.push('  every chunk is in, so the later openings and every filter change are measured at the dataset\'s full size.');
  out.push('');

  // Summitry against TimelineJS.
  if (real && results.timelinejs) {
    out.push(`## Summitry against TimelineJS (the real dataset, ${real.events} events)`);
    out.push('');
    for (const profile of Object.keys(PROFILES)) {
      const s = at(real.label, profile);
      const t = tl(profile);
      if (!s || !t) continue;
      const row = (name, a, b, fmt, withRatio) => [name, fmt(a), fmt(b), withRatio ? times(ratio(a, b)) : ''];
      const rows = [
        row('first marker painted', s.firstMarker, t.firstMarker, ms, true),
        ['interactive (sm:interactive)', ms(s.interactive), '—', ''],
        row('first click answered', s.firstClick, t.firstClick, ms, true),
        row('click latency', s.clickLatency, t.clickLatency, ms, true),
        ['click answered by', s.clickAnswer, t.clickAnswer, ''],
        row('CLS (median; worst run)', s.cls, t.cls, (x) => (x === null ? 'n/a' : x.toFixed(3)), false),
        row('bytes before first marker', s.bytesBeforeMarker, t.bytesBeforeMarker, kb, true),
        row('bytes at load', s.wireLoad, t.wireLoad, kb, true),
        row('JS heap after load', s.jsHeapLoad, t.jsHeapLoad, mib, true),
        ['wasm memory after load', mib(s.wasmLoad), 'none', ''],
        ['DOM nodes', `${VIEWS.map((v) => `${v} ${int(s.nodes[v])}`).join(', ')} (page ${int(s.nodes.page)})`, int(t.nodes.timeline), ''],
      ];
      const cls = rows.find((r) => r[0].startsWith('CLS'));
      cls[1] += ` (${s.clsMax.toFixed(3)})`;
      cls[2] += ` (${t.clsMax.toFixed(3)})`;
      out.push(`### ${profile}`);
      out.push('');
      out.push(table(['', 'Summitry', 'TimelineJS', 'Summitry / TimelineJS'], rows));
      out.push('');
      printed.push(`${profile}: first marker ${ms(s.firstMarker)} vs ${ms(t.firstMarker)} (${times(ratio(s.firstMarker, t.firstMarker))}), ` +
        `bytes at load ${kb(s.wireLoad)} vs ${kb(t.wireLoad)} (${times(ratio(s.wireLoad, t.wireLoad))}), first click ${ms(s.firstClick)} vs ${ms(t.firstClick)}`);
    }
  }

  // Dataset sizes.
  out.push('## Dataset sizes');
  out.push('');
  const base = real ?? [...config.sizes].sort((a, b) => a.events - b.events)[0];
  for (const profile of Object.keys(PROFILES)) {
    const rows = config.sizes.map((size) => {
      const s = at(size.label, profile);
      const st = results.static[size.label];
      const perEvent = size === base ? '—' : `${((st.chunks - results.static[base.label].chunks) / (size.events - base.events)).toFixed(1)} B`;
      return [
        `${int(size.events)}${size.real ? ' (real)' : ''}`,
        ms(s.firstMarker),
        ms(s.interactive),
        kb(s.bytesBeforeMarker),
        kb(s.wireLoad),
        `${kb(st.chunks)} (${st.chunkFiles} files)`,
        perEvent,
        ms(s.filter),
        VIEWS.map((v) => ms(s.views[v])).join(' / '),
        `${VIEWS.map((v) => int(s.nodes[v])).join(' / ')} (page ${int(s.nodes.page)})`,
        `${mib(s.jsHeapEnd)} + ${mib(s.wasmEnd)}`,
      ];
    });
    out.push(`### ${profile}`);
    out.push('');
    out.push(table(['events', 'first marker', 'interactive', 'bytes before first marker', 'bytes at load', 'chunks gzip', 'gzip per added event', 'filter change', 'open map / compare / network / list', 'DOM nodes map / compare / network / list', 'JS heap + wasm (end)'], rows));
    out.push('');
  }
  out.push(`*gzip per added event* = (chunks gzip − the ${int(base.events)}-event chunks gzip) / (events − ${int(base.events)}).`);
  out.push('First openings of each view (the median run\'s first opening, which may load data chunks): ' +
    config.sizes.map((size) => Object.keys(PROFILES).map((p) => `${int(size.events)} ${p} ${VIEWS.map((v) => ms(at(size.label, p).viewsFirst[v])).join(' / ')}`).join('; ')).join('; ') + '.');
  out.push('');

  // Goals.
  const goals = [];
  if (real) {
    const st = results.static[real.label];
    const d = at(real.label, 'desktop');
    const p = at(real.label, 'phone');
    goals.push(['13', 'iframe page ≤ 120 KB gzip in total', `${kb(d?.wireLoad)} over the wire at load (desktop)`, met(d ? d.wireLoad <= 120_000 : null)]);
    goals.push(['13', 'wasm ≤ 100 KB gzip', `${kb(st.wasm)} (${int(st.wasm)} B)`, met(st.wasm <= 100_000)]);
    for (const [profile, p2] of [['phone', p], ['desktop', d]]) {
      const t = tl(profile);
      const r = t && p2 ? ratio(p2.firstMarker, t.firstMarker) : null;
      goals.push(['13', `${profile}: first marker ≤ 0.5× TimelineJS`, `${times(r)} (${ms(p2?.firstMarker)} vs ${ms(t?.firstMarker)})`, met(r === null ? null : r <= 0.5)]);
    }
    for (const [profile, p2] of [['phone', p], ['desktop', d]]) {
      const t = tl(profile);
      goals.push(['13', `${profile}: first click answered sooner than TimelineJS's first marker`, `${ms(p2?.firstClick)} vs ${ms(t?.firstMarker)}`, met(t && p2 ? p2.firstClick < t.firstMarker : null)]);
    }
    for (const [profile, p2] of [['phone', p], ['desktop', d]]) {
      goals.push(['13', `${profile}: CLS 0.00`, p2 ? `${p2.cls.toFixed(3)} (worst run ${p2.clsMax.toFixed(3)})` : 'n/a', met(p2 ? p2.clsMax < 0.005 : null)]);
    }
  }
  if (big && big !== base) {
    const n = int(big.events);
    for (const profile of Object.keys(PROFILES)) {
      const s = at(big.label, profile);
      const b = at(base.label, profile);
      const worstView = s.views[slowestView(s)] ?? Infinity;
      const mostNodes = Math.max(...VIEWS.map((v) => s.nodes[v] ?? Infinity));
      goals.push(['14', `${n} events, ${profile}: filter change painted within 16 ms`, ms(s.filter), met(s.filter <= 16)]);
      goals.push(['14', `${n} events, ${profile}: opening any view ≤ 100 ms`, `slowest ${ms(worstView)}`, met(worstView <= 100)]);
      goals.push(['14', `${n} events, ${profile}: ≤ 3,000 DOM nodes in any view`, `most ${int(mostNodes)} (the page, with the views kept hidden: ${int(s.nodes.page)})`, met(mostNodes <= 3000)]);
      const fm = ratio(s.firstMarker, b.firstMarker);
      goals.push(['14', `${n} events, ${profile}: first marker ≤ 1.5× the ${int(base.events)}-event figure`, `${times(fm)} (${ms(s.firstMarker)} vs ${ms(b.firstMarker)})`, met(fm <= 1.5)]);
      // Over loopback with no throttling every file is in before the first frame: only the
      // phone's network makes "before the first marker" tell the files apart.
      if (profile === 'phone') {
        const bb = ratio(s.bytesBeforeMarker, b.bytesBeforeMarker);
        goals.push(['14', `${n} events, ${profile}: bytes before first marker ≤ 1.5×`, `${times(bb)} (${kb(s.bytesBeforeMarker)} vs ${kb(b.bytesBeforeMarker)})`, met(bb === null ? null : bb <= 1.5)]);
      }
      goals.push(['14', `${n} events, ${profile}: memory reported`, `JS heap ${mib(s.jsHeapEnd)}, wasm ${mib(s.wasmEnd)}`, met(s.jsHeapEnd !== null)]);
    }
    const per = (results.static[big.label].chunks - results.static[base.label].chunks) / (big.events - base.events);
    goals.push(['14', `${n} events: ≤ 60 bytes gzip per added event over all chunks`, `${per.toFixed(1)} B`, met(per <= 60)]);
  }
  if (real) {
    const q = results.quiet?.desktop ?? null;
    goals.push(['30', 'iframe page: bytes before any interaction ≤ 200 KB gzip', `${kb(q?.bytes)} over the wire, page left alone to 3 s after interactive (desktop)`, met(q ? q.bytes <= 200_000 : null)]);
    goals.push(['30', 'wasm needed for the opening view ≤ 160 KB gzip', `${kb(q?.wasm)} of wasm over the wire, the same loads (${q?.files.filter((f) => f.endsWith('.wasm')).join(', ') ?? 'n/a'})`, met(q ? q.wasm <= 160_000 : null)]);
  }
  if (big && big !== base) {
    const n = int(big.events);
    for (const [profile, limit] of [['desktop', 16], ['phone', 50]]) {
      const s = at(big.label, profile);
      if (!s) continue;
      goals.push(['30', `${n} events, ${profile}: filter change painted within ${limit} ms`, ms(s.filter), met(s.filter <= limit)]);
      const slowest = slowestView(s);
      goals.push(['30', `${n} events, ${profile}: every view opens within 100 ms`, `slowest ${slowest} ${ms(s.views[slowest])}`, met((s.views[slowest] ?? Infinity) <= 100)]);
    }
  }
  for (const [profile, h] of Object.entries(results.host ?? {})) {
    goals.push(['30', `${profile}: host page, script embed three screens down: widget bytes before scrolling ≤ 6 KB gzip`, `${kb(h.bytes)} (${int(h.bytes)} B: ${h.files.join(', ') || 'nothing'})`, met(h.bytes <= 6144)]);
    const r = ratio(h.lcpWith, h.lcpWithout);
    const runs = h.runs ? `; median of ${h.runs} runs each, ${h.spreadWith} with and ${h.spreadWithout} without` : '';
    goals.push(['30', `${profile}: host page's LCP within 2% of the page without the widget`, `${ms(h.lcpWith)} vs ${ms(h.lcpWithout)} (${times(r)}${runs})`, met(r === null ? null : r <= 1.02)]);
  }
  out.push('## Goals');
  out.push('');
  out.push(table(['issue', 'goal', 'measured', ''], goals));
  out.push('');
  const notes = [];
  for (const [label, byProfile] of [...Object.entries(results.summitry), ['TimelineJS', results.timelinejs ?? {}]]) {
    for (const [profile, s] of Object.entries(byProfile)) {
      if (!s.markerOnScreen) notes.push(`${label} ${profile}: the first marker was painted below the fold; the figure is when it was painted.`);
      if (s.capped) notes.push(`${label} ${profile}: some view or filter measurements ran into the 15 s cap or never saw their change.`);
      if (s.errors.length) notes.push(`${label} ${profile}: page errors: ${s.errors.join('; ')}`);
    }
  }
  if (notes.length) {
    out.push('## Notes');
    out.push('');
    for (const n of notes) out.push(`- ${n}`);
    out.push('');
  }
  const goalLines = goals.map((g) => `  [${g[3].replaceAll('*', '')}] ${g[1]}: ${g[2]}`);
  return { markdown: out.join('\n'), printed: [...printed, 'goals:', ...goalLines, ...notes] };
}

// ---------------------------------------------------------------- main

async function main() {
  const configPath = process.argv[2];
  if (!configPath) throw new Error('usage: node bench/driver.mjs CONFIG.json (run it through `cargo xtask bench`)');
  const config = JSON.parse(await readFile(configPath, 'utf8'));
  let playwright;
  try {
    playwright = await import('playwright-core');
  } catch (error) {
    throw new Error(`playwright-core is missing (run \`cargo xtask bootstrap\`): ${error.message}`);
  }
  const timelinejsLib = path.dirname(
    path.dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/dist/js/timeline.js')),
  );
  const tlVersion = JSON.parse(await readFile(path.join(timelinejsLib, '..', 'package.json'), 'utf8')).version;

  // Static sizes of each build.
  const statics = {};
  for (const size of config.sizes) statics[size.label] = await staticSizes(size.dist);

  // One server for everything: each build under its own folder, TimelineJS beside them.
  const mounts = {};
  for (const size of config.sizes) mounts[`/summitry-${size.label}/`] = size.dist;
  if (config.timelinejs) {
    await writeFile(path.join(config.timelinejs, 'index.html'), TIMELINEJS_PAGE);
    mounts['/timelinejs/'] = config.timelinejs;
    mounts['/timelinejs/timelinejs/'] = timelinejsLib;
  }
  // The host pages, on the same server (the widget's origin is the page's: every byte but the
  // page's own is the widget's).
  const hostLabel = (config.sizes.find((s) => s.real) ?? config.sizes[0]).label;
  const hostDir = await mkdtemp(path.join(os.tmpdir(), 'summitry-bench-host-'));
  await writeFile(path.join(hostDir, 'with.html'), hostPage(`/summitry-${hostLabel}/summitry-embed.js`));
  await writeFile(path.join(hostDir, 'without.html'), hostPage(null));
  mounts['/host/'] = hostDir;

  const server = await serveGzip(mounts);
  const targets = config.sizes.map((size) => ({
    kind: 'summitry',
    label: size.label,
    url: `${server.origin}/summitry-${size.label}/`,
    marker: '.sm-marker',
  }));
  if (config.timelinejs) {
    targets.unshift({
      kind: 'timelinejs',
      label: 'TimelineJS',
      url: `${server.origin}/timelinejs/`, // The marker's own box has no size: what shows is its content box.
      marker: '.tl-timemarker .tl-timemarker-content-container',
    });
  }

  const loadStart = os.loadavg()[0].toFixed(2);
  let browser;
  try {
    browser = await playwright.chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
  } catch (error) {
    throw new Error(`cannot start ${CHROMIUM} (run \`cargo xtask bootstrap\` to install it): ${error.message}`);
  }
  const raw = {};
  try {
    const started = Date.now();
    for (const profile of Object.keys(PROFILES)) {
      // Runs interleave the targets, so a slow spell of the machine hits them all alike.
      for (let run = 1; run <= config.runs; run++) {
        for (const target of targets) {
          const t = Date.now();
          const r = await runOnce(browser, target, PROFILES[profile], config.reps);
          ((raw[target.label] ??= {})[profile] ??= []).push(r);
          const extra = target.kind === 'summitry' ? `, interactive ${ms(r.interactive)}` : '';
          console.log(
            `bench: ${profile} run ${run}/${config.runs} ${target.label === 'TimelineJS' ? 'TimelineJS' : `Summitry ${target.label} events`}: ` +
              `first marker ${ms(r.firstMarker)}${extra}, first click ${ms(r.firstClick)}, ${kb(r.wireLoad)} [${((Date.now() - t) / 1000).toFixed(1)} s, ${((Date.now() - started) / 60000).toFixed(1)} min in all]`,
          );
        }
      }
    }
    // The host page with the widget three screens down, and without it, interleaved.
    const host = {};
    for (const profile of Object.keys(PROFILES)) {
      const runs = { with: [], without: [] };
      // A host run is a few seconds, and the goal is a 2% difference: more runs than the widget's.
      for (let run = 1; run <= hostRuns(config.runs); run++) {
        for (const which of ['with', 'without']) runs[which].push(await hostRun(browser, `${server.origin}/host/${which}.html`, PROFILES[profile]));
      }
      host[profile] = {
        lcpWith: median(runs.with.map((r) => r.lcp)),
        lcpWithout: median(runs.without.map((r) => r.lcp)),
        runs: runs.with.length,
        spreadWith: spread(runs.with.map((r) => r.lcp)),
        spreadWithout: spread(runs.without.map((r) => r.lcp)),
        bytes: median(runs.with.map((r) => r.bytes)),
        files: [...new Set(runs.with.flatMap((r) => r.files))],
      };
      console.log(`bench: ${profile} host page: LCP ${ms(host[profile].lcpWith)} with the embed, ${ms(host[profile].lcpWithout)} without; ${kb(host[profile].bytes)} from the widget before scrolling (${host[profile].files.join(', ')})`);
    }
    // The iframe page with the real data, left alone: what it costs before any interaction.
    const quiet = {};
    const realTarget = targets.find((t) => t.kind === 'summitry' && config.sizes.find((z) => z.label === t.label)?.real);
    if (realTarget) {
      const runs = [];
      for (let run = 1; run <= config.runs; run++) runs.push(await quietRun(browser, realTarget.url, PROFILES.desktop));
      quiet.desktop = { bytes: median(runs.map((r) => r.bytes)), wasm: median(runs.map((r) => r.wasm)), files: [...new Set(runs.flatMap((r) => r.files))] };
      console.log(`bench: desktop iframe page left alone: ${kb(quiet.desktop.bytes)}, of which wasm ${kb(quiet.desktop.wasm)} (${quiet.desktop.files.join(', ')})`);
    }
    const env = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: machine(`Chromium ${browser.version()}`),
      timelinejs: tlVersion,
      load: { start: loadStart, end: os.loadavg()[0].toFixed(2) },
    };
    const results = { static: statics, summitry: {}, timelinejs: null, host, quiet };
    for (const target of targets) {
      const byProfile = Object.fromEntries(Object.entries(raw[target.label]).map(([p, runs]) => [p, summarise(runs)]));
      if (target.kind === 'timelinejs') results.timelinejs = byProfile;
      else results.summitry[target.label] = byProfile;
    }
    const { markdown, printed } = report(config, env, results);
    await mkdir(path.dirname(config.raw), { recursive: true });
    await writeFile(config.raw, JSON.stringify({ config, env, results, raw }, null, 1));
    await writeFile(config.results, `${markdown}\n`);
    console.log(`\n${markdown}\n`);
    console.log(printed.join('\n'));
    console.log(`\nwrote ${config.results}\nraw figures: ${config.raw}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

// Run as a script (not when a quick measurement imports its pieces).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main().catch((error) => {
  console.error(`bench: ${error.stack || error.message}`);
  process.exit(1);
});
