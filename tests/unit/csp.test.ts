// One policy everywhere: the meta tag, the _headers file and the local server agree.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_HEADER, CSP_META } from '../../src/lib/security/csp.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('Content Security Policy', () => {
  it('is the strict policy of issue 13: nothing inline, nothing from other origins', () => {
    expect(CSP_HEADER).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    expect(CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });

  it('leaves frame-ancestors out of the meta form only (browsers ignore it there)', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER.replace("; frame-ancestors 'none'", '')).toBe(CSP_META);
  });

  it('public/_headers sends the same policy and nosniff to every path', () => {
    const lines = readFileSync(join(ROOT, 'public', '_headers'), 'utf8').split('\n');
    const all = lines.indexOf('/*');
    expect(all).toBeGreaterThanOrEqual(0);
    const block = lines.slice(all + 1, lines.findIndex((l, i) => i > all && /^\S/.test(l)));
    expect(block.map((l) => l.trim())).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
    expect(block.map((l) => l.trim())).toContain('X-Content-Type-Options: nosniff');
  });
});
