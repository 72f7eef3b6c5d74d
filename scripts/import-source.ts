// Turns the files of ../shared/sources into MDX under content/provisions/, one file per
// provision per version. Run once per source (npm run import -- ptpa-2018.txt); the MDX it
// writes is then the canonical text, reviewed and committed, and the fidelity test proves it
// still equals the source.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { stringify } from 'yaml';
import { parseSourceFile, splitSections, isNoteLine, sectionHeading, MARGINAL, type SectionBlock } from '../src/lib/source-file.ts';
import { assignPinpoints, assignPreamblePins } from '../src/lib/pinpoints.ts';
import { lineToMdx, type MarkerCount } from '../src/lib/mdx.ts';
import { IMPORTS, SOURCES_DIR, type Import } from './import-config.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');

function noteParts(block: SectionBlock) {
  const statute: string[] = [];
  const footnotes: { id: string; text: string }[] = [];
  const notes: string[] = [];
  for (const line of block.lines) {
    if (!isNoteLine(line)) { statute.push(line); continue; }
    const t = line.trim();
    const fn = /^\{([A-Z]\d+)\}\s(.*)$/.exec(t);
    if (fn) footnotes.push({ id: fn[1], text: fn[2] });
    else if (/^\[Editorial note, not statute text: (.*)\]$/.test(t)) notes.push(t.slice(1, -1));
    else throw new Error(`unrecognised note line: ${t}`);
  }
  return { statute, footnotes, notes };
}

function toMdx(block: SectionBlock, meta: Record<string, unknown>, imp: Import): string {
  const { statute, footnotes, notes } = noteParts(block);
  const sec = block.number === 'preamble' ? 'preamble' : block.number.toLowerCase();
  // Marginal notes (printed beside a section) open its block; the section's own first line follows.
  const head = block.number === 'preamble' ? 0 : Math.max(0, statute.findIndex((l) => !MARGINAL.test(l)));
  const pins = block.number === 'preamble' ? assignPreamblePins(statute) : assignPinpoints(block.number, statute.slice(head));
  const counts: MarkerCount = {};
  let marginals = 0;
  const body = statute.map((line, j) => {
    if (MARGINAL.test(line)) {
      marginals++;
      const id = `${block.number === 'preamble' ? '' : `s${sec}-`}marginal${marginals > 1 ? `-${marginals}` : ''}`;
      return `<L id="${id}" akn="${id.replace(/-/g, '_')}" kind="marginal" cite="" depth={0}>\n${lineToMdx(line, sec, counts)}\n</L>`;
    }
    const i = j - head;
    const p = pins[block.number === 'preamble' ? j : i];
    let inner: string;
    const cut = line.indexOf('.—');
    if (i === 0 && block.number !== 'preamble' && cut > 0) {
      inner = `<Hd>${lineToMdx(line.slice(0, cut + 1), sec, counts)}</Hd>${lineToMdx(line.slice(cut + 1), sec, counts)}`;
    } else if (i === 0 && block.number !== 'preamble') {
      // Repealed or omitted stubs: "369A. {F13}* * *" — the number is the heading.
      const m = /^((?:\{[A-Z]\d+\}|\[)*\d+[A-Z]?\.)(.*)$/.exec(line)!;
      inner = `<Hd>${lineToMdx(m[1], sec, counts)}</Hd>${lineToMdx(m[2], sec, counts)}`;
    } else {
      inner = lineToMdx(line, sec, counts);
    }
    return `<L id="${p.id}" akn="${p.akn}" kind="${p.kind}" cite="${p.cite}" depth={${p.depth}}>\n${inner}\n</L>`;
  });
  const fm = {
    ...meta,
    group: block.group,
    footnotes: footnotes.map((f) => ({ ...f, refs: counts[f.id] ?? 0 })),
    notes: notes.length ? notes : undefined,
    editorial: imp.editorial?.[block.number],
  };
  return `---\n${stringify(fm, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.join('\n\n')}\n`;
}

const wanted = process.argv.slice(2);
for (const imp of IMPORTS) {
  if (wanted.length && !wanted.includes(imp.file)) continue;
  const src = parseSourceFile(readFileSync(join(SOURCES_DIR, imp.file), 'utf8'));
  const blocks = splitSections(src.lines);
  if (imp.preambleFrom) {
    const other = splitSections(parseSourceFile(readFileSync(join(SOURCES_DIR, imp.preambleFrom.file), 'utf8')).lines);
    const pre = other.find((b) => b.number === 'preamble');
    if (!pre) throw new Error(`${imp.preambleFrom.file} has no preamble`);
    blocks.unshift(pre);
  }
  const outDir = join(root, 'content', 'provisions', imp.act, imp.version);
  mkdirSync(outDir, { recursive: true });
  blocks.forEach((block, order) => {
    const isPre = block.number === 'preamble';
    const first = block.lines.find((l) => !MARGINAL.test(l)) ?? block.lines[0];
    const status = /Rep\. by/.test(first) ? 'repealed' : /\* \* \*/.test(first) && !/—/.test(first) ? 'omitted' : 'in-force';
    const slug = isPre ? 'preamble' : `s${block.number.toLowerCase()}`;
    const meta = {
      act: imp.act,
      version: imp.version,
      number: isPre ? 'preamble' : block.number,
      heading: isPre ? 'Title and preamble' : imp.headings?.[block.number] ?? sectionHeading(first),
      order,
      kind: isPre ? 'preamble' : imp.kinds[block.number] ?? imp.kinds['*'] ?? 'other',
      status,
      source: isPre && imp.preambleFrom
        ? { file: imp.preambleFrom.file, section: 'preamble', note: imp.preambleFrom.note }
        : { file: imp.file, section: block.number },
    };
    writeFileSync(join(outDir, `${slug}.mdx`), toMdx(block, meta, imp));
  });
  console.log(`${imp.file}: ${blocks.length} provisions -> ${outDir}`);
}
