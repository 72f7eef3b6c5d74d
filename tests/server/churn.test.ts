// The server while its files change under it: a file removed and rewritten while 8 clients read
// it, and a rebuild (files rewritten in place, then dist/ swapped for a new folder) under load.
// The old server died of both (ENOENT emitted on a ReadStream).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync, unlinkSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeSite, removeSite, writeSite, startServer, request, testPort, openFiles, pattern, sleep, type Server, type Answer } from './harness.ts';

let site: string;
let server: Server;

beforeAll(async () => {
  site = makeSite();
  server = await startServer(site, testPort(1));
});
afterAll(async () => { await server?.stop(); removeSite(site); });

/** Runs `clients` request loops over `paths` until `stop()` resolves; returns every answer. */
async function load(clients: number, paths: string[], until: Promise<unknown>): Promise<Answer[]> {
  const answers: Answer[] = [];
  let done = false;
  void until.then(() => (done = true));
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let i = c; !done; i++) answers.push(await request(server.base, paths[i % paths.length]));
  }));
  return answers;
}

/** True when a body is one whole or partial version of pattern(size, seed) for some seed. */
const consistent = (b: Buffer) => b.every((x, i) => x === (b[0] + i) % 256);

async function noFileLeftOpen() {
  for (let i = 0; i < 50 && openFiles(server.pid, site).length; i++) await sleep(100);
  return openFiles(server.pid, site);
}

describe('files changing while served', () => {
  it('a file removed and rewritten while 8 clients read it: each gets a whole version or 404, and the server stays up', async () => {
    const file = join(site, 'data', 'big.bin');
    const size = 512 * 1024;
    const writer = (async () => {
      for (let seed = 1; seed <= 40; seed++) {
        try { unlinkSync(file); } catch { /* already gone */ }
        await sleep(10);
        writeFileSync(file, pattern(size, seed));
        await sleep(25);
      }
    })();
    const answers = await load(8, ['/data/big.bin'], writer);
    expect(answers.length).toBeGreaterThan(40);
    const statuses = new Set(answers.map((a) => a.status));
    expect(answers.filter((a) => a.status !== 200 && a.status !== 404).map((a) => `${a.status} ${a.error} ${a.body.toString().slice(0, 80)}`)).toEqual([]);
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length).toBeGreaterThan(8);
    // A reader that opened the file before it was removed keeps reading that version, whole.
    for (const a of ok) {
      expect(a.error).toBeUndefined();
      expect(a.body.length).toBe(Number(a.headers['content-length']));
      expect(consistent(a.body)).toBe(true);
    }
    expect(server.alive(), server.output()).toBe(true);
    const last = await request(server.base, '/data/big.bin');
    expect(last.body.equals(pattern(size, 40))).toBe(true);
    expect(await noFileLeftOpen()).toEqual([]);
  });

  it('a file truncated and rewritten in place while read: short answers at worst, never a crash', async () => {
    const file = join(site, 'data', 'big.bin');
    const writer = (async () => {
      for (let seed = 1; seed <= 30; seed++) { writeFileSync(file, pattern(1024 * 1024, seed)); await sleep(30); }
    })();
    const answers = await load(8, ['/data/big.bin'], writer);
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 200 && !a.error).length).toBeGreaterThan(0);
    expect(server.alive(), server.output()).toBe(true);
    expect((await request(server.base, '/data/big.bin')).body.equals(pattern(1024 * 1024, 30))).toBe(true);
    expect(await noFileLeftOpen()).toEqual([]);
  });

  it('a rebuild under load (files rewritten, then the folder swapped for a new one, then removed and rebuilt): 200 or 404, then the new build', async () => {
    const paths = ['/', '/ptpa-2018/s3/', '/data/offences.json', '/pagefind/pagefind.en_1049b7793c.pf_meta', '/_astro/Base.Bt2-cCh0.css', '/ptpa-2018', '/no-such/'];
    const rebuild = (async () => {
      await sleep(200);
      writeSite(site, 'build 2'); // in place, as `astro build` over an existing dist/
      await sleep(200);
      for (const n of [3, 4, 5]) { // a new folder swapped in, as a deploy would
        const fresh = `${site} new`;
        writeSite(fresh, `build ${n}`);
        renameSync(site, `${site} old`);
        renameSync(fresh, site);
        rmSync(`${site} old`, { recursive: true, force: true });
        await sleep(150);
      }
      rmSync(site, { recursive: true, force: true }); // gone entirely for a moment
      await sleep(100);
      mkdirSync(site);
      writeSite(site, 'build 6');
      await sleep(200);
    })();
    const answers = await load(16, paths, rebuild);
    expect(answers.length).toBeGreaterThan(100);
    const bad = answers.filter((a) => ![200, 301, 404].includes(a.status));
    // Only a file truncated mid-read by the in-place rewrite may end short; nothing else fails.
    expect(bad.filter((a) => a.error !== 'aborted' && a.status !== 200)).toEqual([]);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(answers.length / 2);
    expect(server.alive(), server.output()).toBe(true);
    const home = await request(server.base, '/');
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain('build 6');
    expect((await request(server.base, '/ptpa-2018/s3/')).body.toString()).toContain('build 6');
    expect(await noFileLeftOpen()).toEqual([]);
  });
});
