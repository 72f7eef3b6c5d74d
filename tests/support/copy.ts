// The downloadable copy written by the build (dist/downloads/*.zip), unzipped for tests.
import { readFileSync, readdirSync, mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { DIST } from './site.ts';

/** The zip's path; throws when the build has not written one. */
export function zipPath(): string {
  const dir = join(DIST, 'downloads');
  const zips = readdirSync(dir).filter((f) => /^pk-trafficking-law-library-\d{4}-\d{2}-\d{2}\.zip$/.test(f));
  if (zips.length !== 1) throw new Error(`expected one copy in ${dir}, found ${zips.join(', ') || 'none'}; run "npm run build"`);
  return join(dir, zips[0]);
}

/** Unzips the copy into a new temporary folder; returns the copy's own folder (holding index.html). */
export function unzipCopy(): { root: string; files: string[] } {
  const entries = unzipSync(readFileSync(zipPath()));
  const tmp = mkdtempSync(join(tmpdir(), 'library-copy-test-'));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), data);
  }
  const top = Object.keys(entries)[0].split('/')[0];
  return { root: join(tmp, top), files: Object.keys(entries).filter((n) => !n.endsWith('/')).map((n) => n.slice(top.length + 1)) };
}
