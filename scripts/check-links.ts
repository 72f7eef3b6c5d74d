// After "astro build": stops the build on a link to a missing page or anchor, and lists the
// references the statute text makes to laws outside the library.
import { join, dirname } from 'node:path';
import { linkReport } from '../src/lib/link-check.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');
const { pages, broken, outside } = linkReport(dist);
if (process.env.LIST_OUTSIDE) for (const [k, at] of outside) console.log(`outside: ${k} (${at.size} place${at.size > 1 ? 's' : ''})`);
if (broken.length) {
  console.error(`Link check failed: ${broken.length} broken internal link(s):\n${broken.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
console.log(`Link check passed: ${pages} pages; ${outside.size} distinct references to laws outside the library (LIST_OUTSIDE=1 lists them).`);
