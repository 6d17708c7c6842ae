// The reader's first screen, on a phone and a desktop (issue 11): the story before the form, every
// place named on the map, targets a finger can hit, no editor's placeholder shown, and axe-core
// clean in every view and state, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useSuite, waitForApp, assertNoErrors, axeReport, tabUntil, hashMatching } from './lib/app.mjs';

const suite = useSuite();

/** The boxes of the visible elements matching `selector`, with their text. */
function boxes(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent.trim(), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, id: el.dataset.testid };
      }),
  );
}

const overlap = (a, b) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

test('on a 375 x 667 phone the map comes first: its top is on the first screen and at least half of it shows', { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(suite.server.url, { width: 375, height: 667 });
  const { page } = record;
  await waitForApp(record);
  const map = await page.getByTestId('map').locator('.sm-map__stage').boundingBox();
  assert.ok(map.y >= 0 && map.y < 667, `the map's top edge (${map.y} px) is inside the first screen`);
  const visible = Math.min(667, map.y + map.height) - map.y;
  assert.ok(visible >= map.height / 2, `${visible} of ${map.height} px of the map show without scrolling`);
  // The filters wait behind one control that says how many are active.
  const toggle = page.getByTestId('filters-toggle');
  assert.equal(await toggle.isVisible(), true);
  assert.equal(await toggle.innerText(), 'Filters');
  assert.equal(await page.getByTestId('filter-topic').isVisible(), false);
  await assertNoErrors(record);
  await page.close();
});

test('the folded filters open by keyboard, say how many are active and keep the link', { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(`${suite.server.url}#kind=call`, { width: 375, height: 667 });
  const { page } = record;
  await waitForApp(record);
  const toggle = page.getByTestId('filters-toggle');
  assert.equal(await toggle.innerText(), 'Filters (1)');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await tabUntil(page, 'filters-toggle');
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const topic = page.getByTestId('filter-topic');
  await topic.waitFor({ state: 'visible' });
  const value = await topic.locator('option').nth(1).getAttribute('value');
  await topic.selectOption(value);
  await page.waitForFunction((v) => location.hash.includes(`topic=${v}`), value);
  assert.equal(await toggle.innerText(), 'Filters (2)');
  assert.match(await hashMatching(page, /kind=call/), /kind=call/);
  // Closing it again by keyboard hides the form, and the filters stay applied.
  await toggle.focus();
  await page.keyboard.press('Space');
  assert.equal(await topic.isVisible(), false);
  assert.equal(await toggle.innerText(), 'Filters (2)');
  await assertNoErrors(record);
  await page.close();
});

for (const width of [375, 1280]) {
  test(`at ${width} px every place with an event is labelled on the map, and no label overlaps a label or a marker`, { timeout: 120_000 }, async () => {
    const record = await suite.browser.open(suite.server.url, { width, height: 900 });
    const { page } = record;
    await waitForApp(record);
    const labels = await boxes(page, '.sm-label');
    const markers = await boxes(page, '.sm-marker');
    const places = [...new Set(suite.data.events.filter((e) => e.place).map((e) => e.place.name))];
    for (const name of places) {
      assert.ok(labels.some((l) => l.text.startsWith(name)), `${name} has a label (labels: ${labels.map((l) => l.text).join(', ')})`);
    }
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) assert.ok(!overlap(a, b), `labels ${a.text} and ${b.text} overlap`);
      for (const m of markers) assert.ok(!overlap(a, m), `label ${a.text} covers marker ${m.id}`);
    }
    // Every interactive target on the map is at least 24 x 24 CSS px (WCAG 2.2, 2.5.8).
    for (const m of markers) assert.ok(m.x1 - m.x0 >= 24 && m.y1 - m.y0 >= 24, `${m.id} is ${m.x1 - m.x0} x ${m.y1 - m.y0} px`);
    await assertNoErrors(record);
    await page.close();
  });
}

test('events at one place are reachable one by one at 375 px', { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(suite.server.url, { width: 375, height: 667 });
  const { page } = record;
  await waitForApp(record);
  const byPlace = new Map();
  for (const e of suite.data.events.filter((e) => e.place && e.kind !== 'call')) {
    byPlace.set(e.place.id, [...(byPlace.get(e.place.id) ?? []), e]);
  }
  const [place, events] = [...byPlace].find(([, es]) => es.length > 1);
  // One marker with a count stands for the place (alone, or grouped with a neighbour when they
  // cannot part at this width); it opens a choice of the events there, each reachable by itself.
  const shown = (await boxes(page, '.sm-marker')).map((m) => m.id);
  const id = shown.find((m) => m === `marker-${place}` || m === `marker-group-${place}`);
  assert.ok(id, `a marker for ${place} shows (shown: ${shown.join(', ')})`);
  await page.locator(`[data-testid="${id}"]:visible`).click();
  const choice = page.getByTestId('choice');
  await choice.waitFor({ state: 'visible' });
  for (const e of events) await choice.getByTestId(`choose-${e.id}`).waitFor({ state: 'visible' });
  await choice.getByTestId(`choose-${events[1].id}`).click();
  await page.getByTestId(`details-${events[1].id}`).waitFor({ state: 'visible' });
  await assertNoErrors(record);
  await page.close();
});

test('no bracketed editor\'s placeholder reaches the reader in any view', { timeout: 120_000 }, async () => {
  const placeholders = new Set(
    suite.data.sources
      .flatMap((src) => [src.outlet, src.title])
      .filter((v) => typeof v === 'string' && v.startsWith('[')),
  );
  assert.ok(placeholders.size > 0, 'the dataset has sources without an outlet or a headline');
  const record = await suite.browser.open(suite.server.url);
  const { page } = record;
  await waitForApp(record);
  for (const hash of ['#view=compare', '#view=list', `#event=${suite.data.statements.find((s) => s.event).event}`]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForTimeout(200);
    const text = await page.locator('#summitry').innerText();
    for (const p of placeholders) assert.ok(!text.includes(p), `${hash} shows "${p}"`);
    assert.doesNotMatch(text, /\[(Outlet|No headline)[^\]]*\]/);
  }
  await assertNoErrors(record);
  await page.close();
});

test('the featured comparison is compact at 1280 px and keeps every quote', { timeout: 120_000 }, async () => {
  const featured = suite.data.claims.find((c) => c.featured);
  const record = await suite.browser.open(`${suite.server.url}#view=compare&claim=${featured.id}`, { width: 1280, height: 800 });
  const { page } = record;
  await waitForApp(record);
  const claim = page.getByTestId(`claim-${featured.id}`);
  await claim.waitFor({ state: 'visible' });
  for (const id of featured.sides.flatMap((s) => s.statements)) {
    await claim.getByTestId(`statement-${id}`).waitFor({ state: 'visible' });
  }
  const height = (await claim.boundingBox()).height;
  // Recorded for the note (before: 2,889 px); about half is the goal.
  console.log(`featured comparison at 1280 px: ${Math.round(height)} px`);
  assert.ok(height <= 1600, `the featured comparison is ${height} px tall`);
  // One "On the map" link per event in each card, never one per quote.
  const links = await claim.locator('.sm-card__event a').evaluateAll((as) => as.map((a) => a.closest('article').dataset.testid));
  assert.equal(new Set(links).size, links.length);
  await assertNoErrors(record);
  await page.close();
});

// axe-core in every view and state the issue lists, light and dark, phone and desktop.
const STATES = [
  { name: 'map', hash: '' },
  { name: 'map with an event open', hash: 'event' },
  { name: 'map with the filters open', hash: '', filters: true },
  { name: 'comparison', hash: '#view=compare' },
  { name: 'comparison with the filters open', hash: '#view=compare', filters: true },
  { name: 'list', hash: '#view=list' },
];
for (const dark of [false, true]) {
  for (const width of [375, 1280]) {
    test(`axe-core finds nothing at ${width} px, ${dark ? 'dark' : 'light'}, in every view and state`, { timeout: 240_000 }, async () => {
      const event = suite.data.events.find((e) => e.place?.id === 'istanbul');
      const record = await suite.browser.open(`${suite.server.url}?dark=${dark}`, { width, height: 900 });
      const { page } = record;
      await waitForApp(record);
      const problems = [];
      for (const state of STATES) {
        const hash = state.hash === 'event' ? `#event=${event.id}` : state.hash || '#view=map';
        await page.evaluate((h) => { location.hash = h; }, hash);
        if (state.hash === 'event') await page.getByTestId(`details-${event.id}`).waitFor({ state: 'visible' });
        const toggle = page.getByTestId('filters-toggle');
        if (state.filters && (await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
        await page.waitForTimeout(150);
        const report = await axeReport(page);
        if (report) problems.push(`${state.name}:\n${report}`);
        if (state.filters && (await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
      }
      assert.equal(problems.join('\n'), '', 'axe-core violations');
      await assertNoErrors(record);
      await page.close();
    });
  }
}

for (const file of ['index.html', 'uk.html', 'fr.html']) {
  test(`${file}: every map target is at least 24 x 24 px with its spacing on 375 x 667 and 375 x 812 phones (axe target-size)`, { timeout: 120_000 }, async () => {
    for (const height of [667, 812]) {
      const record = await suite.browser.open(`${suite.server.url}${file}`, { width: 375, height });
      await waitForApp(record);
      assert.equal(await axeReport(record.page, ['target-size']), '', `at 375 x ${height}`);
      await assertNoErrors(record);
      await record.page.close();
    }
  });
}
