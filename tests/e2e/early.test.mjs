// A reader on a slow phone taps a marker while the wasm is still on the wire (issue 13): the page
// answers from what the build rendered (web/boot.js, src/map/early_answers.rs), and when the wasm
// arrives the live widget ends where the reader is, with the panel where it was. The wasm is held
// back by the test's server until the test lets it through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { DIST, SCREENSHOTS, useSuite, waitForApp, assertNoErrors, hashMatching, afterHashWrite } from './lib/app.mjs';
import { ENGINE } from './lib/browser.mjs';
// pngjs, as playwright-core bundles it (the pinned version in package.json).
import { PNG } from 'playwright-core/lib/utilsBundle';
import { openHeld as openPage, assertNoShift } from './lib/held.mjs';

const suite = useSuite();

/** index.html with its wasm held back. */
const openHeld = (viewport) => openPage(suite, 'index.html', viewport);

/**
 * Whether two screenshots show the same picture. Byte for byte in Chromium and Firefox. WebKitGTK
 * rasterises the map's layer anew when the live widget replaces it, so edges come out with other
 * antialiasing; there two pictures are the same when no pixel differs with all of its eight
 * neighbours, which a line of edge pixels never does and anything that moved or changed does.
 * WebKitGTK also draws an overlay scrollbar over the viewport's right edge, shown or faded by the
 * browser as the page loads (not by the page): its band, the last `SCROLLBAR` px, is not compared.
 */
const SCROLLBAR = 12;
function samePicture(a, b) {
  if (a.equals(b)) return true;
  if (ENGINE !== 'webkit') return false;
  const [p, q] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (p.width !== q.width || p.height !== q.height) return false;
  const { width, height } = p;
  const differs = (x, y) => {
    const i = 4 * (y * width + x);
    return Math.max(...[0, 1, 2].map((c) => Math.abs(p.data[i + c] - q.data[i + c]))) > 32;
  };
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - SCROLLBAR; x++) {
      let all = true;
      for (let dy = -1; dy <= 1 && all; dy++) for (let dx = -1; dx <= 1 && all; dx++) all = differs(x + dx, y + dy);
      if (all) return false;
    }
  }
  return true;
}

/** The one rendered element with test id `id`. */
function shown(page, id) {
  return page.locator(`[data-testid="${id}"]:visible`);
}

function eventOf(placeId, n) {
  const events = suite.data.events.filter((e) => e.place?.id === placeId);
  assert.equal(events.length, n, `${placeId} has ${n} event(s) in the dataset`);
  return events;
}

for (const width of [375, 1280]) {
  test(`at ${width} px the page looks exactly as the live widget that takes it over`, async () => {
    // Pixel for pixel: layout shift sees boxes that move, not what is drawn inside them (a
    // brush's thumbs, a sign inside a button).
    const { record, release } = await openHeld({ width, height: 800 });
    const { page } = record;
    const widget = page.locator('#summitry');
    const before = await widget.screenshot();
    release();
    await waitForApp(record);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = await widget.screenshot();
    if (!samePicture(before, after)) {
      await writeFile(path.join(SCREENSHOTS, `takeover-${width}-page.png`), before);
      await writeFile(path.join(SCREENSHOTS, `takeover-${width}-live.png`), after);
    }
    assert.ok(samePicture(before, after), `the live widget draws another picture than the page: see target/screenshots/${ENGINE}/takeover-${width}-*.png`);
    await assertNoErrors(record);
  });
}

test('a marker tapped before the wasm shows its details, and the live widget keeps them in place', async (t) => {
  const [event] = eventOf('istanbul', 1);
  const { record, release } = await openHeld({ width: 1280, height: 800 });
  const { page } = record;
  const marker = shown(page, 'marker-istanbul');
  await marker.click();
  const details = page.getByTestId(`details-${event.id}`);
  await details.waitFor({ state: 'visible' });
  assert.equal(await details.getByRole('heading', { level: 2 }).innerText(), event.title);
  assert.equal(await marker.getAttribute('aria-pressed'), 'true');
  const before = await details.boundingBox();
  const text = await details.innerText();
  await page.waitForTimeout(600);

  release();
  await waitForApp(record);
  const live = page.locator(`[data-summitry-live] [data-testid="details-${event.id}"]`);
  await live.waitFor({ state: 'visible' });
  assert.equal(await live.innerText(), text, 'the live panel says the same');
  assert.deepEqual(await live.boundingBox(), before, 'and stands where the early one stood');
  assert.equal(await shown(page, 'marker-istanbul').getAttribute('aria-pressed'), 'true');
  assert.match(await hashMatching(page, new RegExp(`event=${event.id}`)), new RegExp(`event=${event.id}`));
  // Past the 500 ms after the reader's input that layout shift forgives.
  await page.waitForTimeout(600);
  await assertNoShift(t, page, 'no layout shift');
  // The live widget answers the next click.
  await page.locator('[data-summitry-live]').getByTestId('details-close').click();
  await page.getByTestId('details-panel').getByText(/choose|select/i).first().waitFor();
  await assertNoErrors(record);
});

test('"close" before the wasm puts the invitation back, and the live widget opens with nothing selected', async () => {
  const [event] = eventOf('istanbul', 1);
  const { record, release } = await openHeld({ width: 1280, height: 800 });
  const { page } = record;
  const panel = page.getByTestId('details-panel');
  const invitation = await panel.innerText();
  await shown(page, 'marker-istanbul').click();
  await page.getByTestId(`details-${event.id}`).waitFor({ state: 'visible' });
  await page.getByTestId('details-close').click();
  assert.equal(await panel.innerText(), invitation, 'the invitation is back');
  assert.equal(await page.locator('article.sm-details').count(), 0);
  assert.equal(await shown(page, 'marker-istanbul').getAttribute('aria-pressed'), 'false');

  release();
  await waitForApp(record);
  assert.equal(await page.locator('[data-summitry-live] [data-testid="details-panel"]').innerText(), invitation);
  assert.equal(await shown(page, 'marker-istanbul').getAttribute('aria-pressed'), 'false');
  await afterHashWrite(page);
  assert.doesNotMatch(await page.evaluate(() => location.hash), /event=/);
  await assertNoErrors(record);
});

test('on a phone, a place with several events lists them before the wasm, and the choice carries over', async (t) => {
  const events = eventOf('paris', 3);
  const { record, release } = await openHeld({ width: 375, height: 667 });
  const { page } = record;
  await shown(page, 'marker-paris').click();
  const choice = page.getByTestId('choice');
  await choice.waitFor({ state: 'visible' });
  for (const e of events) await choice.getByTestId(`choose-${e.id}`).waitFor({ state: 'visible' });
  await choice.getByTestId(`choose-${events[1].id}`).click();
  await page.getByTestId(`details-${events[1].id}`).waitFor({ state: 'visible' });
  await page.waitForTimeout(600);

  release();
  await waitForApp(record);
  await page.locator(`[data-summitry-live] [data-testid="details-${events[1].id}"]`).waitFor({ state: 'visible' });
  assert.match(await hashMatching(page, new RegExp(`event=${events[1].id}`)), new RegExp(`event=${events[1].id}`));
  await page.waitForTimeout(100);
  await assertNoShift(t, page, 'the take-over shifts nothing');
  await assertNoErrors(record);
});

test('a click the page cannot answer early waits for the wasm, in order, and stops early answers', async () => {
  const { record, release } = await openHeld({ width: 1280, height: 800 });
  const { page } = record;
  await shown(page, 'view-compare').click();
  await shown(page, 'marker-istanbul').click();
  assert.equal(await page.locator('article.sm-details').count(), 0, 'nothing answered out of order');
  assert.equal(await page.getByTestId('compare-view').count(), 0, 'the view waits for the widget');

  release();
  await waitForApp(record);
  await page.locator('[data-summitry-live]').getByTestId('compare-view').waitFor({ state: 'visible' });
  await assertNoErrors(record);
});

test('the script embed and the single file leave the early answers out', async () => {
  for (const file of ['summitry-embed.js', 'summitry.html']) {
    const text = await readFile(path.join(DIST, file), 'utf8');
    assert.ok(!text.includes('sm-early'), `${file} has no early answers`);
  }
  const index = await readFile(path.join(DIST, 'index.html'), 'utf8');
  assert.ok(index.indexOf('<template id="sm-early">') > index.indexOf('</noscript>'), 'the page has them after its view');
});
