// The local server (scripts/serve.ts) against hostile and odd requests: each one that ended or
// misled the old server (issue 13) gets a correct answer, and the server is still up afterwards.
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { readFileSync, writeFileSync, unlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { makeSite, removeSite, startServer, request, raw, testPort, type Server } from './harness.ts';
import { CSP_HEADER } from '../../src/lib/security/csp.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/server/headers.ts';

let site: string;
let server: Server;
let json: Buffer;

beforeAll(async () => {
  site = makeSite();
  json = readFileSync(join(site, 'data', 'offences.json'));
  server = await startServer(site, testPort(0));
});
afterAll(async () => { await server?.stop(); removeSite(site); });
// After every test the process is alive and still serves the home page.
afterEach(async () => {
  expect(server.alive(), server.output()).toBe(true);
  expect((await request(server.base, '/')).status).toBe(200);
});

describe('Range headers (RFC 9110 §14): answered, never fatal', () => {
  const len = () => json.length;
  // Either the whole file (200: the header ignored) or 416 with "Content-Range: bytes */len".
  // A correct answer is the whole file (200: the header ignored), 416 with "Content-Range: bytes */len",
  // or 206 whose bytes are exactly the ones its Content-Range names (overlapping ranges coalesced).
  const malformed = ['bytes=100-50', 'bytes=2-1', 'bytes=abc', 'bytes=--1', 'bytes=1-2-3', 'bytes=99999999-', 'bytes=18446744073709551616-', 'bits=0-1', 'bytes=0-1,5-6', 'bytes=', 'bytes=-0', 'bytes=0-1,0-1,0-1', `bytes=${'0-1,'.repeat(2000)}0-1`, `bytes=${Array.from({ length: 500 }, (_, i) => `${i * 7}-${i * 7 + 3}`).join(',')}`];
  for (const range of malformed) {
    it(`${range.slice(0, 40)}${range.length > 40 ? '…' : ''} → 416, the whole file, or exactly the bytes named`, async () => {
      const r = await request(server.base, '/data/offences.json', { headers: { range } });
      expect([200, 206, 416]).toContain(r.status);
      if (r.status === 200) expect(r.body.equals(json)).toBe(true);
      if (r.status === 416) expect(r.headers['content-range']).toBe(`bytes */${len()}`);
      if (r.status === 206) {
        const [, a, b, total] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(r.headers['content-range']))!.map(Number);
        expect(total).toBe(len());
        expect(r.body.equals(json.subarray(a, b + 1))).toBe(true);
      }
    });
  }
  // The ranges that ended or misled the old server, with the answer each must get.
  for (const range of ['bytes=100-50', 'bytes=2-1']) {
    it(`${range} (first past last: invalid) is not served as a range`, async () => {
      const r = await request(server.base, '/data/offences.json', { headers: { range } });
      expect([200, 416]).toContain(r.status);
    });
  }

  it('bytes=0-18446744073709551615 (end past the file) → 206 with the whole file', async () => {
    const r = await request(server.base, '/data/offences.json', { headers: { range: 'bytes=0-18446744073709551615' } });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 0-${len() - 1}/${len()}`);
    expect(r.body.equals(json)).toBe(true);
  });

  it('bytes=-100 → the last 100 bytes (not the first 101)', async () => {
    const r = await request(server.base, '/data/offences.json', { headers: { range: 'bytes=-100' } });
    expect(r.status).toBe(206);
    expect(r.body.equals(json.subarray(len() - 100))).toBe(true);
    expect(r.headers['content-range']).toBe(`bytes ${len() - 100}-${len() - 1}/${len()}`);
  });

  it('bytes=0-0 → exactly one byte as 206 (not the whole file)', async () => {
    const r = await request(server.base, '/data/offences.json', { headers: { range: 'bytes=0-0' } });
    expect(r.status).toBe(206);
    expect(r.body.length).toBe(1);
    expect(r.body[0]).toBe(json[0]);
  });

  it('bytes=10-19 of a binary file → exactly those bytes', async () => {
    const big = readFileSync(join(site, 'data', 'big.bin'));
    const r = await request(server.base, '/data/big.bin', { headers: { range: 'bytes=10-19' } });
    expect(r.status).toBe(206);
    expect(r.body.equals(big.subarray(10, 20))).toBe(true);
  });

  it('a range with a stale If-Range gets the whole file', async () => {
    const r = await request(server.base, '/data/offences.json', { headers: { range: 'bytes=0-9', 'if-range': '"stale"' } });
    expect(r.status).toBe(200);
    expect(r.body.length).toBe(len());
  });
});

describe('what must never be served', () => {
  it('a symlink to /etc/passwd, a symlinked /etc and a symlinked data file → 404, no file content', async () => {
    for (const path of ['/passwd', '/etc/passwd', '/etc/hostname', '/data/linked.json']) {
      const r = await request(server.base, path);
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toMatch(/root:/);
    }
  });

  it('a file served once, then replaced by a symlink to /etc/passwd, is refused at once', async () => {
    const file = join(site, 'files', 'swap.txt');
    writeFileSync(file, 'ordinary text\n');
    expect((await request(server.base, '/files/swap.txt')).body.toString()).toBe('ordinary text\n');
    unlinkSync(file);
    symlinkSync('/etc/passwd', file);
    const r = await request(server.base, '/files/swap.txt');
    expect(r.status).toBe(404);
    expect(r.body.toString()).not.toMatch(/root:/);
  });

  it('dotfiles (/.env, /.git/config) → 404', async () => {
    for (const path of ['/.env', '/.git/config', '/.git/', '/%2eenv', '/data/../.env']) {
      const r = await request(server.base, path);
      expect([403, 404], path).toContain(r.status);
      expect(r.body.toString(), path).not.toContain('SECRET');
    }
  });

  it('paths climbing out of the folder → refused, no file content', async () => {
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd', '/data/..%5c..%5cetc/passwd', '/%00', '/index.html%00.txt']) {
      const text = await raw(server.port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(text, path).toMatch(/^HTTP\/1\.1 (400|403|404)/);
      expect(text, path).not.toMatch(/root:/);
    }
  });
});

describe('methods', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
    it(`${method} → 405 with Allow: GET, HEAD`, async () => {
      const r = await request(server.base, '/', { method, headers: { 'content-type': 'application/json' }, body: method === 'TRACE' ? undefined : '{"x":1}' });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
      expect(r.body.toString()).not.toContain('<h1>Home');
    });
  }

  it('an unknown method is refused at the parser (400), and the server stays up', async () => {
    expect(await raw(server.port, 'BREW / HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 (400|405)/);
  });

  it('HEAD → the GET headers, no body', async () => {
    const r = await request(server.base, '/data/offences.json', { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBe(json.length);
    expect(r.body.length).toBe(0);
  });
});

describe('types and headers', () => {
  const types: [string, RegExp][] = [
    ['/', /^text\/html; charset=utf-8$/],
    ['/ptpa-2018/s3/', /^text\/html; charset=utf-8$/],
    ['/_astro/Base.Bt2-cCh0.css', /^text\/css; charset=utf-8$/],
    ['/_astro/search.astro_astro_type_script_index_0_lang.B0RbYoo4.js', /^text\/javascript; charset=utf-8$/],
    ['/sw.js', /^text\/javascript; charset=utf-8$/],
    ['/data/offences.json', /^application\/json; charset=utf-8$/],
    ['/manifest.webmanifest', /^application\/manifest\+json; charset=utf-8$/],
    ['/favicon.svg', /^image\/svg\+xml/],
    ['/icon-192.png', /^image\/png$/],
    ['/pagefind/pagefind.js', /^text\/javascript; charset=utf-8$/],
    ['/pagefind/pagefind-entry.json', /^application\/json; charset=utf-8$/],
    ['/pagefind/pagefind-ui.css', /^text\/css; charset=utf-8$/],
    ['/pagefind/wasm.en.pagefind', /^application\/octet-stream$/],
    ['/pagefind/pagefind.en_1049b7793c.pf_meta', /^application\/octet-stream$/],
    ['/pagefind/index/en_7c64d52.pf_index', /^application\/octet-stream$/],
    ['/pagefind/fragment/en_1482f47.pf_fragment', /^application\/octet-stream$/],
    ['/pagefind/filter/en_58248bd.pf_filter', /^application\/octet-stream$/],
    ['/pagefind/wasm.wasm', /^application\/wasm$/],
  ];
  for (const [path, type] of types) {
    it(`${path}: Content-Type ${type.source.replace(/\\|\^|\$/g, '')}, nosniff, the CSP`, async () => {
      const r = await request(server.base, path);
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(type);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['content-security-policy']).toBe(CSP_HEADER);
    });
  }

  it('a plain GET (answered from memory) and a conditional one (answered by send) give the same headers and bytes', async () => {
    for (const [path] of types) {
      const plain = await request(server.base, path);
      const viaSend = await request(server.base, path, { headers: { 'if-none-match': '"no-such-etag"' } });
      expect(viaSend.status, path).toBe(200);
      for (const h of ['content-type', 'content-length', 'etag', 'last-modified', 'cache-control', 'accept-ranges', 'content-security-policy', 'x-content-type-options']) {
        expect(plain.headers[h], `${path} ${h}`).toBe(viaSend.headers[h]);
      }
      expect(plain.body.equals(viaSend.body), path).toBe(true);
    }
  });

  it('text goes gzipped to a client that accepts it, and unzips to the same bytes', async () => {
    for (const path of ['/', '/data/offences.json', '/ptpa-2018/s3/']) {
      const plain = await request(server.base, path);
      const zipped = await request(server.base, path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      if (plain.body.length <= 1024) continue;
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary, path).toMatch(/accept-encoding/i);
      expect(gunzipSync(zipped.body).equals(plain.body), path).toBe(true);
      expect(zipped.body.length, path).toBeLessThan(plain.body.length);
    }
  });

  it('hashed assets are immutable for a year; pages, sw.js and unhashed Pagefind files revalidate', async () => {
    for (const path of ['/_astro/Base.Bt2-cCh0.css', '/pagefind/pagefind.en_1049b7793c.pf_meta', '/pagefind/index/en_7c64d52.pf_index', '/pagefind/fragment/en_1482f47.pf_fragment', '/pagefind/filter/en_58248bd.pf_filter']) {
      expect((await request(server.base, path)).headers['cache-control'], path).toBe(IMMUTABLE);
    }
    for (const path of ['/', '/ptpa-2018/s3/', '/sw.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/data/offences.json']) {
      const r = await request(server.base, path);
      expect(r.headers['cache-control'], path).toBe(REVALIDATE);
      expect(r.headers.etag, path).toBeTruthy();
    }
  });

  it('a page revalidates: If-None-Match with its ETag → 304', async () => {
    const first = await request(server.base, '/ptpa-2018/s3/');
    const again = await request(server.base, '/ptpa-2018/s3/', { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('404 and 405 answers carry the CSP and nosniff too', async () => {
    for (const r of [await request(server.base, '/no-such-page/'), await request(server.base, '/', { method: 'POST' })]) {
      expect(r.headers['content-security-policy']).toBe(CSP_HEADER);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('addresses', () => {
  it('a directory without its slash → 301 to the slash, query kept', async () => {
    const r = await request(server.base, '/ptpa-2018/s3?highlight=coercion');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/ptpa-2018/s3/?highlight=coercion');
  });

  it('an unknown path → 404 with the site\'s own 404 page', async () => {
    for (const path of ['/no-such-page/', '/ptpa-2018/s999/', '/nothing.js', '/pagefind/index/missing.pf_index']) {
      const r = await request(server.base, path);
      expect(r.status, path).toBe(404);
      expect(r.headers['content-type'], path).toMatch(/^text\/html/);
      expect(r.body.toString(), path).toContain('Page not found');
    }
  });

  it('a file whose name has a space, in a folder whose path has spaces', async () => {
    expect(site).toMatch(/ /);
    const r = await request(server.base, '/files/a%20b.txt');
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('space in its name');
  });

  it('the longest URL the site makes (a long finder or bundle selection) is admitted; only far longer ones are refused', async () => {
    // Every finder fact and every provision of the library ticked comes to a few KB; 60 KB is far beyond it.
    const long = `/finder/?${Array.from({ length: 3000 }, (_, i) => `f=fact-${i}`).join('&')}`;
    expect(long.length).toBeGreaterThan(30_000);
    const r = await request(server.base, long.padEnd(60_000, 'x'));
    expect(r.status).toBe(200);
    const tooLong = await request(server.base, `/search/?q=${'a'.repeat(70_000)}`);
    expect(tooLong.status).toBe(431);
  });

  it('malformed percent-encoding and bad request lines → 400', async () => {
    expect((await request(server.base, '/%E0%A4%A')).status).toBe(400);
    expect(await raw(server.port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(server.port, 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(server.port, Buffer.from([0, 1, 2, 3, 255, 254, 13, 10, 13, 10]))).toMatch(/^HTTP\/1\.1 400|^$/);
    expect(await raw(server.port, `GET / HTTP/1.1\r\nHost: x\r\nX: ${'y'.repeat(80_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431/);
  });

  it('a client that sends half a request and goes away does not stop others', async () => {
    await Promise.all(Array.from({ length: 20 }, () => raw(server.port, 'GET /data/big.bin HTTP/1.1\r\nHo')));
    expect((await request(server.base, '/data/offences.json')).body.equals(json)).toBe(true);
  });
});
