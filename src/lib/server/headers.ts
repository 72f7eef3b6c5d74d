// What the local server (scripts/serve.ts) says about each file of dist/: how long a browser may
// keep it and what type it is. Pure functions of the path, so the rules are unit-tested and the same
// as in public/_headers.

/** Cache-Control for files whose name changes when their content does: keep for a year, never revalidate. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control for everything else (pages, sw.js, pagefind.js, data): keep, but ask the server (ETag) before each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

// Astro's bundles (/_astro/Base.Bt2-cCh0.css) and Pagefind's index chunks, fragments, filters and
// metadata (/pagefind/index/en_7c64d52.pf_index, /pagefind/pagefind.en_1049b7793c.pf_meta) carry a
// content hash in their names. pagefind.js, pagefind-entry.json and wasm.*.pagefind do not.
const HASHED = [
  /^\/_astro\/[^/]+$/,
  /^\/pagefind\/(?:index|fragment|filter)\/[^/]+\.pf_(?:index|fragment|filter)$/,
  /^\/pagefind\/pagefind\.[a-z-]+_[0-9a-f]{6,}\.pf_meta$/i,
];

/**
 * Cache-Control for a site path.
 * @param urlPath decoded path below the site root, starting with "/" (no query string)
 * @returns IMMUTABLE for content-hashed assets, REVALIDATE for everything else
 */
export function cacheControlFor(urlPath: string): string {
  return HASHED.some((re) => re.test(urlPath)) ? IMMUTABLE : REVALIDATE;
}

// Types the `mime` table used by `send` lacks or gets wrong for this site. Pagefind's own files are
// binary (gzip-compressed) whatever their extension; so is its WebAssembly.
const TYPES: Record<string, string> = {
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * Content-Type for a file, where the server must decide rather than `send`'s table.
 * @param filePath file name or path (only its extension is read, case-insensitively)
 * @param fromTable the type `send` chose, if any
 * @returns the type to send: a site-specific one, else `fromTable`, else application/octet-stream
 *   (never empty, so `nosniff` browsers never guess)
 */
export function contentTypeFor(filePath: string, fromTable?: string): string {
  const dot = filePath.lastIndexOf('.');
  const slash = filePath.lastIndexOf('/');
  const ext = dot > slash ? filePath.slice(dot).toLowerCase() : '';
  return TYPES[ext] ?? (fromTable || 'application/octet-stream');
}
