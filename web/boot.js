// Summitry's page loader (index.html, and so every iframe embed). The build fills in the file
// names. The page already shows the view the build rendered; this starts the live widget over it.
// A module file, not an inline script, so the page runs under `script-src 'self'`.
import init, { start_page } from './__GLUE__';

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
Promise.all([init({ module_or_path: new URL('__WASM__', base) }), get('data/__CORE__')])
  .then(([, core]) => start_page(root, core, (file, done) => get(`data/${file}`).then(done, () => done(null)), false))
  .catch((error) => {
    // What the build rendered stays on screen; say that it will not respond.
    const note = document.createElement('p');
    note.className = 'sm-error';
    note.setAttribute('role', 'status');
    note.textContent = 'The interactive part of this graphic could not load. What you see is a still picture.';
    root.append(note);
    console.warn('Summitry could not start:', error);
  });
