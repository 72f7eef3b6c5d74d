// Load on the local server (scripts/serve.ts): autocannon with 200 connections for 10 s against
// 127.0.0.1 only, on one provision page (the figure issue 13 measured the old server by) and on a
// mix of what a reader's visit fetches. Prints requests/s, p99 latency and errors beside the old
// server's figure from the issue and beside the old server (sirv in dev mode) measured in the same
// run, since the machine's load moves every figure. Run alone (`node scripts/bench-server.ts [dist]`)
// or from scripts/bench.ts.
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The old server (sirv in dev mode) on this machine, 200 connections for 20 s (issue 13). */
export const BEFORE = { rps: 4300, p99: 116 };

interface Load { rps: number; p99: number; errors: number; non2xx: number; total: number; cpuUs?: number }

/** CPU time (user + system, µs) a process has used so far, from /proc (Linux). */
function cpuUs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').slice(readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10_000; // clock ticks of 10 ms
}

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
  return { base, pid: child.pid!, stop: () => new Promise<void>((ok) => { child.once('exit', () => ok()); child.kill('SIGTERM'); }) };
}

async function run(server: { base: string; pid: number }, paths: string[], seconds: number): Promise<Load> {
  const base = server.base;
  const cpu0 = cpuUs(server.pid);
  const result = await autocannon({
    url: base, connections: 200, duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const cpu = cpuUs(server.pid) - cpu0;
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, total: result.requests.total, cpuUs: result.requests.total ? cpu / result.requests.total : undefined };
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
  // CPU per request (the server process's own, from /proc) does not move with the machine's load.
  const fmt = (l: Load) => `${Math.round(l.rps).toLocaleString('en')} req/s, p99 ${l.p99} ms, ${l.errors} errors, ${l.non2xx} non-2xx, ${l.cpuUs?.toFixed(0)} µs CPU/request`;
  const measure = async (old: boolean, paths: string[]) => {
    const server = await startServer(dist, old);
    try { return await run(server, paths, seconds); } finally { await server.stop(); }
  };
  // Interleaved, so a change in the machine's load falls on both servers alike.
  const withOld = !process.env.LOAD_NO_OLD;
  const oldPage = withOld ? await measure(true, ['/ptpa-2018/s3/']) : undefined;
  const nowPage = await measure(false, ['/ptpa-2018/s3/']);
  const oldMix = withOld ? await measure(true, visit) : undefined;
  const nowMix = await measure(false, visit);
  const now = { page: nowPage, mix: nowMix };
  const old = oldPage && oldMix ? { page: oldPage, mix: oldMix } : undefined;
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
