// The WebKit runs' eyes in the page. WebDriver classic (all WebKitWebDriver speaks) reports no
// page errors, console messages or requests, and runs no script before the page's own; so in that
// engine the test server puts this probe, a same-origin classic script, at the top of every HTML
// page it serves, where a strict policy's `script-src 'self'` allows it. It records what
// Playwright's events record in the other engines, and runs the test's `init` function first.
// (A file:// page gets no probe: what it shows is all a WebKit test sees of it.)

/** The path the probe is served at, on every test server's origin. */
export const PROBE_PATH = '/__summitry-e2e/probe.js';

let init = '';

/** The script (a function's source, called) that runs in every page before its own scripts. */
export function setProbeInit(source) {
  init = source;
}

/** The probe's source, with the current init script. */
export function probeScript() {
  return `(() => {
  if (globalThis.__summitryProbe) return;
  const seen = { consoleErrors: [], pageErrors: [], requests: [location.href], failedRequests: [] };
  performance.setResourceTimingBufferSize?.(100000);
  let resources = 0;
  addEventListener('error', (e) => {
    const el = e.target;
    if (el && el !== window && el.localName) {
      seen.failedRequests.push((el.src || el.href || el.localName) + ': failed to load');
      return;
    }
    // Reported as uncaught only when no listener handles it (as the browser's console does).
    setTimeout(() => e.defaultPrevented || seen.pageErrors.push(String((e.error && e.error.stack) || e.message)));
  }, true);
  addEventListener('unhandledrejection', (e) => seen.pageErrors.push(String((e.reason && e.reason.stack) || e.reason)));
  const error = console.error;
  console.error = function (...args) {
    seen.consoleErrors.push(args.map(String).join(' '));
    return error.apply(this, args);
  };
  const fetch = globalThis.fetch;
  globalThis.fetch = function (input) {
    const done = fetch.apply(this, arguments);
    done.catch(() => seen.failedRequests.push((typeof input === 'string' ? input : input.url) + ': failed'));
    return done;
  };
  Object.defineProperty(globalThis, '__summitryProbe', {
    value: {
      take() {
        const entries = performance.getEntriesByType('resource');
        // Not the probe itself, nor the icon the browser asks for by itself.
        const own = (name) => ['${PROBE_PATH}', '/favicon.ico'].includes(new URL(name).pathname);
        seen.requests.push(...entries.slice(resources).map((r) => r.name).filter((name) => !own(name)));
        resources = entries.length;
        const out = JSON.parse(JSON.stringify(seen));
        for (const list of Object.values(seen)) list.length = 0;
        return out;
      },
    },
  });
})();
${init}
`;
}

/** `html` with the probe's script element first in its head. */
export function withProbe(html) {
  const tag = `<script src="${PROBE_PATH}"></script>`;
  const head = html.match(/<head[^>]*>/i);
  if (head) return html.replace(head[0], head[0] + tag);
  const doctype = html.match(/^\s*<!doctype[^>]*>/i);
  if (doctype) return html.replace(doctype[0], doctype[0] + tag);
  return tag + html;
}
