// Turns one line of statute text from the sources into MDX, and back. The MDX keeps every
// character of the source; only Markdown syntax is escaped and the sources' markers become
// components: {F1} -> <Fn>, [[GAP: …]] -> <Gap>, [Editorial …] -> <Ed>.

const MD_SPECIAL = /[\\`*_{}[\]<>#|~&!]/g;

export function escapeMdx(text: string): string {
  let out = text.replace(MD_SPECIAL, (c) => `\\${c}`);
  // A line opening with "1." or "-" would become a list; "+" too.
  out = out.replace(/^(\d+)\./, '$1\\.').replace(/^([-+])/, '\\$1');
  return out;
}

export interface MarkerCount { [id: string]: number }

/** One statute line as MDX, counting footnote references per footnote id. */
export function lineToMdx(line: string, section: string, counts: MarkerCount): string {
  const parts: string[] = [];
  const re = /\{([A-Z]\d+)\}|\[\[GAP: ([^\]]*)\]\]|\[(Editorial[^\]]*)\]/g;
  let last = 0;
  for (let m; (m = re.exec(line)); ) {
    parts.push(escapeMdx(line.slice(last, m.index)));
    if (m[1]) {
      counts[m[1]] = (counts[m[1]] ?? 0) + 1;
      parts.push(`<Fn f="${m[1]}" s="${section}" k={${counts[m[1]]}} />`);
    } else if (m[2] !== undefined) {
      parts.push(`<Gap>${escapeMdx(m[2])}</Gap>`);
    } else {
      parts.push(`<Ed>${escapeMdx(m[3])}</Ed>`);
    }
    last = m.index + m[0].length;
  }
  parts.push(escapeMdx(line.slice(last)));
  return parts.join('');
}


/** The statute lines of a provision's MDX body as plain text, markers dropped: for comparisons. */
export function mdxToPlainLines(body: string): string[] {
  const out: string[] = [];
  for (const raw of body.split('\n')) {
    if (!raw.trim() || /^<\/?L[\s>]/.test(raw)) continue;
    const text = raw
      .replace(/<Fn [^>]*\/>/g, '')
      .replace(/<Gap>(.*?)<\/Gap>/g, '[text missing: $1]')
      .replace(/<\/?(Hd|Ed)>/g, '')
      .replace(/\\(.)/g, '$1');
    out.push(text);
  }
  return out;
}
