// The strict policy of a careful news site, and a recorder of what it refuses, for the tests
// that run a form of the widget under it.

/** The policy a careful news site sends (issue 12). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors *";

/**
 * Records every CSP violation in the document (and in its shadow roots: the event is composed, so
 * it reaches the document) before any of the page's own scripts run.
 */
export function collectViolations() {
  const seen = [];
  Object.defineProperty(window, '__summitryCspViolations', { value: seen });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber} ${e.sample || ''}`.trim()),
    true,
  );
}
