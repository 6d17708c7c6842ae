// Debian's WebKitGTK (MiniBrowser) driven through WebKitWebDriver, the W3C WebDriver server that
// ships with it. Playwright's WebKit is a patched build that cannot be fetched here, so this file
// gives the end-to-end tests the part of Playwright's page API they use, over classic WebDriver:
// locators are resolved inside the page (through open shadow roots, like Playwright's), clicks
// and keys are WebDriver's own (real input events), and what WebDriver classic cannot observe (a
// page's errors, its requests, scripts that run before the page's own) comes from the probe that
// the test server puts at the top of every page it serves in this engine (./probe.mjs).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { setProbeInit } from './probe.mjs';

/** WebKitWebDriver; `cargo xtask bootstrap` installs it (Debian's webkit2gtk-driver). */
export const WEBKIT_DRIVER = process.env.SUMMITRY_WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
/** The browser it drives, from Debian's libwebkit2gtk-4.1-0. */
export const MINIBROWSER = process.env.SUMMITRY_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A private X display (MiniBrowser draws into a real window) when none is set: Xvfb picks a free
 * display number and writes it to the pipe named by -displayfd. Resolves to { display, stop() }.
 */
async function privateDisplay() {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop() {} };
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  xvfb.stderr.on('data', (d) => (log += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', (e) => reject(new Error(`cannot start Xvfb (run \`cargo xtask bootstrap\`): ${e.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}:\n${log}`)));
  });
  return { display, stop: () => xvfb.kill() };
}

/** A W3C WebDriver session's commands: `cmd(method, path, body)` resolves to the value. */
function client(base) {
  return async function cmd(method, path, body) {
    const res = await fetch(base + path, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (json.value && json.value.error) {
      const error = new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
      error.webdriver = json.value.error;
      throw error;
    }
    return json.value;
  };
}

/** WebDriver's key codes for Playwright's key names. */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  ' ': ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

function keyCode(name) {
  const code = KEYS[name] ?? (name.length === 1 ? name : null);
  if (code === null) throw new Error(`the WebKit driver knows no key ${name}`);
  return code;
}

/**
 * The page-side resolver of a locator's steps, sent with every query: the elements that match,
 * searching open shadow roots as Playwright does. A step is { css }, { testid }, { role, name,
 * level }, { text }, { nth }, or { visible }.
 */
const RESOLVE = String.raw`
function visible(el) {
  if (!el.isConnected || getComputedStyle(el).visibility !== 'visible') return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}
function resolve(steps, from) {
  const deep = (root, css) => {
    const out = [...root.querySelectorAll(css)];
    if (root.shadowRoot) out.push(...deep(root.shadowRoot, css));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deep(el.shadowRoot, css));
    return out;
  };
  const hidden = (el) => {
    // Inherited: set on an ancestor (a view kept hidden, src/views.rs), it holds for the element.
    if (el.nodeType === 1 && getComputedStyle(el).visibility !== 'visible') return true;
    for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
      if (e.getAttribute && e.getAttribute('aria-hidden') === 'true') return true;
      if (e.nodeType === 1 && getComputedStyle(e).display === 'none') return true;
    }
    return !visible(el) && getComputedStyle(el).display === 'contents' ? false : !el.getClientRects().length;
  };
  const implicit = (el) => {
    const t = el.localName;
    if (/^h[1-6]$/.test(t)) return 'heading';
    if (t === 'button') return 'button';
    if (t === 'a' && el.hasAttribute('href')) return 'link';
    if (t === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      return { button: 'button', submit: 'button', reset: 'button', checkbox: 'checkbox', radio: 'radio', search: 'searchbox', range: 'slider' }[type] || 'textbox';
    }
    if (t === 'select') return el.multiple ? 'listbox' : 'combobox';
    if (t === 'textarea') return 'textbox';
    return { nav: 'navigation', main: 'main', ul: 'list', ol: 'list', li: 'listitem', table: 'table', tr: 'row', td: 'cell', th: 'columnheader', dialog: 'dialog', figure: 'figure', img: 'img', article: 'article', form: 'form', blockquote: 'blockquote', p: 'paragraph' }[t]
      || (t === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) ? 'region' : null);
  };
  const role = (el) => (el.getAttribute('role') || '').split(' ')[0] || implicit(el);
  const text = (el) => (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const name = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const root = el.getRootNode();
      return by.split(/\s+/).map((id) => root.getElementById ? root.getElementById(id) : document.getElementById(id)).filter(Boolean).map(text).join(' ');
    }
    if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label').replace(/\s+/g, ' ').trim();
    if (el.labels && el.labels.length) return [...el.labels].map(text).join(' ');
    if (el.localName === 'img') return el.getAttribute('alt') || '';
    const content = text(el);
    return content || el.getAttribute('title') || '';
  };
  const matches = (value, want) => {
    if (want === undefined || want === null) return true;
    if (want.re) return new RegExp(want.re, want.flags).test(value);
    if (want.exact) return value === want.s;
    return value.toLowerCase().includes(want.s.toLowerCase());
  };
  let found = from || [document];
  for (const s of steps) {
    if (s.nth !== undefined) {
      const i = s.nth < 0 ? found.length + s.nth : s.nth;
      found = found[i] ? [found[i]] : [];
      continue;
    }
    if (s.visible) {
      found = found.filter(visible);
      continue;
    }
    if (s.hasText) {
      found = found.filter((el) => matches(text(el), s.hasText));
      continue;
    }
    if (s.frameUrl) {
      const all = deep(document, 'iframe');
      found = all.filter((el) => s.frameUrl.fn ? new Function('return ' + s.frameUrl.fn)()(new URL(el.src)) : matches(el.src, s.frameUrl));
      continue;
    }
    const seen = new Set();
    const next = [];
    for (const scope of found) {
      let all;
      if (s.css) {
        const wantVisible = s.css.includes(':visible');
        all = deep(scope, s.css.replace(/:visible/g, '') || '*');
        if (wantVisible) all = all.filter(visible);
        if (s.has) all = all.filter((el) => resolve(s.has, [el]).length > 0);
      } else if (s.testid) {
        all = deep(scope, '[data-testid="' + CSS.escape(s.testid) + '"]');
      } else if (s.role) {
        all = deep(scope, '*').filter((el) => role(el) === s.role && !hidden(el)
          && (s.level === undefined || Number(el.getAttribute('aria-level') || el.localName.slice(1)) === s.level)
          && matches(name(el), s.name));
      } else if (s.text) {
        const cands = deep(scope, '*').filter((el) => !['script', 'style', 'template'].includes(el.localName) && matches(text(el), s.text));
        all = cands.filter((el) => !cands.some((c) => c !== el && el.contains(c)));
      }
      for (const el of all) if (!seen.has(el)) (seen.add(el), next.push(el));
    }
    found = next;
  }
  return found.filter((el) => el !== document);
}`;

/** A text or RegExp matcher as the resolver reads it. */
function matcher(want, exact) {
  if (want === undefined || want === null) return undefined;
  if (want instanceof RegExp) return { re: want.source, flags: want.flags };
  return { s: String(want), exact: !!exact };
}

/** The source of a Playwright-style page function (a function, or an expression string). */
function source(fn) {
  if (typeof fn === 'function') return fn.toString();
  // Playwright calls a string that reads as a function, and evaluates any other.
  return /^\s*(async\s+)?(function\b|\([^)]*\)\s*=>|\w+\s*=>)/.test(fn) ? fn : `() => (${fn})`;
}

/**
 * A set of elements found by `steps` in the page, inside the frame that `frames` names (a list
 * of iframe locator steps from the top document). The part of Playwright's Locator the tests use.
 */
class Locator {
  constructor(page, steps, frames = []) {
    Object.assign(this, { page, steps, frames });
  }
  #with(step) {
    return new Locator(this.page, [...this.steps, step], this.frames);
  }
  locator(css, { has } = {}) {
    return this.#with(has ? { css, has: has.steps } : { css });
  }
  getByTestId(testid) {
    return this.#with({ testid });
  }
  getByRole(role, { name, level, exact } = {}) {
    return this.#with({ role, name: matcher(name, exact), level });
  }
  getByText(text, { exact } = {}) {
    return this.#with({ text: matcher(text, exact) });
  }
  filter({ hasText }) {
    return this.#with({ hasText: matcher(hasText) });
  }
  first() {
    return this.#with({ nth: 0 });
  }
  nth(i) {
    return this.#with({ nth: i });
  }
  /**
   * Runs `fn(elements, arg)` in the page on what the locator finds; `fn` may use the resolver's
   * `visible(element)`.
   */
  run(fn, arg) {
    return this.page.inFrame(this.frames, () =>
      this.page.evaluateRaw(`${RESOLVE}\n return (${source(fn)})(resolve(args[0]), args[1]);`, [this.steps, arg]),
    );
  }
  count() {
    return this.run((els) => els.length);
  }
  async waitFor({ state = 'visible', timeout = 30_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const now = await this.run((els) => ({ n: els.length, shown: els.filter(visible).length }));
      const done = { attached: now.n > 0, detached: now.n === 0, visible: now.shown > 0, hidden: now.shown === 0 }[state];
      if (done) return;
      if (Date.now() > deadline) throw new Error(`locator ${JSON.stringify(this.steps)} never became ${state} in ${timeout} ms`);
      await sleep(50);
    }
  }
  /**
   * The first element found, visible and stable, as a WebDriver element reference (waits for it).
   * Stable as Playwright's actions wait for it: the same element with the same box over an
   * animation frame, so work the page has queued for its next frame (a ResizeObserver's redraw)
   * is done before the action.
   */
  async element(timeout = 30_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.waitFor({ state: 'visible', timeout: Math.max(deadline - Date.now(), 1) });
      // WebDriver's click and screenshot scroll the element into view when they need to.
      const el = await this.run(
        (els) =>
          new Promise((done) => {
            const first = () => els.find((e) => e.getClientRects().length && e.isConnected) || null;
            const a = first();
            const box = (e) => e && JSON.stringify(e.getBoundingClientRect());
            const before = box(a);
            requestAnimationFrame(() => requestAnimationFrame(() => done(a && a.isConnected && box(a) === before ? a : null)));
          }),
      );
      if (el) return el;
      if (Date.now() > deadline) throw new Error(`locator ${JSON.stringify(this.steps)} never held still in ${timeout} ms`);
    }
  }
  /** Runs `act(elementId)` on the element found, finding it again if the page replaced it. */
  async act(act, timeout) {
    for (let tries = 0; ; tries++) {
      const el = await this.element(timeout);
      try {
        return await this.page.inFrame(this.frames, () => act(elementId(el)));
      } catch (error) {
        if (error.webdriver !== 'stale element reference' || tries >= 10) throw error;
      }
    }
  }
  /**
   * WebDriver's element click; for an SVG element, which WebKitWebDriver calls "not interactable"
   * (it finds no in-view centre point of a `<g>` or a `<path>`), a pointer's press and release
   * at the centre of its box, as Playwright clicks.
   */
  async click({ timeout } = {}) {
    try {
      return await this.act((id) => this.page.cmd('POST', `/element/${id}/click`, {}), timeout);
    } catch (error) {
      if (!/not interactable/.test(error.message)) throw error;
      const at = await this.run((els) => {
        if (!(els[0] instanceof SVGElement)) return null;
        els[0].scrollIntoView({ block: 'center', inline: 'center' });
        const r = els[0].getBoundingClientRect();
        return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
      });
      if (!at) throw error;
      return this.page.inFrame(this.frames, () =>
        this.page.cmd('POST', '/actions', {
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', x: at.x, y: at.y, origin: 'viewport' },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        }),
      );
    }
  }
  /** Clears a text field and types `value` into it, as Playwright's fill does. */
  async fill(value, { timeout } = {}) {
    await this.waitFor({ state: 'attached', timeout });
    // WebDriver's clear fires no input event, which a field's listeners wait for.
    await this.run((els) => {
      els[0].value = '';
      els[0].dispatchEvent(new Event('input', { bubbles: true }));
    });
    if (value) await this.act((id) => this.page.cmd('POST', `/element/${id}/value`, { text: value }), timeout);
  }
  async focus() {
    await this.waitFor({ state: 'attached' });
    await this.run((els) => els[0].focus());
  }
  async press(key) {
    await this.focus();
    await this.page.keyboard.press(key);
  }
  async selectOption(value) {
    await this.waitFor({ state: 'attached' });
    await this.run((els, v) => {
      els[0].value = v;
      els[0].dispatchEvent(new Event('input', { bubbles: true }));
      els[0].dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  async innerText() {
    await this.waitFor({ state: 'attached' });
    return this.run((els) => els[0].innerText);
  }
  async textContent() {
    await this.waitFor({ state: 'attached' });
    return this.run((els) => els[0].textContent);
  }
  async getAttribute(name) {
    await this.waitFor({ state: 'attached' });
    return this.run((els, n) => els[0].getAttribute(n), name);
  }
  isVisible() {
    return this.run((els) => els.some(visible));
  }
  async boundingBox() {
    return this.run((els) => {
      if (!els[0]) return null;
      const r = els[0].getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }
  async evaluate(fn, arg) {
    await this.waitFor({ state: 'attached' });
    return this.page.inFrame(this.frames, () =>
      this.page.evaluateRaw(`${RESOLVE}\n return (${source(fn)})(resolve(args[0])[0], args[1]);`, [this.steps, arg]),
    );
  }
  evaluateAll(fn, arg) {
    return this.run(fn, arg);
  }
  allTextContents() {
    return this.run((els) => els.map((el) => el.textContent));
  }
  async screenshot() {
    const png = await this.act((id) => this.page.cmd('GET', `/element/${id}/screenshot`));
    return Buffer.from(png, 'base64');
  }
}

/** A locator's root inside an iframe (Playwright's FrameLocator). */
class FrameLocator {
  constructor(page, frames) {
    Object.assign(this, { page, frames });
  }
  locator(css) {
    return new Locator(this.page, [{ css }], this.frames);
  }
  getByTestId(testid) {
    return new Locator(this.page, [{ testid }], this.frames);
  }
  getByRole(role, options) {
    return new Locator(this.page, [], this.frames).getByRole(role, options);
  }
  frameLocator(css) {
    return new FrameLocator(this.page, [...this.frames, [{ css }]]);
  }
}

/**
 * A frame found by its address, as Playwright's `page.frame({ url })` (a RegExp or a function of
 * the URL, matched against the iframe's `src`).
 */
class Frame extends FrameLocator {
  constructor(page, url) {
    const frameUrl = url instanceof RegExp ? { re: url.source, flags: url.flags } : typeof url === 'function' ? { fn: url.toString() } : { s: url, exact: true };
    super(page, [[{ frameUrl }]]);
  }
  evaluate(fn, arg) {
    return this.page.inFrame(this.frames, () => this.page.evaluate(fn, arg));
  }
  waitForFunction(fn, arg, options) {
    return this.page.inFrame(this.frames, () => this.page.waitForFunction(fn, arg, options));
  }
}

function elementId(ref) {
  const id = ref && Object.values(ref)[0];
  if (!id) throw new Error('no element');
  return id;
}

/** One window of the session: the part of Playwright's Page the tests use. */
class Page {
  constructor(cmd, handle, record) {
    Object.assign(this, { cmd, handle, record });
    this.viewport = { width: 1280, height: 800 };
    const page = this;
    this.keyboard = {
      // `+` alone, or last after modifiers (`Shift++`), is the key itself.
      press: (key) => page.keys(key.endsWith('+') ? [...key.slice(0, -1).split('+').filter(Boolean), '+'] : key.split('+')),
      down: (key) => page.actions([{ type: 'keyDown', value: keyCode(key) }]),
      up: (key) => page.actions([{ type: 'keyUp', value: keyCode(key) }]),
    };
  }
  actions(keyActions) {
    return this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: keyActions }] });
  }
  keys(names) {
    const codes = names.map(keyCode);
    return this.actions([
      ...codes.map((value) => ({ type: 'keyDown', value })),
      ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
    ]);
  }
  /** Runs `body` with WebDriver's context switched into the frame `frames` names. */
  async inFrame(frames, body) {
    if (!frames.length) return body();
    for (const steps of frames) {
      const el = await new Locator(this, steps).run((els) => els[0] ?? null);
      if (!el) throw new Error(`no frame ${JSON.stringify(steps)}`);
      await this.cmd('POST', '/frame', { id: el });
    }
    try {
      return await body();
    } finally {
      await this.cmd('POST', '/frame', { id: null });
    }
  }
  /** Runs the function body `body` (which reads `args`) in the page; promises are awaited. */
  async evaluateRaw(body, args = []) {
    const script = `const args = [...arguments].slice(0, -1), done = arguments[arguments.length - 1];
      Promise.resolve().then(async () => { ${body} }).then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e) + '\\n' + String(e && e.stack) }));`;
    const out = await this.cmd('POST', '/execute/async', { script, args });
    if (out && 'err' in out) throw new Error(`in the page: ${out.err}`);
    return out?.ok;
  }
  evaluate(fn, arg) {
    return this.evaluateRaw(`return (${source(fn)})(args[0]);`, [arg]);
  }
  async waitForFunction(fn, arg, { timeout = 30_000, polling = 50 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.evaluate(fn, arg).catch(() => false);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`waitForFunction timed out after ${timeout} ms: ${source(fn).slice(0, 200)}`);
      await sleep(typeof polling === 'number' ? polling : 50);
    }
  }
  waitForTimeout(ms) {
    return sleep(ms);
  }
  async waitForLoadState() {
    await this.waitForFunction(() => document.readyState === 'complete');
  }
  locator(css) {
    return new Locator(this, [{ css }]);
  }
  getByTestId(testid) {
    return new Locator(this, [{ testid }]);
  }
  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }
  getByText(text, options) {
    return new Locator(this, []).getByText(text, options);
  }
  frameLocator(css) {
    return new FrameLocator(this, [[{ css }]]);
  }
  frame({ url }) {
    return new Frame(this, url);
  }
  context() {
    // Only the current document's cookies: WebDriver classic sees no others.
    return { cookies: () => this.cmd('GET', '/cookie') };
  }
  url() {
    return this.cmd('GET', '/url');
  }
  async goto(url) {
    await this.cmd('POST', '/url', { url });
  }
  async setViewportSize({ width, height }) {
    // The window's size includes its frame, and a resize lands a moment after the command: size
    // the window, wait until its size stops changing, then add what the frame takes.
    const size = () => this.evaluate(() => [innerWidth, innerHeight, outerWidth, outerHeight]);
    await this.cmd('POST', '/window/rect', { width, height });
    let last = [];
    for (let i = 0; i < 100; i++) {
      const now = await size();
      if (now.join() === last.join() && now[2] === width) break;
      last = now;
      await sleep(30);
    }
    const [w, h, ow, oh] = await size();
    if (ow - w || oh - h) await this.cmd('POST', '/window/rect', { width: width + ow - w, height: height + oh - h });
    for (let i = 0; ; i++) {
      const [iw, ih] = await size();
      if (iw === width && ih === height) break;
      if (i === 150) throw new Error(`the WebKit window shows a ${iw} x ${ih} viewport, not ${width} x ${height}`);
      await sleep(30);
    }
    this.viewport = { width, height };
  }
  viewportSize() {
    return this.viewport;
  }
  async screenshot({ path } = {}) {
    const png = Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
    if (path) await writeFile(path, png);
    return png;
  }
  async addScriptTag({ path }) {
    // The file's text run by the page's global eval (the pages the tests audit set no policy).
    await this.evaluate((src) => (0, eval)(src), await readFile(path, 'utf8'));
  }
  async close() {
    await this.record.settle();
    await this.cmd('DELETE', '/window');
    const [first] = await this.cmd('GET', '/window/handles');
    if (first) await this.cmd('POST', '/window', { handle: first });
  }
}

/**
 * A GTK configuration folder whose stylesheet shrinks MiniBrowser's toolbar to nothing: its
 * buttons and address field would otherwise hold the window at least 447 px wide, and the tests
 * need a 375 px viewport. Web content is not drawn with GTK's styles.
 */
async function gtkConfig() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'summitry-webkit-'));
  await mkdir(path.join(dir, 'gtk-3.0'));
  await writeFile(
    path.join(dir, 'gtk-3.0', 'gtk.css'),
    'headerbar, toolbar, .toolbar, entry, button, box, label { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; border-width: 0; }\n',
  );
  return dir;
}

/**
 * Starts WebKitWebDriver and one MiniBrowser session (under a private Xvfb when there is no
 * display). Resolves to { open(url, viewport, options), close() }, as ./browser.mjs's.
 */
export async function launchWebKit() {
  const x = await privateDisplay();
  const config = await gtkConfig();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: x.display, XDG_CONFIG_HOME: config },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let driverLog = '';
  driver.stderr.on('data', (d) => (driverLog += d));
  const failed = new Promise((_, reject) => {
    driver.once('error', (e) => reject(new Error(`cannot start ${WEBKIT_DRIVER} (run \`cargo xtask bootstrap\`): ${e.message}`)));
  });
  failed.catch(() => {});
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    driver.kill();
    x.stop();
    await rm(config, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const up = await Promise.race([fetch(`${base}/status`).then((r) => r.ok, () => false), failed]);
      if (up) break;
      if (Date.now() > deadline) throw new Error(`${WEBKIT_DRIVER} did not answer on ${base}:\n${driverLog}`);
      await sleep(100);
    }
    const session = await client(base)('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
    });
    const cmd = client(`${base}/session/${session.sessionId}`);
    await cmd('POST', '/timeouts', { script: 120_000, pageLoad: 120_000 });
    return {
      async open(url, viewport = { width: 1280, height: 800 }, { init, routes = [] } = {}) {
        if (routes.length) throw new Error('the WebKit driver cannot intercept requests (page.route); this test must not run in WebKit');
        setProbeInit(init ? `(${source(init)})();` : '');
        const { handle } = await cmd('POST', '/window/new', { type: 'window' });
        await cmd('POST', '/window', { handle });
        const record = { consoleErrors: [], pageErrors: [], requests: [], failedRequests: [] };
        const page = new Page(cmd, handle, record);
        record.page = page;
        // Uncaught errors are collected by the probe; a test that races them reads them when it asks.
        record.firstPageError = new Promise(() => {});
        record.settle = async () => {
          const seen = await page.evaluate(() => globalThis.__summitryProbe?.take() ?? null).catch(() => null);
          if (!seen) return;
          for (const key of ['consoleErrors', 'pageErrors', 'requests', 'failedRequests']) record[key].push(...seen[key]);
        };
        await page.setViewportSize(viewport);
        await page.goto(url);
        return record;
      },
      async close() {
        await cmd('DELETE', '').catch(() => {});
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
