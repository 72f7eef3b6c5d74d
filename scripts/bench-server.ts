// Load on the local server (scripts/serve.ts): autocannon with 200 connections for 10 s against
// 127.0.0.1 only, on one provision page (the figure issue 13 measured the old server by) and on a
// mix of what a reader's visit fetches. Prints requests/s, p99 latency and errors beside the old
// server's figure from the issue and beside the old server (sirv in dev mode) measured in the same
// run, since the machine's load moves every figure. Run alone (`node scripts/bench-server.ts [dist]`)
// or from scripts/bench.ts.
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The old server (sirv in dev mode) on this machine, 200 connections for 20 s (issue 13). */
export const BEFORE = { rps: 4300, p99: 116 };

interface Load { rps: number; p99: number; errors: number; non2xx: number; total: number }

// The server this replaced, for a same-run comparison only (sirv, dev mode, as scripts/serve.ts was).
const OLD_SERVER = `
import { createServer } from 'node:http';
import sirv from 'sirv';
const files = sirv(process.argv[1], { etag: true, dev: true });
const s = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end(); }));
s.listen(0, '127.0.0.1', () => console.log('Library served at http://127.0.0.1:' + s.address().port + '/'));`;

/** Starts scripts/serve.ts (or the old server) on a free port of 127.0.0.1; resolves with its base URL and a stop(). */
async function startServer(dist: string, old = false) {
  const args = old ? ['--input-type=module', '-e', OLD_SERVER, dist] : [join(root, 'scripts', 'serve.ts'), dist];
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1' } });
  let out = '';
  const base = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (d) => { out += d; const m = /Library served at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out); if (m) ok(m[1]); });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
  return { base, stop: () => new Promise<void>((ok) => { child.once('exit', () => ok()); child.kill('SIGTERM'); }) };
}

async function run(base: string, paths: string[], seconds: number): Promise<Load> {
  const result = await autocannon({
    url: base, connections: 200, duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, total: result.requests.total };
}

/**
 * Runs the load and returns table rows [measure, figure, comparison].
 * @param dist the built site; must hold ptpa-2018/s3/
 * @param seconds length of each run (10 by default)
 */
export async function serverLoad(dist: string, seconds = 10): Promise<[string, string, string][]> {
  const astro = readdirSync(join(dist, '_astro'));
  const fragment = existsSync(join(dist, 'pagefind', 'fragment')) ? readdirSync(join(dist, 'pagefind', 'fragment'))[0] : undefined;
  const visit = ['/ptpa-2018/s3/', '/', '/ppc/s371a/', ...astro.slice(0, 3).map((f) => `/_astro/${f}`), '/ptpa-2018/', ...(fragment ? [`/pagefind/fragment/${fragment}`] : []), '/data/offences.json'];
  const fmt = (l: Load) => `${Math.round(l.rps).toLocaleString('en')} req/s, p99 ${l.p99} ms, ${l.errors} errors, ${l.non2xx} non-2xx`;
  const measure = async (old: boolean) => {
    const server = await startServer(dist, old);
    try { return { page: await run(server.base, ['/ptpa-2018/s3/'], seconds), mix: await run(server.base, visit, seconds) }; }
    finally { await server.stop(); }
  };
  const now = await measure(false);
  const old = process.env.LOAD_NO_OLD ? undefined : await measure(true);
  const rows: [string, string, string][] = [
    [`server load: one provision page, 200 connections, ${seconds} s`, fmt(now.page), `issue 13's figure for the old server: ${BEFORE.rps.toLocaleString('en')} req/s, p99 ${BEFORE.p99} ms; 0 errors`],
    [`server load: a visit's mix (${visit.length} files), 200 connections, ${seconds} s`, fmt(now.mix), '0 errors'],
  ];
  if (old) {
    rows.push([`  old server (sirv dev), same run: one provision page`, fmt(old.page), '']);
    rows.push([`  old server (sirv dev), same run: a visit's mix`, fmt(old.mix), '']);
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await serverLoad(process.argv[2] ?? join(root, 'dist'), Number(process.env.LOAD_SECONDS ?? 10));
  for (const [a, b, c] of rows) console.log(`${a}: ${b}   (${c})`);
}
