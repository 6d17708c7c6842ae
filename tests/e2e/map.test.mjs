// The meeting map and its timeline, as a reader uses them (issue: map with a linked timeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useSuite, waitForApp, assertNoErrors, assertOnlyOrigin, axeReport, screenshots, tabUntil, focusedTestId, hashMatching } from './lib/app.mjs';

const suite = useSuite();

test('by keyboard alone a reader reaches Istanbul and reads the prisoner exchange and delegations', { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(suite.server.url);
  const { page } = record;
  await waitForApp(record);
  await tabUntil(page, 'marker-istanbul');
  await page.keyboard.press('Enter');
  const istanbul = suite.data.events.find((e) => e.place?.id === 'istanbul');
  const panel = page.getByTestId(`details-${istanbul.id}`);
  await panel.waitFor({ state: 'visible' });
  const text = await panel.innerText();
  assert.match(text, /prisoner exchange/i);
  assert.match(text, /1,200 people from each side/);
  for (const p of istanbul.participants) assert.ok(text.includes(p.name), `panel names ${p.name}`);
  assert.match(await hashMatching(page, new RegExp(`event=${istanbul.id}`)), new RegExp(`event=${istanbul.id}`));
  // Space works as well as Enter, and the timeline's arrows step to the next event in time.
  await tabUntil(page, new RegExp(`^mark-${istanbul.id}$`));
  await page.keyboard.press('ArrowRight');
  const later = suite.data.events.filter((e) => e.date >= istanbul.date && e.id !== istanbul.id).sort((a, b) => a.date.localeCompare(b.date))[0];
  await page.getByTestId(`details-${later.id}`).waitFor({ state: 'visible' });
  // Focus moves in the frame after the selection (src/timeline/timeline_strip.rs).
  const mark = `mark-${later.id}`;
  await page.waitForFunction((id) => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') === id, mark, { timeout: 5_000 }).catch(() => {});
  assert.equal(await focusedTestId(page), mark, 'focus follows the selection');
  await assertNoErrors(record);
  await assertOnlyOrigin(record, suite.server.origin);
  await page.close();
});

test('the map zooms and pans by keyboard and buttons, and the zoom is in the link', { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(suite.server.url);
  const { page } = record;
  await waitForApp(record);
  const viewBox = () => page.locator('.sm-map__svg').getAttribute('viewBox');
  const whole = await viewBox();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await viewBox();
  assert.notEqual(zoomed, whole);
  await page.getByRole('button', { name: 'Pan east' }).click();
  assert.notEqual(await viewBox(), zoomed);
  assert.match(await hashMatching(page, /zoom=2,/), /zoom=2,/);
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  assert.equal(await viewBox(), whole);
  await page.getByTestId('map').locator('.sm-map__stage').focus();
  await page.keyboard.press('+');
  assert.notEqual(await viewBox(), whole);
  await assertNoErrors(record);
  await page.close();
});

test('a deep link opens the event it names; a bad link opens the map cleanly', { timeout: 120_000 }, async () => {
  const brussels = suite.data.events.find((e) => e.place?.id === 'brussels' && e.kind === 'meeting');
  let record = await suite.browser.open(`${suite.server.url}#event=${brussels.id}&zoom=2,300,300`);
  await waitForApp(record);
  await record.page.getByTestId(`details-${brussels.id}`).waitFor({ state: 'visible' });
  assert.match(await record.page.locator('.sm-map__svg').getAttribute('viewBox'), /^50\.0 110\.0 500\.0 380\.0$/);
  await assertNoErrors(record);
  await record.page.close();

  record = await suite.browser.open(`${suite.server.url}#event=%3Cscript%3E&zoom=NaN&view=nope&from=2025-02-30`);
  await waitForApp(record);
  await record.page.getByTestId('map').waitFor({ state: 'visible' });
  await assertNoErrors(record);
  await record.page.close();
});

test('the list view has one row per filtered event, and is accessible', { timeout: 180_000 }, async () => {
  const record = await suite.browser.open(`${suite.server.url}#view=list&kind=call`);
  const { page } = record;
  await waitForApp(record);
  const calls = suite.data.events.filter((e) => e.kind === 'call');
  assert.ok(calls.length > 0);
  await page.getByTestId('events-table').waitFor({ state: 'visible' });
  assert.equal(await page.getByTestId('list-row').count(), calls.length);
  // Clearing the filter in the map view brings every event back to the list.
  await page.getByTestId('view-map').click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByTestId('view-list').click();
  assert.equal(await page.getByTestId('list-row').count(), suite.data.events.length);
  assert.equal(await axeReport(page), '', 'axe-core violations in the list view');
  await screenshots(page, 'list');
  await assertNoErrors(record);
  await page.close();
});

test('the map view passes axe-core with an event open, at 375 and 1280 px', { timeout: 180_000 }, async () => {
  const istanbul = suite.data.events.find((e) => e.place?.id === 'istanbul');
  const record = await suite.browser.open(`${suite.server.url}#event=${istanbul.id}`);
  const { page } = record;
  await waitForApp(record);
  await page.getByTestId(`details-${istanbul.id}`).waitFor({ state: 'visible' });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    assert.equal(await axeReport(page), '', `axe-core violations at ${width} px`);
  }
  await screenshots(page, 'map');
  await assertNoErrors(record);
  await page.close();
});

test('the pressed view tab leaves the view shown as it is, with no change to its page', { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(suite.server.url);
  const { page } = record;
  await waitForApp(record);
  await page.getByTestId('map-view').waitFor({ state: 'visible' });
  // Every change to the map view's page: a view built again sets its attributes anew.
  await page.evaluate(() => {
    window.__changes = [];
    new MutationObserver((list) => window.__changes.push(...list.map((m) => `${m.type} ${m.attributeName ?? ''} ${m.target.getAttribute?.('data-testid') ?? m.target.nodeName}`))).observe(
      document.querySelector('[data-testid="map-view"]'),
      { subtree: true, childList: true, attributes: true },
    );
  });
  // Once the map has settled (its width measured, its buttons drawn at it): 500 ms unchanged.
  await page.waitForFunction(
    () => {
      const n = window.__changes.length;
      if (window.__seen !== n) [window.__seen, window.__since] = [n, performance.now()];
      return performance.now() - window.__since > 500;
    },
    null,
    { timeout: 15_000, polling: 100 },
  );
  await page.evaluate(() => (window.__changes = []));
  await page.getByTestId('view-map').click();
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId('view-map').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await page.evaluate(() => window.__changes.slice(0, 10)), [], 'tapping the pressed tab changed the map view');
  await assertNoErrors(record);
  await page.close();
});

test('a view opened again is the one left, kept hidden meanwhile and holding still while filters change elsewhere', { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(suite.server.url);
  const { page } = record;
  await waitForApp(record);
  await page.getByTestId('map-view').waitFor({ state: 'visible' });
  const map = '[data-summitry-live] [data-testid="map-view"]';
  const count = (view) => page.getByTestId(view).getByTestId('filtered-count').innerText();
  const all = await count('map-view');
  await page.evaluate((sel) => (window.__map = document.querySelector(sel)), map);

  await page.getByTestId('view-network').click();
  await page.getByTestId('network-view').waitFor({ state: 'visible' });
  // The map stays in the page, out of sight and out of reach: no box on screen, no button in the
  // accessibility tree, no focus.
  assert.equal(await page.evaluate(() => window.__map.isConnected), true, 'the map left the page');
  assert.equal(await page.getByTestId('map-view').isVisible(), false, 'the hidden map is visible');
  assert.equal(await page.getByRole('checkbox', { name: 'Calls' }).count(), 1, 'the hidden map\'s filters are in the accessibility tree');
  assert.equal(
    await page.evaluate(() => {
      const button = window.__map.querySelector('.sm-marker');
      button.focus();
      return document.activeElement === button;
    }),
    false,
    'a button of the hidden map takes focus',
  );
  // A filter changed in the network: the hidden map's events hold still until it opens.
  await page.evaluate(() => {
    window.__mapChanges = 0;
    new MutationObserver((list) => (window.__mapChanges += list.length)).observe(window.__map.querySelector('.sm-map__markers'), { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole('checkbox', { name: 'Calls' }).click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="network-view"] [data-testid="filtered-count"]').textContent !== n, all, { timeout: 10_000 });
  const calls = await count('network-view');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__mapChanges), 0, 'the hidden map followed the filter');

  await page.getByTestId('view-map').click();
  await page.getByTestId('map-view').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate((sel) => document.querySelector(sel) === window.__map, map), true, 'the map was built again');
  await page.waitForFunction((n) => document.querySelector('[data-testid="map-view"] [data-testid="filtered-count"]').textContent === n, calls, { timeout: 10_000 });
  assert.ok(await page.evaluate(() => window.__mapChanges) > 0, 'the map opened again without the filter');
  // Every view opened stays, once, and only the open one is shown.
  for (const v of ['list', 'compare', 'map']) {
    await page.getByTestId(`view-${v}`).click();
    await page.getByTestId(`${v}-view`).waitFor({ state: 'visible' });
  }
  for (const v of ['map', 'compare', 'network', 'list']) {
    assert.equal(await page.getByTestId(`${v}-view`).count(), 1, `${v}: not kept once`);
    assert.equal(await page.getByTestId(`${v}-view`).isVisible(), v === 'map', `${v}: shown or hidden wrongly`);
  }
  assert.equal(await page.evaluate((sel) => document.querySelector(sel) === window.__map, map), true, 'the map was built again');
  await assertNoErrors(record);
  await page.close();
});

test('the live map takes over at the width class of the map the page drew, drawing its buttons once', { timeout: 120_000 }, async () => {
  // What the live widget drew when it took over (`sm:interactive`): buttons and labels drawn for
  // every width class carry `sm-w` (the stylesheet then shows one class's), those drawn for the
  // map's own class do not.
  const init = () => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      if (name === 'sm:interactive') {
        const live = document.querySelector('[data-summitry-live]');
        window.__takeOver = live ? { drawn: live.querySelectorAll('.sm-marker').length, everyClass: live.querySelectorAll('.sm-w').length } : null;
      }
      return mark(name, ...rest);
    };
  };
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
    const record = await suite.browser.open(suite.server.url, viewport, { init });
    const { page } = record;
    await waitForApp(record);
    const taken = await page.evaluate(() => window.__takeOver);
    assert.ok(taken?.drawn > 0, `no live map buttons at the take-over (${viewport.width} px)`);
    assert.equal(taken.everyClass, 0, `at ${viewport.width} px the live map first drew every width class`);
    await assertNoErrors(record);
    await page.close();
  }
});

test("the list's comparisons, laid out only as they near the screen, are all there and readable once scrolled to, at 375 px", { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(`${suite.server.url}#view=list`, { width: 375, height: 667 });
  const { page } = record;
  await waitForApp(record);
  await page.getByTestId('events-table').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.querySelectorAll('.sm-list__claim').length), suite.data.claims.length);
  // The last comparison is the farthest below the first screen. Scrolled to, it shows every
  // statement it quotes, verbatim, each within the comparison's box (a section laid out only
  // near the screen clips what overflows it).
  const last = suite.data.claims.at(-1);
  const quotes = last.sides
    .flatMap((side) => side.statements)
    .map((id) => suite.data.statements.find((s) => s.id === id).quote.replace(/\s+/g, ' ').trim());
  assert.ok(quotes.length > 0);
  await page.evaluate(() => [...document.querySelectorAll('.sm-list__claim')].at(-1).scrollIntoView({ block: 'start' }));
  await page.waitForFunction((quotes) => {
    const section = [...document.querySelectorAll('.sm-list__claim')].at(-1);
    const box = section.getBoundingClientRect();
    const text = section.innerText.replace(/\s+/g, ' ');
    const inside = [...section.querySelectorAll('li')].every((li) => {
      const r = li.getBoundingClientRect();
      return r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    });
    return inside && quotes.every((q) => text.includes(q));
  }, quotes, { timeout: 10_000 });
  await assertNoErrors(record);
  await page.close();
});

test('a kind ticked on and off again hides the buttons it leaves out and shows the same ones back, none built again', { timeout: 120_000 }, async () => {
  const record = await suite.browser.open(suite.server.url);
  const { page } = record;
  await waitForApp(record);
  await page.getByTestId('map-view').waitFor({ state: 'visible' });
  const buttons = '[data-summitry-live] .sm-map__markers .sm-marker';
  // The map's buttons a reader can see (those with a box), by test id, and how many button
  // elements there are.
  const shown = () =>
    page.evaluate((sel) => {
      const all = [...document.querySelectorAll(sel)];
      const seen = all.filter((b) => b.getClientRects().length > 0).map((b) => b.dataset.testid);
      return { seen: seen.sort(), elements: all.length };
    }, buttons);
  const before = await shown();
  const place = before.seen.find((id) => id.startsWith('marker-'));
  assert.ok(place, `no place marker shown: ${before.seen}`);
  const placeName = await page.getByTestId(place).getAttribute('aria-label');

  const calls = page.getByRole('checkbox', { name: 'Calls' });
  await calls.click();
  // Only calls: every place's marker is hidden, out of reach of pointer, keyboard and screen reader.
  await page.waitForFunction((sel) => ![...document.querySelectorAll(sel)].some((b) => b.dataset.testid.startsWith('marker-') && b.getClientRects().length > 0), buttons, {
    timeout: 10_000,
  });
  const onlyCalls = await shown();
  assert.ok(onlyCalls.seen.length > 0 && onlyCalls.seen.every((id) => id.startsWith('call-')), `calls only: ${onlyCalls.seen}`);
  assert.equal(await page.getByRole('button', { name: placeName, exact: true }).count(), 0, `the hidden ${place} is still in the accessibility tree`);

  await page.evaluate(() => {
    window.__built = 0;
    new MutationObserver((list) => {
      for (const m of list) for (const n of m.addedNodes) if (n.nodeType === 1 && (n.matches('.sm-marker') || n.querySelector('.sm-marker'))) window.__built += 1;
    }).observe(document.querySelector('[data-summitry-live] .sm-map__markers'), { subtree: true, childList: true });
  });
  await calls.click();
  await page.waitForFunction(({ sel, n }) => [...document.querySelectorAll(sel)].filter((b) => b.getClientRects().length > 0).length === n, { sel: buttons, n: before.seen.length }, { timeout: 10_000 });
  const after = await shown();
  assert.deepEqual(after.seen, before.seen, 'the map shows other buttons than before the kind was ticked');
  assert.equal(await page.evaluate(() => window.__built), 0, 'buttons were built again instead of shown');
  assert.equal(after.elements, onlyCalls.elements, 'unticking the kind added or removed button elements');
  await assertNoErrors(record);
  await page.close();
});
