// Aligning two texts of a provision line by line (by pinpoint id), and two Acts section by
// section (by section number), for the comparison pages. Pure: no content access.
import { diffArrays, diffWords } from 'diff';
import type { StatuteLine } from './lines.ts';
import { wordDiff, type Segment } from './word-diff.ts';

export interface AlignedLine {
  earlier?: StatuteLine;
  later?: StatuteLine;
  /** Word differences, earlier -> later; a line in one text only is one whole-line change. */
  segments: Segment[];
  /** The line's words are the same in both texts. */
  same: boolean;
}

/**
 * Pairs the lines of two texts of one provision by pinpoint id, keeping reading order: lines
 * with the same id are compared word by word; a line in one text only is shown whole as
 * inserted or deleted. In: the earlier and later lines. Out: rows in the later text's order, with
 * the earlier text's own lines placed where they stood.
 */
export function alignLines(earlier: StatuteLine[], later: StatuteLine[]): AlignedLine[] {
  const byId = (l: StatuteLine) => l.id;
  const out: AlignedLine[] = [];
  let gone: StatuteLine[] = [];
  let fresh: StatuteLine[] = [];
  const pair = (e: StatuteLine, l: StatuteLine) => {
    const segments = wordDiff(e.text, l.text);
    out.push({ earlier: e, later: l, segments, same: segments.every((s) => s.kind === 'same') });
  };
  // A run of lines in the earlier text only next to a run in the later text only: lines whose
  // numbering changed ("s10-text-1" became "s10-1" when a sub-section was added) but whose words
  // mostly stayed are still compared word by word.
  const flush = () => {
    let j = 0;
    for (const e of gone) {
      const k = fresh.findIndex((l, idx) => idx >= j && similarity(e.text, l.text) >= 0.5);
      if (k < 0) { out.push({ earlier: e, segments: [{ kind: 'change', del: e.text, ins: '', spelling: false }], same: false }); continue; }
      for (; j < k; j++) out.push({ later: fresh[j], segments: [{ kind: 'change', del: '', ins: fresh[j].text, spelling: false }], same: false });
      pair(e, fresh[j++]);
    }
    for (; j < fresh.length; j++) out.push({ later: fresh[j], segments: [{ kind: 'change', del: '', ins: fresh[j].text, spelling: false }], same: false });
    gone = [];
    fresh = [];
  };
  let i = 0;
  let j = 0;
  for (const part of diffArrays(earlier.map(byId), later.map(byId))) {
    for (let k = 0; k < part.count!; k++) {
      if (part.removed) gone.push(earlier[i++]);
      else if (part.added) fresh.push(later[j++]);
      else { flush(); pair(earlier[i++], later[j++]); }
    }
  }
  flush();
  return out;
}

/** Share of characters two texts have in common, word by word (0 nothing, 1 the same). */
export function similarity(a: string, b: string): number {
  if (!a && !b) return 1;
  const common = diffWords(a, b).filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.length, 0);
  return common / Math.max(a.length, b.length);
}

/** Whether every change in the aligned lines is a change of spelling only (and there is at least one). */
export function spellingOnly(lines: AlignedLine[]): boolean {
  const changes = lines.flatMap((l) => l.segments).filter((s) => s.kind === 'change');
  return changes.length > 0 && changes.every((s) => s.kind === 'change' && s.spelling);
}

/**
 * Pairs sections of two or more Acts by section number, in the order of the first list, then
 * any numbers found only in later lists. In: lists of section numbers per Act. Out: rows of
 * numbers, one per section, with null where an Act has no such section.
 */
export function alignSections(...acts: string[][]): { number: string; present: boolean[] }[] {
  const order: string[] = [];
  for (const list of acts) for (const n of list) if (!order.includes(n)) order.push(n);
  return order.map((number) => ({ number, present: acts.map((list) => list.includes(number)) }));
}

/**
 * The footnote that made a change in a line: the marker nearest to where the change stands in
 * the later text (a substitution's marker opens its bracket; an omission's stands where the words
 * were). In: the later line's markers and the change's offset in the later text. Out: the footnote
 * id, or null when the line has no marker (the difference is not explained by a footnote).
 */
export function footnoteFor(markers: { fn: string; at: number }[], at: number): string | null {
  if (markers.length === 0) return null;
  let best = markers[0];
  for (const m of markers) if (Math.abs(m.at - at) < Math.abs(best.at - at) || (Math.abs(m.at - at) === Math.abs(best.at - at) && m.at <= at)) best = m;
  return best.fn;
}

/** Offsets of each change in the later text, in segment order (for footnoteFor). */
export function changeOffsets(segments: Segment[]): number[] {
  const out: number[] = [];
  let pos = 0;
  for (const s of segments) {
    if (s.kind === 'same') pos += s.text.length;
    else { out.push(pos); pos += s.ins.length; }
  }
  return out;
}
