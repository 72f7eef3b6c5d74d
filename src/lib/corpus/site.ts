// The address of the live library, named in the downloaded copy and in the open data so a reader
// can check for newer text. SITE_URL overrides it; otherwise it is the `site` of astro.config.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The live library's address, without a final slash ("https://example.org").
 * In: SITE_URL from the environment, else `site: '…'` read from astro.config.mjs in the current
 * directory (the project root during a build). Throws when neither gives an http(s) address.
 */
export function liveSite(root = process.cwd()): string {
  let site = process.env.SITE_URL;
  if (!site) {
    const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    site = /\bsite:\s*['"]([^'"]+)['"]/.exec(config)?.[1];
  }
  if (!site || !/^https?:\/\/[^\s/]+/.test(site)) throw new Error(`the live library's address is not set: give SITE_URL or "site" in astro.config.mjs (found ${site ?? 'nothing'})`);
  return site.replace(/\/+$/, '');
}

/**
 * Whether an address is only a placeholder that no reader can visit: a reserved name (RFC 2606:
 * `.invalid`, `.test`, `.example`, `example.com/.org/.net`) or this machine (`localhost`, 127.x).
 * In: an http(s) address. Out: true for a placeholder. A downloaded copy must not send a reader
 * in a court room to a dead link, so a placeholder is named nowhere in the copy.
 */
export function isPlaceholderSite(site: string): boolean {
  let host: string;
  try { host = new URL(site).hostname.toLowerCase(); } catch { return true; }
  return /(^|\.)(invalid|test|example|localhost)$/.test(host) || /^example\.(com|org|net)$/.test(host) || /^127\./.test(host);
}

/** The live library's address, or null while only a placeholder is configured (see isPlaceholderSite). */
export function publicSite(root = process.cwd()): string | null {
  const site = liveSite(root);
  return isPlaceholderSite(site) ? null : site;
}
