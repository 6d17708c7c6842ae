// The dataset's TimelineJS export, loaded by TimelineJS 3.9 itself (the npm
// package, served from the same origin: no CDN). A newsroom keeping a
// TimelineJS page beside Summitry gets one slide per event, each headline
// shown, and no script errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

import { serveDir } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { TIMELINEJS_PAGE } from './lib/timelinejs.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const timelinejs = path.dirname(
  path.dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/dist/js/timeline.js')),
);

let dir;
let server;
let browser;
let data;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'summitry-timelinejs-'));
  const site = path.join(dir, 'site');
  // Export the real dataset with the command a newsroom runs.
  const run = spawnSync(
    'cargo',
    ['run', '-q', '-p', 'summitry-editor', '--', 'export', '--to', 'timelinejs', '--out', site],
    { cwd: repo, encoding: 'utf8', timeout: 600_000 },
  );
  assert.equal(run.status, 0, `export --to timelinejs failed:\n${run.stderr}`);
  data = JSON.parse(await readFile(path.join(site, 'timeline.json'), 'utf8'));
  await cp(timelinejs, path.join(site, 'timelinejs'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), TIMELINEJS_PAGE);
  server = await serveDir(site);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the export is TimelineJS JSON with a title and events', () => {
  assert.ok(data.title?.text?.headline, 'a title slide with the dataset name');
  assert.ok(Array.isArray(data.events) && data.events.length > 0);
  for (const e of data.events) {
    assert.ok(Number.isInteger(e.start_date.year), e.unique_id);
    assert.ok(e.text.headline, e.unique_id);
  }
});

test('TimelineJS 3.9 renders a slide and a marker per event, with every headline', async () => {
  const record = await browser.open(server.url);
  const { page } = record;
  // TimelineJS builds its slides and markers once the data is in; wait for the markers.
  await page
    .waitForFunction(
      (n) => document.querySelectorAll('.tl-timemarker').length >= n,
      data.events.length,
      { timeout: 30_000 },
    )
    .catch((error) => {
      throw new Error(`${error.message}\npage errors: ${record.pageErrors.join('\n')}`);
    });
  const markers = await page.locator('.tl-timemarker').count();
  assert.equal(markers, data.events.length, 'one time marker per event');
  const slides = await page.locator('.tl-slide').count();
  assert.equal(slides, data.events.length + 1, 'one slide per event, and the title slide');
  const headlines = await page.locator('.tl-slide .tl-headline').allTextContents();
  const unescape = (s) =>
    s.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  for (const e of data.events) {
    assert.ok(
      headlines.some((h) => h.trim() === unescape(e.text.headline)),
      `headline shown: ${e.text.headline}`,
    );
  }
  // A bound keeps its word: "by 31 August 2025" is what TimelineJS shows.
  const shown = await page.locator('.tl-slide .tl-headline-date').allTextContents();
  for (const e of data.events.filter((x) => x.display_date)) {
    assert.ok(shown.some((d) => d.includes(e.display_date)), `display date shown: ${e.display_date}`);
  }
  assert.deepEqual(record.pageErrors, [], 'no page errors');
  assert.deepEqual(record.consoleErrors, [], 'no console errors');
  const outside = record.requests.filter((u) => !u.startsWith(server.origin));
  assert.deepEqual(outside, [], 'everything is served from the same origin');
});
