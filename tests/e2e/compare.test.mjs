// Claims versus statements, as a reader uses them (issue: side-by-side and readout comparison).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useSuite, waitForApp, assertNoErrors, axeReport, screenshots, tabUntil } from './lib/app.mjs';

const suite = useSuite();

test('by keyboard: open the featured comparison, reach the Kremlin card, follow it to the map', { timeout: 120_000 }, async () => {
  const featured = suite.data.claims.find((c) => c.featured);
  const cart = suite.data.statements.find((s) => s.quote.includes('cart before the horse'));
  assert.ok(featured.sides.some((s) => s.statements.includes(cart.id)), 'the Kremlin remark is in the featured comparison');
  const record = await suite.browser.open(suite.server.url);
  const { page } = record;
  await waitForApp(record);
  await tabUntil(page, 'view-compare');
  await page.keyboard.press('Enter');
  const claim = page.getByTestId(`claim-${featured.id}`);
  await claim.waitFor({ state: 'visible' });
  for (const side of featured.sides) await claim.getByTestId(`side-${side.side}`).waitFor({ state: 'visible' });
  // The Kremlin's reply lines up after Ukraine's proposal.
  const proposal = suite.data.statements.find((s) => s.id === featured.sides[0].statements[0]);
  const yOf = async (id) => (await claim.getByTestId(`statement-${id}`).boundingBox()).y;
  assert.ok((await yOf(cart.id)) > (await yOf(proposal.id)), 'the reply sits below the proposal');
  // Consecutive quotes of one speaker about one event share a card; its one link leads to the map.
  const cardId = await claim.getByTestId(`statement-${cart.id}`).evaluate((el) => el.closest('article').dataset.testid);
  await tabUntil(page, cardId);
  const card = await page.getByTestId(cardId).innerText();
  assert.ok(card.includes(cart.quote));
  // The source line reads as words, never the dataset's bracketed editor's note.
  if (cart.source.outlet.startsWith('[')) assert.match(card, /outlet not named/);
  else assert.ok(card.includes(cart.source.outlet));
  assert.doesNotMatch(card, /\[[^\]]*not named[^\]]*\]|\[No headline/);
  await page.keyboard.press('Enter');
  await page.getByTestId(`details-${cart.event}`).waitFor({ state: 'visible' });
  assert.equal(await page.getByTestId('view-map').getAttribute('aria-pressed'), 'true');
  await assertNoErrors(record);
  await page.close();
});

test('the Brussels readouts of 23 October 2025 show topics only one side raised', { timeout: 120_000 }, async () => {
  const readout = suite.data.claims.find((c) => c.kind === 'readout' && c.event.startsWith('brussels-2025-10-23'));
  const record = await suite.browser.open(`${suite.server.url}#view=compare&claim=${readout.id}`);
  const { page } = record;
  await waitForApp(record);
  const callouts = await page.getByTestId('readout-callouts').innerText();
  for (const side of readout.sides) assert.match(callouts, new RegExp(`Only ${side.label} raised`));
  // Each callout is true to the data: a topic called out for one side is absent from the other's.
  const topicsOf = (side) => new Set(side.statements.flatMap((id) => suite.data.statements.find((s) => s.id === id).topics));
  const [a, b] = readout.sides.map(topicsOf);
  const onlyA = [...a].filter((t) => !b.has(t));
  assert.ok(onlyA.length > 0);
  for (const t of onlyA) {
    const row = await page.getByTestId(`matrix-row-${t}`).innerText();
    assert.match(row, /one side only/);
  }
  assert.equal(await axeReport(page), '', 'axe-core violations in the readout view');
  await assertNoErrors(record);
  await page.close();
});

test('the comparison view passes axe-core and has screenshots at 375 and 1280 px', { timeout: 180_000 }, async () => {
  const record = await suite.browser.open(`${suite.server.url}#view=compare`);
  const { page } = record;
  await waitForApp(record);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    assert.equal(await axeReport(page), '', `axe-core violations at ${width} px`);
  }
  await screenshots(page, 'compare');
  await assertNoErrors(record);
  await page.close();
});
