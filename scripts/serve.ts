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
import { existsSync, realpathSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { join, dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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
async function insideRoot(filePath: string): Promise<void> {
  const real = await realpath(filePath);
  if (real.startsWith(rootReal + sep)) return;
  rootReal = await realpath(root);
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

app.register(fastifyStatic, {
  root,
  prefix: '/',
  index: ['index.html'],
  redirect: true, // /ptpa-2018 → 301 /ptpa-2018/
  dotfiles: 'ignore', // /.env → the 404 page
  acceptRanges: true,
  etag: true,
  lastModified: true,
  cacheControl: false, // set per file below
  onFile: insideRoot,
  setHeaders(reply, filePath) {
    const url = (reply.request.url.split('?')[0]) ?? '/';
    let path = url;
    try { path = decodeURIComponent(url); } catch { /* send has refused it already */ }
    reply.header('cache-control', cacheControlFor(path));
    reply.header('content-type', contentTypeFor(filePath, reply.getHeader('content-type') as string | undefined));
  },
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
  if (status === 404 || error.code === 'ENOENT') {
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
  console.log(`Library served at http://${host}:${port}/ from ${root}`);
} catch (e) {
  console.error(`Cannot listen on ${host}:${port}: ${(e as Error).message}`);
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { void app.close().then(() => process.exit(0)); });
