// Run before every build: stops it with a message naming the file and field of each fault.
import { join, dirname } from 'node:path';
import { checkContent, formatProblems } from '../src/lib/check-content.ts';
import { SOURCES_DIR } from './import-config.ts';
import { checkChanges, checkHandouts } from '../src/lib/compare/check-editorial.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const contentDir = process.env.CONTENT_DIR ?? join(root, 'content');
const problems = [...checkContent(contentDir, SOURCES_DIR), ...checkChanges(contentDir), ...checkHandouts(contentDir)];
if (problems.length) {
  console.error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log('Content check passed.');
