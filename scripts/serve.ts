// Serves the built site (dist/) on localhost, as a static host would: no server code runs beyond
// handing out files. A person may leave it running on a shared machine, so it must survive any
// request, a rebuild of dist/ under it and clients that hang up; Fastify with @fastify/static (which
// uses `send`) does the HTTP work: Range (RFC 9110: a bad range gets the whole file, an
// unsatisfiable one 416), conditional GET, streams closed on error and abort. This file adds the
// site's policy: only GET and HEAD, no dotfiles, no symlinks out of the folder, the Content Security
// Policy and nosniff on every answer, caching by file kind, the 404 page.
//
// Usage: node scripts/serve.ts [folder]   (folder: else $DIST_DIR, else dist/ beside this script)
// PORT (default 4321) and HOST (default 127.0.0.1) choose where it listens.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import send from '@fastify/send';
import { existsSync, realpathSync, statSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, dirname, resolve, sep, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CSP_HEADER } from '../src/lib/security/csp.ts';
import { cacheControlFor, contentTypeFor, REVALIDATE } from '../src/lib/server/headers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? process.env.DIST_DIR ?? join(here, '..', 'dist'));
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} holds no built site (no index.html): run "npm run build" first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

// The longest URL the site makes is a finder or bundle link listing many choices in its query;
// 64 KB admits every one of them with room to spare (Node's default, 16 KB, answered 431).
const MAX_REQUEST_HEAD = 64 * 1024;

const SECURITY_HEADERS = {
  'content-security-policy': CSP_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

// The folder's real path, re-read when it may have been replaced (dist/ swapped by a rebuild, or a
// symlink to a release folder moved).
let rootReal = realpathSync(root);

/** Refuses a file whose real path lies outside the served folder (a symlink out of dist/). */
// realpath(3) directly (the .native form), synchronously: a few microseconds, cheaper than a trip
// through libuv's thread pool on every request.
async function insideRoot(filePath: string): Promise<void> {
  const real = realpathSync.native(filePath);
  if (real.startsWith(rootReal + sep)) return;
  rootReal = realpathSync.native(root);
  if (!real.startsWith(rootReal + sep)) throw Object.assign(new Error('Outside the site folder'), { statusCode: 404 });
}

const app = Fastify({
  logger: false,
  http: { maxHeaderSize: MAX_REQUEST_HEAD },
  // Paths of the site are short; the long part of a long URL is its query, which routing ignores.
  routerOptions: { maxParamLength: 1024 },
  return503OnClosing: true,
});

app.addHook('onRequest', (request, reply, done) => {
  reply.headers(SECURITY_HEADERS);
  if (request.method === 'GET' || request.method === 'HEAD') return done();
  reply.code(405).header('allow', 'GET, HEAD').header('content-type', 'text/plain; charset=utf-8')
    .header('cache-control', 'no-store').send('405 Method Not Allowed: this server only serves files (GET, HEAD).\n');
});

// @fastify/static provides reply.sendFile (send with its guards: no "..", no non-canonical paths,
// Range, ETag, streams destroyed on error and abort). Its own catch-all route is not used: that
// route lists every directory on the path at each request to check the spelling of names (for
// case-insensitive file systems), which cost most of the throughput here.
app.register(fastifyStatic, {
  root,
  serve: false,
  index: ['index.html'],
  redirect: true, // /ptpa-2018 → 301 /ptpa-2018/
  dotfiles: 'ignore', // /.env → the 404 page
  acceptRanges: true,
  etag: true,
  lastModified: true,
  cacheControl: false, // set per file below
  onFile: insideRoot,
  setHeaders(reply, filePath) {
    reply.header('cache-control', cacheControlFor(sitePath(reply.request.url) ?? '/'));
    reply.header('content-type', contentTypeFor(filePath, reply.getHeader('content-type') as string | undefined));
  },
});

/**
 * The decoded path of a request URL, as @fastify/static decodes it ("%2F" stays encoded, so it
 * never becomes a separator), or undefined when the URL is not validly encoded.
 */
function sitePath(url: string): string | undefined {
  const q = url.indexOf('?');
  try { return decodeURI((q < 0 ? url : url.slice(0, q)).replace(/%(?:23|3f)/gi, decodeURIComponent)); } catch { return undefined; }
}

app.get('/*', (request, reply) => {
  const path = sitePath(request.raw.url ?? '/');
  if (path === undefined) return reply.code(400).header('content-type', 'text/plain; charset=utf-8').send('400 Bad request: the address is not validly encoded.\n');
  // "..", "." and "//" segments, backslashes and NUL are refused here (send refuses them too).
  if (path.includes('\0') || path.includes('\\') || posix.normalize(path) !== path) return reply.callNotFound();
  const cached = request.method === 'GET' && !hasConditions(request.headers) ? fromMemory(path) : undefined;
  if (cached) {
    reply.headers(cached.headers);
    if (cached.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(cached.gzip);
    return reply.send(cached.body);
  }
  return reply.sendFile(path);
});

// A plain GET of a small file (no Range, no conditions) is answered from memory, with the headers
// send would give it; everything else goes to send. Each request still stats the file, so a
// rebuild, a rewrite or a removal is seen at once (a changed inode, size or time re-reads it; a
// vanished file goes to send, which answers 404). Nothing is held open: readFileSync closes.
// This keeps the file work off libuv's thread pool, where stat, open, read and close for every
// request cost more than half the throughput.
interface Entry { ino: number; size: number; mtimeMs: number; body: Buffer; gzip?: Buffer; headers: Record<string, string> }
const memory = new Map<string, Entry>();
const SMALL = 256 * 1024;
const BUDGET = 64 * 1024 * 1024;
let held = 0;

const CONDITIONS = ['range', 'if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range'];
const hasConditions = (h: Record<string, unknown>) => CONDITIONS.some((k) => h[k] !== undefined);

function fromMemory(path: string): Entry | undefined {
  // Dotfiles and directories without their slash are send's to refuse or redirect.
  if (/\/\./.test(path)) return undefined;
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  let st;
  try { st = statSync(file); } catch { return undefined; }
  if (!st.isFile() || st.size > SMALL) return undefined;
  const hit = memory.get(file);
  if (hit && hit.ino === st.ino && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return hit;
  let body: Buffer;
  try {
    const real = realpathSync.native(file);
    if (!real.startsWith(rootReal + sep)) {
      rootReal = realpathSync.native(root);
      if (!real.startsWith(rootReal + sep)) return undefined; // a symlink out of the folder: send refuses it
    }
    body = readFileSync(file);
  } catch { return undefined; }
  // Read while being written: let send deal with it.
  if (body.length !== st.size) return undefined;
  const type = send.mime.getType(file) ?? '';
  const headers = {
    'accept-ranges': 'bytes',
    'last-modified': st.mtime.toUTCString(),
    etag: `W/"${st.size.toString(16)}-${st.mtime.getTime().toString(16)}"`,
    'content-type': contentTypeFor(file, type && /^(?:text\/|application\/json|application\/javascript)/.test(type) ? `${type}; charset=utf-8` : type),
    'cache-control': cacheControlFor(path),
  };
  // Text is sent gzipped to clients that accept it, compressed once per version of the file.
  const compressible = st.size > 1024 && /^(?:text\/|application\/(?:json|javascript|manifest\+json)|image\/svg)/.test(headers['content-type']);
  if (compressible) Object.assign(headers, { vary: 'Accept-Encoding' });
  const entry: Entry = { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, body, gzip: compressible ? gzipSync(body) : undefined, headers };
  if (hit) held -= hit.size;
  if (held + st.size > BUDGET) { memory.clear(); held = 0; }
  memory.set(file, entry);
  held += st.size;
  return entry;
}

// send streams bytes 0..0 of a file it found empty (its range end cannot be -1): had the file grown
// meanwhile (being rewritten), one byte would follow "Content-Length: 0" and corrupt the
// connection. An empty file is answered with an empty body.
app.addHook('onSend', (request, reply, payload, done) => {
  const length = reply.getHeader('content-length');
  if ((length === 0 || length === '0') && payload && typeof (payload as NodeJS.ReadableStream).pipe === 'function') {
    (payload as import('node:stream').Readable).destroy();
    return done(null, '');
  }
  done(null, payload);
});

/** The site's own 404 page, read afresh so a rebuild shows its new one. */
async function notFoundPage(): Promise<string> {
  try { return await readFile(join(root, '404.html'), 'utf8'); } catch { return '<!doctype html><title>Not found</title><h1>Not found</h1>'; }
}

app.setNotFoundHandler(async (request, reply) => {
  reply.code(404).header('content-type', 'text/html; charset=utf-8').header('cache-control', REVALIDATE);
  return request.method === 'HEAD' ? '' : notFoundPage();
});

const MESSAGES: Record<number, string> = { 400: 'Bad request', 403: 'Forbidden', 412: 'Precondition failed', 416: 'Range not satisfiable' };

app.setErrorHandler(async (error: Error & { statusCode?: number; code?: string; headers?: Record<string, string> }, request, reply) => {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  // Refusals (403: a dotfile, a path out of the folder) look like absence: the 404 page.
  if (status === 404 || status === 403 || error.code === 'ENOENT') {
    reply.code(404).header('content-type', 'text/html; charset=utf-8').header('cache-control', REVALIDATE);
    return request.method === 'HEAD' ? '' : notFoundPage();
  }
  // 400/403/416/500 (e.g. a file vanished between stat and read, or no descriptors left): a short
  // plain answer; the process stays up.
  if (status >= 500) console.error(`${request.method} ${request.url.slice(0, 200)}: ${error.code ?? ''} ${error.message}`);
  reply.code(status).header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-store');
  // 416 carries "Content-Range: bytes */<length>" (RFC 9110 §15.5.17).
  if (status === 416 && error.headers?.['Content-Range']) reply.header('content-range', error.headers['Content-Range']);
  return `${status} ${MESSAGES[status] ?? (status >= 500 ? 'Server error, try again' : 'Bad request')}\n`;
});

try {
  await app.listen({ port, host });
  // The port actually bound (PORT=0 asks the system for a free one).
  const bound = (app.server.address() as { port: number }).port;
  console.log(`Library served at http://${host}:${bound}/ from ${root}`);
} catch (e) {
  console.error(`Cannot listen on ${host}:${port}: ${(e as Error).message}`);
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { void app.close().then(() => process.exit(0)); });
