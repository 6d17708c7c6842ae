// Summitry's page loader (index.html, and so every iframe embed). The build fills in the file
// names. The page already shows the view the build rendered; this answers the reader's first
// clicks from that view while the wasm is on the wire, then starts the live widget over it.
// A module file, not an inline script, so the page runs under `script-src 'self'`.

const base = new URL('./', import.meta.url);

/** The bytes of a file beside the page, or a rejection naming it. */
function get(file) {
  return fetch(new URL(file, base))
    .then((response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((buffer) => new Uint8Array(buffer));
}

const root = document.getElementById('summitry');
performance.mark('sm:boot');

// Early answers. The build rendered, from the live widget's own components, what a click on each
// of the opening map's buttons shows (a template per answer, see src/map/early_answers.rs). Until
// the wasm takes over, a click on such a button shows its answer in the details panel; every click
// on a control is kept, and the live widget is given the same clicks in the same order, so it ends
// where the reader is. After a click this cannot answer (a view, a filter, a zoom), nothing more
// is answered early: those clicks wait for the widget, in order.
const early = document.getElementById('sm-early');
const clicks = [];
let answering = early !== null;
let emptyPanel = null; // the panel's invitation, for a click on "close"
let choiceKey = null; // the button whose list the reader chose from

/** Shows the early answer for `key` in the details panel; false when the page has none. */
function answer(key) {
  const panel = root.querySelector('[data-testid="details-panel"]');
  const found = early.content.querySelector(`[data-early="${CSS.escape(key)}"]`);
  if (!panel || !found) return false;
  emptyPanel ??= [...panel.childNodes];
  panel.replaceChildren(...found.cloneNode(true).childNodes);
  return true;
}

/** Puts the panel's invitation back, as "close" does in the live widget. */
function closeAnswer() {
  const panel = root.querySelector('[data-testid="details-panel"]');
  if (panel && emptyPanel) panel.replaceChildren(...emptyPanel);
}

/** Marks the buttons carrying one of `keys` as the pressed ones, as the live map does. */
function press(...keys) {
  for (const b of root.querySelectorAll('.sm-marker')) {
    const on = keys.includes(b.dataset.early);
    b.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
}

function onEarlyClick(event) {
  if (root.hasAttribute('data-summitry-live')) return;
  const control = event.target.closest('button[data-testid], input[data-testid]');
  if (!control || !root.contains(control)) return;
  clicks.push(control.dataset.testid);
  if (!answering) return;
  const id = control.dataset.testid;
  const chosen = id.startsWith('choose-') ? `e:${id.slice('choose-'.length)}` : null;
  const key = control.dataset.early;
  if (key && answer(key)) {
    // A list to choose from presses nothing; one event presses its buttons.
    choiceKey = key.startsWith('c:') ? key : null;
    press(...(key.startsWith('e:') ? [key] : []));
  } else if (chosen && answer(chosen)) {
    press(chosen, choiceKey);
  } else if (id === 'details-close') {
    closeAnswer();
    press();
  } else {
    answering = false;
  }
}

/**
 * Gives the live widget the reader's clicks, each on the rendered control with the same test id.
 * The widget renders a click's answer in microtasks, before the next frame: so each click waits in
 * microtasks (never a task, which could paint a half-way frame) for the control it needs.
 */
async function replay() {
  for (const id of clicks) {
    const selector = `[data-testid="${CSS.escape(id)}"]`;
    for (let turn = 0; turn < 100; turn += 1) {
      const shown = [...root.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0);
      if (shown) {
        shown.click();
        break;
      }
      await Promise.resolve();
    }
  }
}

if (root) {
  root.addEventListener('click', onEarlyClick);
  performance.mark('sm:early');
}

Promise.all([
  import('./__GLUE__').then((glue) => glue.default({ module_or_path: new URL('__WASM__', base) }).then(() => glue)),
  get('data/__CORE__'),
])
  .then(([glue, core]) => {
    glue.start_page(root, core, (file, done) => get(`data/${file}`).then(done, () => done(null)), false);
    root.removeEventListener('click', onEarlyClick);
    replay();
  })
  .catch((error) => {
    // What the build rendered stays on screen; say that it will not respond.
    const note = document.createElement('p');
    note.className = 'sm-error';
    note.setAttribute('role', 'status');
    note.textContent = 'The interactive part of this graphic could not load. What you see is a still picture.';
    root.append(note);
    console.warn('Summitry could not start:', error);
  });
