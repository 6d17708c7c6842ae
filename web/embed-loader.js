// Summitry's script embed as a host page loads it: `summitry-embed.js`, a few kilobytes. The widget
// itself (the wasm-bindgen glue, the wasm, the dataset's core, the styles, the opening view and
// web/embed.js) is a second classic script beside it, APP, fetched from this script's own folder
// only when a widget's element comes within about a screen of the viewport, once for every
// element of the page; `data-load="eager"` on an element fetches it at once. A reader who never
// scrolls to the widget costs the host page nothing more than this file.
// The build wraps this in a function with these constants:
//   APP      the widget's script file name (content-hashed), in this script's folder
//   RESERVE  about the height the opening view takes (px), kept free on each empty element
//            until the widget takes it over, so the article below it does not jump; an element
//            the host gave a height of its own keeps it
//   NOTE     what each element says when the widget's script cannot load
// Until APP runs, `Summitry.mount(element)` queues elements; APP takes the queue over.

const script = document.currentScript;
const base = new URL('./', (script && script.src) || document.baseURI).href;
const nonce = (script && script.nonce) || '';
const elements = [];
let loading = false;
let added = null;
// "Near": within one viewport's height above or below it. Without IntersectionObserver, at once.
const near =
  window.IntersectionObserver &&
  new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && load(), {
    rootMargin: '100% 0px 100% 0px',
  });

function reserve(element) {
  const box = element.getBoundingClientRect();
  if (box.width > 0 && box.height === 0 && !element.style.minHeight) {
    element.style.setProperty('min-height', `${RESERVE}px`);
    element.setAttribute('data-summitry-reserved', '');
  }
}

// The widget's script could not load: each element says so in a box of its own, never blank.
function failed() {
  for (const element of elements) {
    if (element.shadowRoot || element.querySelector('summitry-widget')) continue;
    element.style.removeProperty('min-height');
    const p = document.createElement('p');
    p.setAttribute('role', 'status');
    p.textContent = NOTE;
    try {
      element.attachShadow({ mode: 'open' }).appendChild(p);
    } catch (_) {
      element.appendChild(p);
    }
  }
}

function load() {
  if (loading) return;
  loading = true;
  if (near) near.disconnect();
  if (added) added.disconnect();
  const app = document.createElement('script');
  app.src = new URL(APP, base).href;
  if (nonce) app.nonce = nonce;
  // The element goes once its script has run: the host page's body is left as it was written.
  app.onload = () => app.remove();
  app.onerror = () => {
    app.remove();
    console.warn(`Summitry could not load ${app.src}`);
    failed();
  };
  (document.body || document.documentElement).appendChild(app);
}

function watch(element) {
  if (!element || elements.includes(element)) return;
  elements.push(element);
  if (loading) return;
  reserve(element);
  if (element.getAttribute('data-load') === 'eager' || !near) load();
  else near.observe(element);
}

function scan(root) {
  if (root.matches && root.matches('[data-summitry]')) watch(root);
  if (root.querySelectorAll) root.querySelectorAll('[data-summitry]').forEach(watch);
}

function start() {
  scan(document);
  if (loading) return;
  added = new MutationObserver((changes) => {
    for (const change of changes) change.addedNodes.forEach((node) => node.nodeType === 1 && scan(node));
  });
  added.observe(document.documentElement, { childList: true, subtree: true });
}

if (!window.Summitry) {
  window.Summitry = { mount: watch, version: 1, queued: elements };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
