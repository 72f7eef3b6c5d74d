// Splits an MDX file into its YAML frontmatter and body. Its own module so that the content
// check, the offence loader and the figure tracer can all use it without importing each other.
import { parse } from 'yaml';

/**
 * The frontmatter (parsed YAML) and the body of a file that opens with a "---" block.
 * Throws when there is no frontmatter block; YAML errors propagate from the parser.
 */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  if (!m) throw new Error('no frontmatter block between "---" lines');
  return { data: parse(m[1]), body: m[2] };
}
