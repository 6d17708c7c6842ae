// Summitry's script embed, the part after the wasm-bindgen glue. The build wraps it with the glue
// and these constants in one classic script (no module: hosts load it from any origin without
// CORS), inside a function, so nothing leaks into the host page but `window.Summitry`:
//   WASM, CORE  the wasm and the dataset's core file, a character per byte, read with `bytes`
//   UTF8        the character U+00E9, written as its two UTF-8 bytes: a host that serves this
//               script in another encoding (no `charset=utf-8`, on a page that is not UTF-8)
//               would make it two characters, and the wasm's bytes wrong with it
//   CSS         every stylesheet, adopted by each widget's shadow root (no <style> element, so a
//               host's `style-src 'self'` policy allows it)
//   HTML        the opening view rendered by the build, shown at once while the wasm compiles
//   HTML_LANG   the language of HTML and CORE: this script's language
// The host page loads web/embed-loader.js (`summitry-embed.js`), which adds this script when a
// widget nears the viewport and hands over the elements it was given (`Summitry.queued`).
// It mounts a widget in every element with `data-summitry`, now and when one is added later,
// and `Summitry.mount(element)` mounts one anywhere (inside a shadow root, in a single-page app).
// It never touches the host page's address, history or <head>; its one window listener keeps the
// abort that follows a panic in the widget (which shows a message in place of each widget) from
// reaching the host page as an uncaught error.

const script = document.currentScript;
const base = new URL('./', (script && script.src) || document.baseURI).href;
const fetchChunk = (file, done) =>
  fetch(new URL(`data/${file}`, base))
    .then((r) => {
      if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
      return r.arrayBuffer();
    })
    .then((b) => done(new Uint8Array(b)), () => done(null))
    .catch(fail);

// The build's opening view points its download links at this folder.
const opening = HTML.split('__SUMMITRY_BASE__').join(base);
let sheet = null;
const mounted = new WeakSet();
const waiting = [];
const boxes = [];
const hosts = [];
let started = false;
// The map's country outlines, from the opening view this script carries: every widget copies them.
let outlines = null;
let broken = false;

const NOTE = 'The interactive part of this graphic could not load. What you see is a still picture.';

// Whether the widget ended in a panic (it then shows its own message in each widget).
function ended() {
  try {
    return started && panicked();
  } catch (_) {
    return true;
  }
}

// The widget cannot run: each widget says so (under the opening view when it has one), never a
// blank box.
function fail(error) {
  if (!broken) console.warn('Summitry could not start:', error);
  broken = true;
  if (!ended()) boxes.forEach(note);
  hosts.forEach(unreserve);
}

function note(box) {
  if (box.querySelector('.sm-error')) return;
  const p = document.createElement('p');
  p.className = 'sm-error';
  p.setAttribute('role', 'status');
  p.textContent = NOTE;
  box.appendChild(p);
}

// A panic's abort is ours; WebKit mutes it (no error object) when this script is cross-origin.
let abortMuted = false;
window.addEventListener('error', (event) => {
  if (!ended()) return;
  if (event.error instanceof WebAssembly.RuntimeError) event.preventDefault();
  else if (!event.error && !abortMuted) {
    abortMuted = true;
    event.preventDefault();
  }
});

// The widget's language, as src/boot.rs takes it: data-lang when the widget speaks it (LANGS:
// Lang::ALL's tags), else this script's own.
const LANGS = ['en', 'uk', 'fr'];
function language(element) {
  const primary = (element.getAttribute('data-lang') || '').split(/[-_]/)[0].toLowerCase();
  return LANGS.includes(primary) ? primary : HTML_LANG;
}

function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

// Elements that cannot hold a shadow root (td, li, figure, ...) get an element of ours to hold it:
// a custom element name, so the host's `div` or `td div` rules do not match it, shown as a block
// whatever the host's `*` rules say.
function shadowFor(element) {
  try {
    return element.attachShadow({ mode: 'open' });
  } catch (_) {
    if (element.shadowRoot) return null;
    const holder = document.createElement('summitry-widget');
    holder.style.setProperty('display', 'block', 'important');
    // A table cell sizes to its content, and the widget (sized by container queries) has no
    // width of its own: without this it would shrink to nothing.
    if (/^T[DH]$/.test(element.tagName)) holder.style.setProperty('min-width', 'min(320px, 100vw)');
    element.appendChild(holder);
    return holder.attachShadow({ mode: 'open' });
  }
}

function prepare(element) {
  if (mounted.has(element) || !element.isConnected) return;
  mounted.add(element);
  const shadow = shadowFor(element);
  if (!shadow) return;
  shadow.adoptedStyleSheets = [styles()];
  const box = document.createElement('div');
  box.className = 'sm-root';
  shadow.appendChild(box);
  const view = element.getAttribute('data-view');
  if ((!view || view === 'map') && language(element) === HTML_LANG && !element.hasAttribute('data-event')) {
    box.innerHTML = opening;
  }
  boxes.push(box);
  hosts.push(element);
  if (box.firstChild) unreserve(element);
  if (broken) note(box);
  else if (started) mountOne(element, box);
  else waiting.push([element, box]);
}

// The loader kept the widget's space free until now.
function unreserve(element) {
  if (!element.hasAttribute('data-summitry-reserved')) return;
  element.style.removeProperty('min-height');
  element.removeAttribute('data-summitry-reserved');
}

function mountOne(element, box) {
  if (broken) return;
  try {
    mount_embed(element, box, base, outlines);
  } catch (error) {
    fail(error);
  }
  unreserve(element);
}

function scan(root) {
  if (root.matches && root.matches('[data-summitry]')) prepare(root);
  if (root.querySelectorAll) root.querySelectorAll('[data-summitry]').forEach(prepare);
}

function start(queued) {
  scan(document);
  queued.forEach(prepare);
  new MutationObserver((changes) => {
    for (const change of changes) change.addedNodes.forEach((node) => node.nodeType === 1 && scan(node));
  }).observe(document.documentElement, { childList: true, subtree: true });
  // Compiled after the opening view is on screen, so readers see it at once.
  setTimeout(() => {
    try {
      if (UTF8 !== '\u00e9') {
        throw new Error(`${script ? script.src : 'summitry-embed-*.js'} was not read as UTF-8: serve it with "Content-Type: text/javascript; charset=utf-8"`);
      }
      initSync({ module: bytes(WASM) });
      const template = document.createElement('template');
      template.innerHTML = opening;
      outlines = template.content.querySelector('.sm-map__countries');
      started = true;
      if (!start_embed(bytes(CORE), fetchChunk)) throw new Error('its data is damaged');
      waiting.splice(0).forEach(([element, box]) => mountOne(element, box));
    } catch (error) {
      waiting.length = 0;
      fail(error);
    }
  }, 0);
}

const loader = window.Summitry;
if (!loader || loader.queued) {
  window.Summitry = { mount: (element) => element && prepare(element), version: 1 };
  const queued = loader ? loader.queued : [];
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(queued), { once: true });
  else start(queued);
}
