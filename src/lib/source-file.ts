// Reads a file of ../shared/sources: a header of "key: value" lines, then "---", then the text.
// Pure: takes the file's text, never the file system, so it is unit-tested on fixtures.

export interface SourceFile {
  header: Record<string, string>;
  /** The text after the "---" line, one provision line per entry, blank lines dropped. */
  lines: string[];
}

/** The header's "key: value" pairs and the raw lines after "---" (blank lines kept). */
export function splitHeader(text: string): { header: Record<string, string>; body: string[] } {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const sep = all.indexOf('---');
  if (sep < 0) throw new Error('source file has no "---" line between header and text');
  const header: Record<string, string> = {};
  for (const line of all.slice(0, sep)) {
    const m = /^([a-z/-]+):\s?(.*)$/i.exec(line);
    if (m) header[m[1]] = m[2];
  }
  return { header, body: all.slice(sep + 1) };
}

export function parseSourceFile(text: string): SourceFile {
  const { header, body } = splitHeader(text);
  const lines = body.filter((l) => l.trim() !== '').map((l) => l.replace(/\s+$/, ''));
  return { header, lines };
}

/** A footnote or editorial line is indented under the provision that uses it. */
export const isNoteLine = (line: string) => /^\s{2,}/.test(line);

const MARKS = String.raw`(?:\{[A-Z]\d+\}|\[)*`;
/** "3. Heading.—", "{F4}[10. Heading.—", "{F8}366. [Heading] Rep. by", "369A. {F13}* * *". */
export const SECTION_START = new RegExp(String.raw`^${MARKS}(\d+[A-Z]?)\.\s`);
export const SUBHEADING = /^\[Sub-heading\]\s+(.*)$/;
/** A marginal note of a print that sets section headings in the margin (the Sindh Act of 2015). */
export const MARGINAL = /^\[Marginal note: (.*)\]$/;

export interface SectionBlock {
  /** "3", "371A", or "preamble" for the lines before section 1. */
  number: string;
  /** Statute lines (and sub-heading lines) with the notes indented beneath them, as in the file. */
  lines: string[];
  /** A "[Sub-heading]" of the Code that stands immediately before this section. */
  group?: string;
}

export function splitSections(lines: string[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let current: SectionBlock | undefined;
  let pendingGroup: string | undefined;
  // A marginal note is printed beside the provision it names: one standing right before a
  // section's first line opens that section's block; elsewhere it stays where it stands.
  let pendingMarginal: string[] = [];
  const flush = () => { if (current) current.lines.push(...pendingMarginal); pendingMarginal = []; };
  for (const line of lines) {
    if (!isNoteLine(line) && MARGINAL.test(line)) { pendingMarginal.push(line); continue; }
    const sub = SUBHEADING.exec(line);
    if (sub) {
      pendingGroup = sub[1];
      current = undefined;
      continue;
    }
    const start = isNoteLine(line) ? null : SECTION_START.exec(line);
    if (start) {
      current = { number: start[1], lines: [...pendingMarginal, line], group: pendingGroup };
      pendingMarginal = [];
      pendingGroup = undefined;
      blocks.push(current);
    } else if (current) {
      flush();
      current.lines.push(line);
    } else {
      current = { number: 'preamble', lines: [...pendingMarginal, line] };
      pendingMarginal = [];
      blocks.push(current);
    }
  }
  flush();
  return blocks;
}

/** Footnote markers as written in the sources: {F1}, {P12}, {C3}. */
export const MARKER = /\{([A-Z]\d+)\}/g;

/** "Trafficking in persons" from "3. Trafficking in persons.—(1) Any person …". */
export function sectionHeading(firstLine: string): string {
  const plain = firstLine.replace(MARKER, '');
  const rep = /^\[?\d+[A-Z]?\.\s*\[([^\]]+)\]/.exec(plain); // "366. [Heading] Rep. by …"
  if (rep) return rep[1].replace(/\.$/, '').replace(/\betc$/, 'etc.');
  const m = /^\[*\d+[A-Z]?\.\s+(.*?)\.?—/.exec(plain);
  if (!m) return '';
  // The regex drops the heading's closing full stop; "etc." keeps its own.
  return m[1].replace(/[[\]]/g, '').replace(/\betc$/, 'etc.').trim();
}
