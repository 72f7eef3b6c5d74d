// The build, step by step: check content, build the site, train the search's learned reading, index it for search, write the
// downloadable copy (zip, and its size and hash into /download/), then the service worker that
// precaches the result for offline use (last: it must see the final HTML and the whole Pagefind
// index). Each step's time is written to .cache/build-times.json for the benchmark; a
// failing step stops the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const outDir = process.env.OUT_DIR ?? 'dist';
// The tools' own scripts start with "#!/usr/bin/env node": give them this Node (22), not the machine's.
const nodeFirst = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;

const steps: [string, string, string[]][] = [
  ['check content', process.execPath, [join(root, 'scripts', 'check-content.ts')]],
  ['astro build', bin('astro'), ['build', '--outDir', outDir]],
  ['check links', process.execPath, [join(root, 'scripts', 'check-links.ts')]],
  ['search model', process.execPath, [join(root, 'scripts', 'search-model.ts'), outDir]],
  ['pagefind index', bin('pagefind'), ['--site', outDir, '--silent']],
  ['download copy', process.execPath, [join(root, 'scripts', 'download-copy.ts'), outDir]],
  ['service worker', process.execPath, [join(root, 'scripts', 'service-worker.ts'), outDir]],
];

const times: Record<string, number> = {};
for (const [name, cmd, args] of steps) {
  const t0 = performance.now();
  try {
    execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: nodeFirst, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch {
    console.error(`\nBuild failed at step "${name}".`);
    process.exit(1);
  }
  times[name] = Math.round(performance.now() - t0);
}
mkdirSync(join(root, '.cache'), { recursive: true });
writeFileSync(join(root, '.cache', 'build-times.json'), JSON.stringify({ outDir, at: new Date().toISOString(), ms: times }, null, 2));
console.log(`Build complete: ${Object.entries(times).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
