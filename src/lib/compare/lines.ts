// Statute lines of a provision's MDX body, with the structure the comparisons need: pinpoint id,
// kind, depth (for statute layout) and the plain words. Footnote markers are taken out of the
// words but their places are kept, so a difference can be tied to the footnote that made it.

export interface StatuteLine {
  /** The <L id>: "s3-3-a-i". */
  id: string;
  kind: string;
  /** Indentation level as printed: 0 sub-section, 1 clause, 2 sub-clause. */
  depth: number;
  /** "(3)(a)(i)", ", proviso", "" for a section-level line. */
  cite: string;
  /** The words of the line, markers dropped, escapes undone; a gap reads "[text missing: …]". */
  text: string;
  /** Footnote markers in the line: footnote id and the character offset in `text` where it stands. */
  markers: { fn: string; at: number }[];
}

const OPEN = /^<L id="([^"]+)"[^>]*>$/;

/**
 * Splits an MDX provision body (as written by scripts/import-source.ts) into its statute lines.
 * In: the MDX body after the frontmatter. Out: one StatuteLine per <L> element, in order.
 * A body with no <L> elements gives an empty list (never throws).
 */
export function statuteLines(body: string): StatuteLine[] {
  const out: StatuteLine[] = [];
  let cur: { id: string; kind: string; depth: number; cite: string; raw: string[] } | null = null;
  for (const line of body.split('\n')) {
    const open = OPEN.exec(line.trim());
    if (open) {
      const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(line)?.[1] ?? '';
      const depth = Number(/depth=\{(\d+)\}/.exec(line)?.[1] ?? 0);
      cur = { id: open[1], kind: attr('kind'), cite: attr('cite'), depth, raw: [] };
      continue;
    }
    if (line.trim() === '</L>') {
      if (cur) out.push({ id: cur.id, kind: cur.kind, depth: cur.depth, cite: cur.cite, ...plainWithMarkers(cur.raw.join(' ').trim()) });
      cur = null;
      continue;
    }
    if (cur && line.trim()) cur.raw.push(line.trim());
  }
  return out;
}

/** One line of MDX as plain words, with the offsets of its footnote markers. */
export function plainWithMarkers(mdx: string): { text: string; markers: { fn: string; at: number }[] } {
  const markers: { fn: string; at: number }[] = [];
  let text = '';
  const re = /<Fn f="([A-Z]\d+)"[^>]*\/>|<Gap>(.*?)<\/Gap>|<\/?(?:Hd|Ed)>|\\(.)|([^<\\]+|<)/g;
  for (let m; (m = re.exec(mdx)); ) {
    if (m[1]) markers.push({ fn: m[1], at: text.length });
    else if (m[2] !== undefined) text += `[text missing: ${m[2].replace(/\\(.)/g, '$1')}]`;
    else if (m[3] !== undefined) text += m[3];
    else if (m[4] !== undefined) text += m[4];
  }
  return { text, markers };
}
