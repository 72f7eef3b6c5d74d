// Where each footnote of a provision is marked: the pinpoint of the line that carries its first
// marker, for linking a timeline row or a difference to the exact line.

/**
 * The <L id> of the first line whose MDX carries a marker of footnote `fn`, or null when the
 * footnote has no marker of its own in this provision (some notes cover a whole section).
 */
export function lineOfFootnote(mdxBody: string, fn: string): string | null {
  const at = mdxBody.indexOf(`<Fn f="${fn}"`);
  if (at < 0) return null;
  const open = mdxBody.lastIndexOf('<L id="', at);
  if (open < 0) return null;
  return /^<L id="([^"]+)"/.exec(mdxBody.slice(open))?.[1] ?? null;
}
