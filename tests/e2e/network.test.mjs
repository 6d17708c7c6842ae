// "Who met whom" (issue 32): the actors of the shown events as a network, its lines counted from
// the dataset, a pair's events on a click, the filters, the keyboard, the table, axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useSuite, waitForApp, assertNoErrors, axeReport, focusedTestId, tabUntil, hashMatching, screenshots } from './lib/app.mjs';

const suite = useSuite();

/** The dataset's events both actors took part in, in time order, split as the view counts them. */
function shared(a, b) {
  const both = suite.data.events
    .filter((e) => e.participants.some((p) => p.id === a) && e.participants.some((p) => p.id === b))
    .sort((x, y) => x.date.localeCompare(y.date));
  const held = both.filter((e) => e.status === 'held');
  return {
    all: both,
    met: held.filter((e) => e.kind !== 'call'),
    calls: held.filter((e) => e.kind === 'call'),
    planned: both.filter((e) => e.status !== 'held'),
  };
}

/** The line of `channel` between two actors, whichever end the drawing puts first. */
function line(page, a, b, channel) {
  return page.locator(`[data-testid="edge-${a}-${b}-${channel}"], [data-testid="edge-${b}-${a}-${channel}"]`);
}

async function open(width, hash = '', query = '') {
  const record = await suite.browser.open(`${suite.server.url}${query}#view=network${hash}`, { width, height: 900 });
  await waitForApp(record);
  await record.page.getByTestId('network-graph').waitFor({ state: 'visible' });
  return record;
}

/** The test ids of the nodes drawn. */
function nodeIds(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid^="node-"]')].map((n) => n.getAttribute('data-testid')));
}

test('the view shows Zelensky, Macron and Putin, and the Zelensky–Macron lines count their meetings and calls', async () => {
  const record = await open(1280);
  const { page } = record;
  for (const who of ['zelensky', 'macron', 'putin']) {
    const name = suite.data.actors.find((a) => a.id === who).name;
    const node = page.getByTestId(`node-${who}`);
    assert.match(await node.getAttribute('aria-label'), new RegExp(`^${name}`), `${who} is a node named ${name}`);
  }
  const { met, calls, planned } = shared('zelensky', 'macron');
  assert.ok(met.length > 0 && calls.length > 0, 'the dataset has both meetings and calls of the two');
  const inPerson = await line(page, 'zelensky', 'macron', 'met').getAttribute('aria-label');
  assert.match(inPerson, new RegExp(`: ${met.length} meetings in person$`));
  const byPhone = await line(page, 'zelensky', 'macron', 'call').getAttribute('aria-label');
  assert.match(byPhone, new RegExp(`: ${calls.length} calls$`));
  if (planned.length) {
    assert.match(await line(page, 'zelensky', 'macron', 'planned').getAttribute('aria-label'), new RegExp(`: ${planned.length} proposed or scheduled$`));
  }
  // Zelensky and Putin never met: their one line is the proposed meeting, dashed.
  const zp = shared('zelensky', 'putin');
  assert.equal(zp.met.length + zp.calls.length, 0);
  assert.equal(await line(page, 'zelensky', 'putin', 'met').count(), 0, 'no meeting line between Zelensky and Putin');
  assert.equal(await line(page, 'zelensky', 'putin', 'planned').count(), 1, 'a proposed one');
  await assertNoErrors(record);
  await page.close();
});

test('a click on the Zelensky–Macron line lists exactly their events, and the link keeps the pair', async () => {
  const record = await open(1280);
  const { page } = record;
  await line(page, 'zelensky', 'macron', 'met').click();
  const panel = page.getByTestId('pair-details');
  await panel.waitFor({ state: 'visible' });
  const listed = await panel.locator('[data-testid^="net-event-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  assert.deepEqual(listed, shared('zelensky', 'macron').all.map((e) => `net-event-${e.id}`));
  assert.match(await hashMatching(page, /who=/), /view=network&who=(zelensky,macron|macron,zelensky)/);
  // An event's link opens it on the map.
  const first = shared('zelensky', 'macron').all[0];
  await panel.getByTestId(`net-event-${first.id}`).getByRole('button').click();
  await page.getByTestId(`details-${first.id}`).waitFor({ state: 'visible' });
  await assertNoErrors(record);
  await page.close();
});

test('a filter narrows the nodes, and "only those who met" does it in one step', async () => {
  const record = await open(1280);
  const { page } = record;
  await page.getByTestId('filter-actor').selectOption('von-der-leyen');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid^="node-"]').length === 2);
  assert.deepEqual((await nodeIds(page)).sort(), ['node-von-der-leyen', 'node-zelensky']);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByTestId('node-macron').click();
  await page.getByTestId('only-met').click();
  const withMacron = suite.data.events.filter((e) => e.participants.some((p) => p.id === 'macron'));
  const expected = [...new Set(withMacron.flatMap((e) => e.participants.map((p) => `node-${p.id}`)))].sort();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="node-"]').length === n, expected.length);
  assert.deepEqual((await nodeIds(page)).sort(), expected);
  assert.match(await hashMatching(page, /actor=macron/), /actor=macron/);
  await assertNoErrors(record);
  await page.close();
});

test('keyboard alone reaches every node in order, the arrows follow its lines, Enter shows them', async () => {
  const record = await open(1280);
  const { page } = record;
  const all = await nodeIds(page);
  assert.ok(all.length >= 3);
  const first = await tabUntil(page, /^node-/);
  const reached = [first];
  for (let i = 1; i < all.length; i++) {
    await page.keyboard.press('Tab');
    reached.push(await focusedTestId(page));
  }
  assert.deepEqual(reached, all, 'Tab goes through every node, in the drawing order');
  await page.getByTestId('node-zelensky').focus();
  await page.keyboard.press('ArrowRight');
  const edge = await focusedTestId(page);
  assert.match(edge, /^edge-.*zelensky/, 'the arrow moves to one of his lines');
  await page.keyboard.press('Enter');
  await page.getByTestId('pair-details').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  assert.equal(await focusedTestId(page), 'node-zelensky', 'Escape goes back to the node');
  await page.keyboard.press('Enter');
  await page.getByTestId('actor-zelensky').waitFor({ state: 'visible' });
  await assertNoErrors(record);
  await page.close();
});

test('the table says what the drawing shows: every pair, how often, when last', async () => {
  const record = await open(1280);
  const { page } = record;
  await page.getByText('Who met whom, as a table').click();
  const rows = await page.locator('tr[data-ends]').evaluateAll((trs) =>
    trs.map((tr) => ({ ends: tr.getAttribute('data-ends'), cells: [...tr.children].map((c) => c.textContent.trim()) })),
  );
  const pairs = new Set(await page.locator('[data-edge][data-ends]').evaluateAll((es) => es.map((e) => e.getAttribute('data-ends'))));
  assert.equal(rows.length, pairs.size, 'a row per pair with a line');
  for (const row of rows) {
    assert.ok(pairs.has(row.ends), `${row.ends} has a line`);
    const [a, b] = row.ends.split(' ');
    const s = shared(a, b);
    assert.deepEqual(row.cells.slice(2, 5), [s.met.length, s.calls.length, s.planned.length].map(String), `${row.ends}: its counts`);
    for (const [n, channel] of [[s.met.length, 'met'], [s.calls.length, 'call'], [s.planned.length, 'planned']]) {
      assert.equal(await line(page, a, b, channel).count(), n > 0 ? 1 : 0, `${row.ends}: a ${channel} line only when they have one`);
    }
    const last = [...s.met, ...s.calls].map((e) => e.date_end ?? e.date).sort().at(-1);
    const time = page.locator(`tr[data-ends="${row.ends}"] time`);
    assert.equal((await time.count()) ? await time.getAttribute('datetime') : null, last ?? null, `${row.ends}: when last`);
  }
  await assertNoErrors(record);
  await page.close();
});

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing in the network view at 375 and 1280 px, ${theme}, with a person selected`, async () => {
    const record = await open(375, '&who=zelensky', `?dark=${theme === 'dark'}`);
    const { page } = record;
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId('actor-zelensky').waitFor({ state: 'visible' });
      await page.getByText('Who met whom, as a table').click();
      assert.equal(await axeReport(page), '', `axe at ${width} px`);
      assert.equal(await axeReport(page, ['target-size']), '', `target sizes at ${width} px`);
      await page.getByText('Who met whom, as a table').click();
    }
    if (theme === 'light') await screenshots(page, 'network');
    await assertNoErrors(record);
    await page.close();
  });
}
