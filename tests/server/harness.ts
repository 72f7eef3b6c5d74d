// Helpers for the server fault tests: a small stand-in for dist/ in a temporary folder whose path
// has a space, the real server (scripts/serve.ts) started on it as a child process, and plain HTTP
// clients that report what came back (or how the connection ended) without ever throwing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, symlinkSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import net from 'node:net';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * A port for one test file's server: $SERVER_TEST_PORT plus the file's offset when set, else 0
 * (the system picks a free port and the server says which), so that test runs on a shared
 * machine never collide.
 */
export function testPort(offset: number): number {
  return process.env.SERVER_TEST_PORT ? Number(process.env.SERVER_TEST_PORT) + offset : 0;
}

/** A bulky file's bytes: 0..255 repeated, so a wrong range shows as wrong bytes. */
export function pattern(size: number, seed = 0): Buffer {
  const b = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) b[i] = (i + seed) & 255;
  return b;
}

/**
 * Writes a small site shaped like the real build (pages in folders, /_astro/ bundles, every kind
 * of file Pagefind writes, the service worker, data, a 404 page) into a new temporary folder
 * whose name contains a space. Also plants what must never be served: a dotfile and symlinks
 * out of the folder.
 * @param marker text put in the home page, to tell one build from another
 * @returns the folder (absolute path)
 */
export function makeSite(marker = 'build 1'): string {
  const parent = mkdtempSync(join(tmpdir(), 'i13 server '));
  const dir = join(parent, 'dist copy');
  writeSite(dir, marker);
  // What must be refused.
  writeFileSync(join(dir, '.env'), 'SECRET=planted\n');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), '[core]\n');
  symlinkSync('/etc/passwd', join(dir, 'passwd'));
  symlinkSync('/etc', join(dir, 'etc'));
  symlinkSync('/etc/passwd', join(dir, 'data', 'linked.json'));
  return dir;
}

/** Writes (or overwrites) the site's files into dir. */
export function writeSite(dir: string, marker: string) {
  const page = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p data-marker>${marker}</p></body></html>`;
  const files: Record<string, string | Buffer> = {
    'index.html': page('Home'),
    '404.html': page('Page not found'),
    'ptpa-2018/index.html': page('PTPA'),
    'ptpa-2018/s3/index.html': page('Section 3'),
    'search/index.html': page('Search'),
    'finder/index.html': page('Finder'),
    'files/a b.txt': 'a file with a space in its name\n',
    'sw.js': 'self.addEventListener("install", () => {});\n',
    'manifest.webmanifest': '{"name":"Library"}\n',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'icon-192.png': pattern(300),
    '_astro/Base.Bt2-cCh0.css': 'body{margin:0}\n',
    '_astro/search.astro_astro_type_script_index_0_lang.B0RbYoo4.js': 'console.log(1);\n',
    'data/offences.json': JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: `o${i}`, label: 'offence '.repeat(10) }))),
    'data/big.bin': pattern(4 * 1024 * 1024),
    'pagefind/pagefind.js': 'export {};\n',
    'pagefind/pagefind-entry.json': '{"version":"1.4.0"}\n',
    'pagefind/pagefind-worker.js': '\n',
    'pagefind/pagefind-highlight.js': 'export default class {}\n',
    'pagefind/pagefind-ui.css': '.x{}\n',
    'pagefind/wasm.en.pagefind': pattern(5000, 7),
    'pagefind/wasm.unknown.pagefind': pattern(5000, 9),
    'pagefind/pagefind.en_1049b7793c.pf_meta': pattern(900, 1),
    'pagefind/index/en_7c64d52.pf_index': pattern(900, 2),
    'pagefind/fragment/en_1482f47.pf_fragment': pattern(900, 3),
    'pagefind/filter/en_58248bd.pf_filter': pattern(900, 4),
    'pagefind/wasm.wasm': pattern(100, 5),
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
}

export interface Server { pid: number; port: number; base: string; child: ChildProcess; output: () => string; stop: () => Promise<void>; alive: () => boolean }

/**
 * Starts scripts/serve.ts on `root` and waits until it listens.
 * @param ulimit when set, the child runs under `ulimit -n <ulimit>` (soft and hard)
 */
export async function startServer(root: string, port: number, ulimit?: number): Promise<Server> {
  const node = process.execPath;
  const script = join(ROOT, 'scripts', 'serve.ts');
  const child = ulimit
    ? spawn('bash', ['-c', `ulimit -n ${ulimit} && exec "$0" "$1" "$2"`, node, script, root], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' } })
    : spawn(node, [script, root], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' } });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  await new Promise<void>((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 30_000);
    const check = () => { const m = /Library served at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out); if (m) { port = Number(m[1]); clearTimeout(t); ok(); } };
    child.stdout!.on('data', check);
    child.on('exit', (code) => { clearTimeout(t); fail(new Error(`server exited (${code}): ${out}`)); });
  });
  return {
    pid: child.pid!, port, base: `http://127.0.0.1:${port}`, child, output: () => out, alive: () => !exited,
    stop: () => new Promise((ok) => { if (exited) return ok(); child.once('exit', () => ok()); child.kill('SIGTERM'); }),
  };
}

export interface Answer { status: number; headers: http.IncomingHttpHeaders; body: Buffer; error?: string }

/** One HTTP request on a fresh connection; a connection error is returned as `error`, status 0. */
export function request(base: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string; timeout?: number } = {}): Promise<Answer> {
  return new Promise((ok) => {
    const headers = { ...opts.headers, ...(opts.body ? { 'content-length': String(Buffer.byteLength(opts.body)) } : {}) };
    const req = http.request(base + path, { method: opts.method ?? 'GET', headers, agent: false, timeout: opts.timeout ?? 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (e) => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), error: e.message }));
      res.on('aborted', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), error: 'aborted' }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => ok({ status: 0, headers: {}, body: Buffer.alloc(0), error: e.message }));
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/** Sends raw bytes on a socket and returns whatever comes back before the server closes or 3 s pass. */
export function raw(port: number, data: string | Buffer): Promise<string> {
  return new Promise((ok) => {
    const s = net.connect(port, '127.0.0.1');
    let got = '';
    s.on('connect', () => s.write(data));
    s.on('data', (d) => (got += d.toString('latin1')));
    const done = () => ok(got);
    s.on('close', done);
    s.on('error', done);
    s.setTimeout(3000, () => s.destroy());
  });
}

/** Open file descriptors of a process (Linux /proc). */
export const fdCount = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;

/** Open descriptors that are regular files (not sockets, pipes or the event loop's own). */
export function openFiles(pid: number, under: string): string[] {
  const out: string[] = [];
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try { const target = readlinkSync(`/proc/${pid}/fd/${fd}`); if (target.startsWith(under)) out.push(target); } catch { /* closed meanwhile */ }
  }
  return out;
}

/** Removes a site folder made by makeSite (its temporary parent too). */
export const removeSite = (dir: string) => rmSync(join(dir, '..'), { recursive: true, force: true });

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
