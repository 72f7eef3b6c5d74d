// Serves the built site (dist/) on localhost, as any static host would: no server code runs
// beyond handing out files. PORT and HOST may be set; defaults 4321 and 127.0.0.1.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import sirv from 'sirv';

const dist = join(dirname(new URL(import.meta.url).pathname), '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is not built: run "npm run build" first.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
// dev mode looks files up on each request, so a rebuild is served without a restart.
const files = sirv(dist, { etag: true, dev: true });
const notFound = readFileSync(join(dist, '404.html'));

createServer((req, res) => {
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  });
}).listen(port, host, () => console.log(`Library served at http://${host}:${port}/`));
