// A newsroom publishes the story in its readers' language (issue 29): one page per language
// (index.html in English, uk.html, fr.html), whose first paint, before the wasm arrives, is
// already in that language, headed by the story's own headline; the live widget takes it over
// without a word changing language. Quotes stay as published, with the editors' translation
// beside them, labelled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { DIST, useSuite, waitForApp, assertNoErrors, axeReport } from './lib/app.mjs';
import { openHeld, assertNoShift } from './lib/held.mjs';
import { serveDir } from './lib/server.mjs';

const suite = useSuite();
/** The open data as the build wrote it: the English dataset, and every language's texts. */
const data = JSON.parse(readFileSync(path.join(DIST, 'data', 'summitry.json'), 'utf8'));
const PAGES = { en: 'index.html', uk: 'uk.html', fr: 'fr.html' };

/** A text of the dataset in `lang` (`key` as the translation files name it). */
function text(lang, key, english) {
  return lang === 'en' ? english : data.translations[lang][key];
}

const cart = data.statements.find((s) => s.quote.includes('put the cart before the horse a little bit'));

/** What the reader reads: the header, the view switcher and the open view. */
async function reading(page) {
  const part = (selector) => page.locator(`#summitry ${selector}`).first().innerText();
  return { header: await part('.sm-header'), nav: await part('.sm-nav'), main: await part('.sm-main') };
}

/** Every English text of the dataset a translated page must not show in its place. */
function englishTexts() {
  return [
    data.name,
    data.description,
    ...data.events.flatMap((e) => [e.title, e.summary]),
    ...data.actors.map((a) => a.name).filter((n) => !/^[A-Z]+$/.test(n)),
    ...data.claims.map((c) => c.title),
  ];
}

let english = null;

for (const lang of ['en', 'uk', 'fr']) {
  test(`${lang}: the first paint is the story in ${lang}, under its headline, and the take-over changes no word`, async (t) => {
    const { record, release } = await openHeld(suite, PAGES[lang], { width: 375, height: 812 });
    const { page } = record;
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.locator('#summitry .sm-app').getAttribute('lang'), lang);
    const headline = text(lang, 'dataset.name', data.name);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), headline, 'the h1 is the story headline');
    const before = await reading(page);
    if (lang === 'en') english = before;
    else {
      assert.ok(english, 'the English page was read first');
      assert.notEqual(before.nav, english.nav, 'the view switcher speaks the page language');
      const shown = `${before.header}\n${before.main}`;
      for (const words of englishTexts()) {
        assert.ok(!shown.includes(words), `"${words}" is shown in English on the ${lang} page`);
      }
    }
    assert.match(before.header, new RegExp(text(lang, 'dataset.credit', data.credit).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.ok(await page.getByTestId('updated').isVisible(), 'the date of the last update is shown');
    const credit = page.locator('#summitry .sm-footer__credit');
    assert.match(await credit.innerText(), /Summitry/, 'the tool is credited in the footer');

    release();
    await waitForApp(record);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await reading(page), before, 'the live widget reads the same');
    assert.equal(await page.locator('[data-summitry-live] .sm-app').getAttribute('lang'), lang);
    await assertNoShift(t, page, 'no layout shift');
    await assertNoErrors(record);
  });

  test(`${lang}: the cart remark is shown verbatim, in English${lang === 'en' ? '' : ', with the editors\u2019 translation beside it'}`, async () => {
    const record = await suite.browser.open(`${suite.server.url}${PAGES[lang]}#view=compare`, { width: 1280, height: 900 });
    await waitForApp(record);
    const { page } = record;
    const item = page.getByTestId(`statement-${cart.id}`).first();
    await item.waitFor({ state: 'visible' });
    const quote = item.locator('.sm-card__quote').first();
    assert.equal(await quote.getAttribute('lang'), 'en');
    assert.match(await quote.innerText(), /put the cart before the horse a little bit/);
    const translation = item.getByTestId(`translation-${cart.id}`);
    if (lang === 'en') {
      assert.equal(await translation.count(), 0, 'no translation of an English quote for English readers');
    } else {
      const said = data.translations[lang][`statement.${cart.id}.translation`];
      assert.ok(said, `the ${lang} translation exists`);
      const shown = await translation.innerText();
      assert.ok(shown.includes(said), `the translation is beside the quote: ${shown}`);
      assert.equal(await translation.locator(`[lang="${lang}"]`).innerText(), said);
      assert.notEqual(shown.replace(said, '').trim(), '', 'and labelled as the editors\u2019');
    }
    await assertNoErrors(record);
  });
}

for (const lang of ['uk', 'fr']) {
  for (const theme of ['light', 'dark']) {
    test(`${lang}: axe finds nothing in any view, at 375 and 1280 px, ${theme}`, async () => {
      const query = theme === 'dark' ? '?dark=true' : '?dark=false';
      const record = await suite.browser.open(`${suite.server.url}${PAGES[lang]}${query}`, { width: 375, height: 812 });
      await waitForApp(record);
      const { page } = record;
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const view of ['map', 'compare', 'network', 'list']) {
          await page.locator(`[data-testid="view-${view}"]:visible`).click();
          await page.getByTestId(`${view}-view`).first().waitFor({ state: 'visible' });
          assert.equal(await axeReport(page), '', `axe in the ${view} view at ${width} px`);
        }
      }
      await assertNoErrors(record);
    });
  }
}

test('uk: a search finds an event by its Ukrainian words and by the English ones', async () => {
  const record = await suite.browser.open(`${suite.server.url}${PAGES.uk}`, { width: 1280, height: 900 });
  await waitForApp(record);
  const { page } = record;
  const istanbul = data.events.find((e) => e.place?.id === 'istanbul');
  const search = page.getByTestId("filter-search");
  const shown = () => page.locator('[data-testid="filtered-count"]').innerText();
  const all = await shown();
  for (const words of [text('uk', 'place.istanbul.name'), 'Istanbul']) {
    await search.fill(words);
    await page.waitForFunction((before) => document.querySelector('[data-testid="filtered-count"]')?.innerText !== before, all);
    const found = await shown();
    const n = Number(found.match(/\d+/)[0]);
    assert.ok(n >= 1 && n < data.events.length, `"${words}" finds the Istanbul events (${istanbul.id} among them), not all: ${found}`);
    await search.fill('');
    await page.waitForFunction((before) => document.querySelector('[data-testid="filtered-count"]')?.innerText === before, all);
  }
  await assertNoErrors(record);
});

// The dataset's one public correction (the ceasefire comparison's Ukrainian side, corrected on
// 23 November 2026), on its item and in the footer, in each language.
const corrected = data.claims.find((c) => c.corrections.length > 0);

for (const lang of ['en', 'uk', 'fr']) {
  test(`${lang}: a correction shows on its comparison and in the footer, in ${lang}`, async () => {
    assert.ok(corrected, 'the dataset records a correction');
    const [{ date, text: english }] = corrected.corrections;
    const said = text(lang, `claim.${corrected.id}.correction.${date}`, english);
    assert.ok(said, `the correction is in ${lang}`);
    const record = await suite.browser.open(`${suite.server.url}${PAGES[lang]}#view=compare&claim=${corrected.id}`, { width: 375, height: 812 });
    await waitForApp(record);
    const { page } = record;
    const onItem = page.getByTestId(`claim-${corrected.id}`).getByTestId(`corrected-${corrected.id}`);
    await onItem.waitFor({ state: 'visible' });
    assert.ok((await onItem.innerText()).includes(said), 'on the comparison');
    assert.equal(await onItem.locator('time').getAttribute('datetime'), date);
    const footer = page.getByTestId('corrections');
    assert.ok((await footer.innerText()).includes(said), 'in the footer');
    const link = footer.locator(`a[href="#view=compare&claim=${corrected.id}"]`);
    assert.equal(await link.innerText(), text(lang, `claim.${corrected.id}.title`, corrected.title), 'naming what was corrected');
    await assertNoErrors(record);
  });
}

// Each language's script embed and single file: the still view at once in that language, and
// the live widget in it too.
for (const lang of ['uk', 'fr']) {
  test(`${lang}: the script embed ${lang === 'uk' ? 'summitry-embed.uk.js' : 'summitry-embed.fr.js'} shows its language's view at once and stays in it`, async () => {
    const headline = text(lang, 'dataset.name');
    const host = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>News</title></head><body>
<h1>A news article</h1><div id="w" data-summitry></div>
<script src="summitry-embed.${lang}.js" defer></script></body></html>`;
    const server = await serveDir(DIST, { routes: (rel) => (rel === 'host.html' ? { body: host, type: 'text/html; charset=utf-8' } : null) });
    suite.after.push(() => server.close());
    const record = await suite.browser.open(`${server.url}host.html`, { width: 375, height: 812 });
    const { page } = record;
    // Inside the element's shadow root: a locator chained from the host element enters it.
    const w = page.locator('#w');
    const widget = w.locator('.sm-app').first();
    await widget.waitFor({ state: 'attached' });
    assert.equal(await widget.getAttribute('lang'), lang);
    assert.equal(await w.locator('.sm-header__title').first().innerText(), headline);
    const live = w.locator('[data-summitry-live]');
    await live.getByTestId('app-header').waitFor({ state: 'visible', timeout: 60_000 });
    assert.equal(await live.locator('.sm-app').getAttribute('lang'), lang);
    assert.equal(await live.locator('.sm-header__title').innerText(), headline);
    await assertNoErrors(record);
  });

  test(`${lang}: the single file summitry.${lang}.html from file:// is the story in ${lang}`, async () => {
    const record = await suite.browser.open(pathToFileURL(path.join(DIST, `summitry.${lang}.html`)).href, { width: 1280, height: 800 });
    await waitForApp(record);
    const { page } = record;
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.locator('[data-summitry-live] .sm-app').getAttribute('lang'), lang);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), text(lang, 'dataset.name'));
    await assertNoErrors(record);
  });
}
