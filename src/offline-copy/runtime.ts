// The downloaded copy's runtime, a classic script loaded first on every page of the copy
// (scripts/download-copy.ts adds it). A page opened from the file system cannot fetch JSON or use
// root-relative addresses, so:
// - fetch('/data/<name>.json') is answered from _copy/data/<name>.json.js, loaded by a <script> tag
//   (the data files assign themselves to window.__copyData);
// - a link or form a script adds with a root-relative address ("/ppc/s371a/") is made relative to
//   the copy's root, pointing at the page's index.html.
// <html data-copy-root="../../"> gives the way to the copy's root from the page.

type DataMap = Record<string, unknown>;
const w = window as unknown as { __copyData?: DataMap; copyHref?: (href: string) => string };

const rootUrl = new URL(document.documentElement.dataset.copyRoot ?? './', location.href);

/** A root-relative address as a file address inside the copy; anything else unchanged. */
function copyHref(href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href)!;
  let path = m[1].replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  else if (!/\.[a-z0-9]+$/i.test(path)) path += '/index.html';
  return new URL(path, rootUrl).href + (m[2] ?? '') + (m[3] ?? '');
}
w.copyHref = copyHref;

const loading = new Map<string, Promise<unknown>>();
function loadData(name: string): Promise<unknown> {
  let p = loading.get(name);
  if (!p) {
    p = new Promise((resolve, reject) => {
      if (w.__copyData && name in w.__copyData) return resolve(w.__copyData[name]);
      const s = document.createElement('script');
      s.src = new URL(`_copy/data/${name}.js`, rootUrl).href;
      s.onload = () => (w.__copyData && name in w.__copyData ? resolve(w.__copyData[name]) : reject(new TypeError(`${name} is not in this copy`)));
      s.onerror = () => reject(new TypeError(`${name} is not in this copy`));
      document.head.append(s);
    });
    loading.set(name, p);
  }
  return p;
}

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const url = new URL(raw, location.href);
  const m = url.protocol === 'file:' ? /\/data\/([\w.-]+\.json)$/.exec(url.pathname) : null;
  if (m) return loadData(m[1]).then((data) => new Response(JSON.stringify(data), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  return realFetch(input, init);
};

function fix(root: ParentNode) {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) a.setAttribute('href', copyHref(a.getAttribute('href')!));
  for (const f of root.querySelectorAll<HTMLFormElement>('form[action^="/"]')) f.setAttribute('action', copyHref(f.getAttribute('action')!));
}
new MutationObserver((records) => {
  for (const r of records) {
    if (r.type === 'attributes' && r.target instanceof Element) fix(r.target.parentNode ?? document);
    for (const n of r.addedNodes) {
      if (!(n instanceof Element)) continue;
      if ((n.matches('a[href^="/"]') || n.matches('form[action^="/"]')) && n.parentNode) fix(n.parentNode);
      fix(n);
    }
  }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href', 'action'] });
