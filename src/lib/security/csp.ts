// The site's Content Security Policy, in one place: the page meta tag (Base.astro), the `_headers`
// file for hosts that read one (public/_headers, checked against this by tests/unit/csp.test.ts) and
// the local server (scripts/serve.ts) all take it from here.

/** Directives of the policy, in order. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The policy as an HTTP header value (all directives).
 * @returns e.g. "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …; frame-ancestors 'none'"
 */
export const CSP_HEADER: string = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/**
 * The policy for `<meta http-equiv="Content-Security-Policy">`. Browsers ignore (and warn about)
 * `frame-ancestors` in a meta element, so it is left to the header.
 */
export const CSP_META: string = CSP_DIRECTIVES.filter(([k]) => k !== 'frame-ancestors').map(([k, v]) => `${k} ${v}`).join('; ');
