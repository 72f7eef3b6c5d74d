// Word-level differences between two texts of a statute line, with each change classed as a
// change of wording or of spelling only ("non-violent" -> "nonviolent"). Built on jsdiff's
// diffWords; this module only groups its output into changes and classes them.
import { diffWords } from 'diff';

export type Segment =
  | { kind: 'same'; text: string }
  | {
      kind: 'change';
      /** Words in the earlier text only ("" for a pure insertion). */
      del: string;
      /** Words in the later text only ("" for a pure deletion). */
      ins: string;
      /** True when both sides are the same word written differently (hyphen, space, case, quote style). */
      spelling: boolean;
    };

/** The form two spellings share: no hyphens or spaces, one case, straight quotes. */
export function spellingKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[-‐‑–\s]/g, '');
}

/**
 * The word-level difference of two texts, as alternating unchanged runs and changes.
 * In: the earlier and the later text (plain words). Out: segments in reading order; joining
 * `text`/`ins` gives the later text, joining `text`/`del` the earlier one. A change is spelling-only
 * when its two sides are both non-empty and equal under spellingKey.
 */
export function wordDiff(earlier: string, later: string): Segment[] {
  const out: Segment[] = [];
  let pending: { del: string; ins: string } | null = null;
  const flush = () => {
    if (!pending) return;
    const { del, ins } = pending;
    out.push({ kind: 'change', del, ins, spelling: del.trim() !== '' && ins.trim() !== '' && spellingKey(del) === spellingKey(ins) });
    pending = null;
  };
  for (const part of diffWords(earlier, later)) {
    if (!part.added && !part.removed) {
      // jsdiff can leave a lone space between a removal and an addition: keep it inside the change.
      if (pending && /^\s+$/.test(part.value)) { pending.del += part.value; pending.ins += part.value; continue; }
      flush();
      out.push({ kind: 'same', text: part.value });
      continue;
    }
    pending ??= { del: '', ins: '' };
    if (part.removed) pending.del += part.value;
    else pending.ins += part.value;
  }
  flush();
  return out;
}

/** Counts of changes: all of them, and those that are spelling only. */
export function changeCount(segments: Segment[]): { changes: number; spelling: number } {
  const changes = segments.filter((s) => s.kind === 'change');
  return { changes: changes.length, spelling: changes.filter((s) => s.kind === 'change' && s.spelling).length };
}

/**
 * How to label a spelling-only change: "punctuation only" when neither side has a letter or
 * digit (a quote mark's style), otherwise "spelling only" (hyphen, space, capital letter).
 */
export function minorChangeLabel(del: string, ins: string): 'spelling only' | 'punctuation only' {
  return /[\p{L}\p{N}]/u.test(del + ins) ? 'spelling only' : 'punctuation only';
}
