// Root-relative addresses ("/ppc/s371a/#s371a-1") turned into relative ones that work when the
// downloaded copy is opened from the file system ("../../ppc/s371a/index.html#s371a-1").
// Used by scripts/download-copy.ts for HTML attributes and CSS url()s, and by the copy's runtime
// (src/offline-copy/runtime.ts) for links made by scripts.
import { posix } from 'node:path';

/**
 * The copy-relative file a root-relative path names: "/" -> "index.html", "/ppc/s371a/" ->
 * "ppc/s371a/index.html", "/favicon.svg" -> "favicon.svg", "/ppc/s371a" -> "ppc/s371a/index.html"
 * when that exists. `exists` answers for copy-relative file paths. Undefined when nothing exists.
 */
export function targetFile(path: string, exists: (file: string) => boolean): string | undefined {
  const p = decodeURI(path).replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) {
    const f = `${p}index.html`;
    return exists(f) ? f : undefined;
  }
  if (exists(p)) return p;
  if (exists(`${p}/index.html`)) return `${p}/index.html`;
  return undefined;
}

export type Rewrite = { href: string } | { missing: string } | undefined;

/**
 * A root-relative href seen in the file `from` (copy-relative, e.g. "ppc/s371a/index.html"),
 * rewritten relative to it with query and fragment kept. Undefined for an href that is not
 * root-relative (relative, "#…", "//host", "https:", "mailto:"): left as it is. `{ missing }`
 * names the path when no file in the copy answers it.
 */
export function relativeHref(href: string, from: string, exists: (file: string) => boolean): Rewrite {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href)!;
  const file = targetFile(m[1], exists);
  if (!file) return { missing: m[1] };
  let rel = posix.relative(posix.dirname(from), file);
  if (rel === '') rel = posix.basename(file);
  return { href: encodeURI(rel) + (m[2] ?? '') + (m[3] ?? '') };
}

/** The CSS text with every root-relative url(…) made relative to the CSS (or HTML) file `from`. */
export function rewriteCssUrls(css: string, from: string, exists: (file: string) => boolean, missing: (path: string) => void = () => {}): string {
  return css.replace(/url\(\s*(?:(['"])(\/[^'"]*)\1|(\/[^)\s'"]*))\s*\)/g, (all, q: string | undefined, quoted: string | undefined, bare: string | undefined) => {
    const url = (quoted ?? bare)!;
    if (url.startsWith('//')) return all;
    const r = relativeHref(url, from, exists);
    if (r && 'href' in r) return `url(${q ?? ''}${r.href}${q ?? ''})`;
    if (r) missing(r.missing);
    return all;
  });
}
