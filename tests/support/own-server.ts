// A copy of the built site served on its own port, for browser tests that must control the server:
// change a file and rebuild the service worker (tests/e2e/app-update.spec.ts), or stop it so that
// every request fails, the worker's own update check included (tests/e2e/offline.spec.ts).
// Playwright's context.setOffline reaches neither the worker's requests nor, in recent Chromium, a
// document opened after it, so stopping the server is the one loss of network both always see.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { DIST } from './site.ts';

export interface OwnServer {
  /** Origin, e.g. http://127.0.0.1:4421 (no final slash). */
  base: string;
  /** The folder served: a copy of dist/, removed by close(). */
  dir: string;
  /** Stops answering: connections are refused from now on, open ones are cut. */
  stop(): Promise<void>;
  /** Stops and removes the folder. */
  close(): Promise<void>;
}

/**
 * Copies dist/ to a temporary folder and serves it on 127.0.0.1, on a port the system gives (or `port`).
 * @param port a fixed port, only where a test needs one; by default any free port.
 * @throws if dist/ is missing or the port is taken (the copy is then removed).
 */
export async function ownServer(port = 0): Promise<OwnServer> {
  const dir = mkdtempSync(join(tmpdir(), 'library-own-server-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    const files = sirv(dir, { dev: true, etag: true });
    const server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end('not found'); }));
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => { server.off('error', fail); ok(); });
    });
    const bound = (server.address() as AddressInfo).port;
    let stopped: Promise<void> | undefined;
    const stop = () => (stopped ??= new Promise<void>((ok) => { server.close(() => ok()); server.closeAllConnections(); }));
    return {
      base: `http://127.0.0.1:${bound}`,
      dir,
      stop,
      async close() { await stop(); rmSync(dir, { recursive: true, force: true }); },
    };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
