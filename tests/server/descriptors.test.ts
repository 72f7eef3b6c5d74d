// File descriptors: the old server left one open for good on about a quarter of plain requests and
// on most aborted downloads, and died of EMFILE under a low `ulimit -n`. Here every descriptor
// of a served file is closed again, counted in /proc/<pid>/fd.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import net from 'node:net';
import { makeSite, removeSite, startServer, request, testPort, fdCount, openFiles, sleep, type Server } from './harness.ts';

let site: string;

beforeAll(() => { site = makeSite(); });
afterAll(() => removeSite(site));

/** Starts a download of `path` and hangs up after `after` bytes of the answer (0: right after asking). */
function abortedDownload(port: number, path: string, after: number): Promise<void> {
  return new Promise((ok) => {
    const s = net.connect(port, '127.0.0.1');
    let got = 0;
    s.on('connect', () => { s.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`); if (after === 0) s.destroy(); });
    s.on('data', (d) => { got += d.length; if (got >= after) s.destroy(); });
    s.on('close', () => ok());
    s.on('error', () => ok());
  });
}

/** Waits (up to 5 s) until the server holds no file of the site open; returns what is still open. */
async function settled(server: Server): Promise<string[]> {
  for (let i = 0; i < 50 && openFiles(server.pid, site).length; i++) await sleep(100);
  return openFiles(server.pid, site);
}

describe('descriptors', () => {
  let server: Server;
  beforeAll(async () => { server = await startServer(site, testPort(2)); });
  afterAll(async () => { await server?.stop(); });

  it('500 aborted downloads (before, during and just after the headers) leave no descriptor open', async () => {
    for (let i = 0; i < 5; i++) await request(server.base, '/'); // warm up: lazily opened descriptors exist now
    const before = fdCount(server.pid);
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(Array.from({ length: 50 }, (_, i) => abortedDownload(server.port, '/data/big.bin', [0, 1, 300, 64 * 1024, 1024 * 1024][(batch * 50 + i) % 5])));
    }
    expect(await settled(server)).toEqual([]);
    for (let i = 0; i < 50 && fdCount(server.pid) > before + 2; i++) await sleep(100);
    expect(fdCount(server.pid)).toBeLessThanOrEqual(before + 2);
    expect(server.alive()).toBe(true);
  });

  it('500 plain requests, keep-alive or not, leave no descriptor open', async () => {
    const before = fdCount(server.pid);
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(Array.from({ length: 50 }, (_, i) => request(server.base, ['/', '/data/offences.json', '/ptpa-2018/s3/', '/no-such/', '/data/big.bin'][i % 5], { headers: i % 2 ? { connection: 'close' } : {} })));
    }
    expect(await settled(server)).toEqual([]);
    for (let i = 0; i < 50 && fdCount(server.pid) > before + 2; i++) await sleep(100);
    expect(fdCount(server.pid)).toBeLessThanOrEqual(before + 2);
  });
});

describe('a low ulimit -n', () => {
  it('with 64 descriptors and 150 slow readers at once, it answers what it can, refuses the rest, and recovers', async () => {
    const server = await startServer(site, testPort(3), 64);
    try {
      expect((await request(server.base, '/')).status).toBe(200);
      // 150 readers that ask for the 4 MB file and then read nothing: each holds a socket and a file.
      const sockets: net.Socket[] = [];
      for (let i = 0; i < 150; i++) {
        const s = net.connect(server.port, '127.0.0.1');
        s.on('error', () => {});
        s.on('connect', () => { s.write('GET /data/big.bin HTTP/1.1\r\nHost: x\r\n\r\n'); s.pause(); });
        sockets.push(s);
      }
      await sleep(1500);
      expect(server.alive(), server.output()).toBe(true);
      // The limit was reached (so the test tests something): some file could not be opened.
      expect(server.output()).toMatch(/EMFILE/);
      for (const s of sockets) s.destroy();
      await sleep(500);
      // Recovered: every descriptor back, and it serves again.
      expect(await settled(server)).toEqual([]);
      for (let i = 0; i < 10; i++) expect((await request(server.base, '/data/offences.json')).status).toBe(200);
      expect(server.alive(), server.output()).toBe(true);
      expect(fdCount(server.pid)).toBeLessThan(64);
    } finally {
      await server.stop();
    }
  });
});
