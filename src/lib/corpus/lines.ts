// Reads the statute lines of a provision's MDX body (the <L> elements written by the importer)
// into plain data for the open-data file /data/corpus.json: each line's pinpoint ids and its text
// as a sequence of parts, so that footnote markers, gaps in the copy and editorial remarks stay
// marked as what they are and are never mixed into the words of the statute.
import type { CorpusLinePart } from '../../schemas/corpus.ts';

export interface MdxLine {
  id: string;
  akn: string;
  kind: string;
  cite: string;
  depth: number;
  /** The statute words only: footnote markers and editorial remarks left out, a gap as "[…]". */
  text: string;
  parts: CorpusLinePart[];
}

const L_RE = /<L\s+([^>]*)>([\s\S]*?)<\/L>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
/** MDX escapes (\[ \* \. \") back to the printed characters. */
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/**
 * The <L> lines of one provision's MDX body, in order.
 * In: the MDX body (front matter may be included; it holds no <L>). Out: one MdxLine per <L>.
 * Throws, naming the line, when an <L> has no id, or when a tag other than Fn, Gap, Ed or Hd
 * appears inside a line (the text would otherwise be silently altered).
 */
export function linesFromMdx(body: string): MdxLine[] {
  const out: MdxLine[] = [];
  for (const m of body.matchAll(L_RE)) {
    const attrs = m[1];
    const id = attr(attrs, 'id');
    if (!id) throw new Error(`an <L> line has no id: ${m[0].slice(0, 80)}`);
    const parts: CorpusLinePart[] = [];
    const text = (t: string) => {
      if (!t) return;
      const last = parts.at(-1);
      if (last?.type === 'text') last.text += t;
      else parts.push({ type: 'text', text: t });
    };
    const inner = m[2].replace(/<\/?Hd>/g, '');
    const TOKEN = /<Fn\s+([^>]*?)\/>|<Gap>([\s\S]*?)<\/Gap>|<Ed>([\s\S]*?)<\/Ed>|<([A-Za-z][^>]*)>/g;
    let at = 0;
    for (const t of inner.matchAll(TOKEN)) {
      text(unescape(inner.slice(at, t.index)));
      at = t.index! + t[0].length;
      if (t[1] !== undefined) {
        const f = attr(t[1], 'f');
        if (!f) throw new Error(`line ${id}: a footnote marker without f="…"`);
        parts.push({ type: 'footnoteRef', footnote: f });
      } else if (t[2] !== undefined) parts.push({ type: 'gap', note: unescape(t[2]).trim() });
      else if (t[3] !== undefined) parts.push({ type: 'editorial', text: unescape(t[3]).trim() });
      else throw new Error(`line ${id}: unexpected tag <${t[4].split(/\s/)[0]}> inside a statute line`);
    }
    text(unescape(inner.slice(at)));
    // Line breaks inside the MDX are layout, not text.
    for (const p of parts) if (p.type === 'text') p.text = p.text.replace(/\s+/g, ' ');
    if (parts[0]?.type === 'text') parts[0].text = parts[0].text.trimStart();
    const lastPart = parts.at(-1);
    if (lastPart?.type === 'text') lastPart.text = lastPart.text.trimEnd();
    const plain = parts
      .map((p) => (p.type === 'text' ? p.text : p.type === 'gap' ? '[…]' : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({
      id,
      akn: attr(attrs, 'akn') ?? '',
      kind: attr(attrs, 'kind') ?? '',
      cite: attr(attrs, 'cite') ?? '',
      depth: Number(/\bdepth=\{(\d+)\}/.exec(attrs)?.[1] ?? 0),
      text: plain,
      parts: parts.filter((p) => p.type !== 'text' || p.text !== ''),
    });
  }
  return out;
}
