// Gives every line of a section a stable pinpoint: a short id for URLs ("s3-3-a-i"), an
// Akoma Ntoso style id ("sec_3__subsec_3__para_a__subpara_i") and a citation ("3(3)(a)(i)").
// The importer runs this once and writes the result into the MDX, which is then canonical:
// a human can correct a guess there (clause (i) after (h) is the classic one).

export type PinKind =
  | 'section' | 'subsec' | 'para' | 'subpara' | 'proviso' | 'expl' | 'exception' | 'illus'
  | 'desc' | 'text' | 'longtitle' | 'preamble' | 'enacting' | 'actno' | 'date' | 'title';

export interface Pin {
  id: string;
  akn: string;
  kind: PinKind;
  /** Citation suffix after the section number, e.g. "(3)(a)(i)"; "" for section-level lines. */
  cite: string;
  /** Indent level for display. */
  depth: number;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const LEAD = String.raw`^(?:\{[A-Z]\d+\}|\[)*`;
const LABEL = new RegExp(LEAD + String.raw`\((\d+[A-Z]?|[a-z]{1,4})\)`);
const ORDINAL = /^(firstly|secondly|thirdly|fourthly|fifthly|sixthly|seventhly|eighthly),/;

type LabelType = 'num' | 'alpha' | 'roman';
interface Frame { type: LabelType | 'expl' | 'exception' | 'illus' | 'proviso' | 'text'; label: string; id: string; akn: string; cite: string; }

const AKN: Record<LabelType, string> = { num: 'subsec', alpha: 'para', roman: 'subpara' };
const KIND: Record<LabelType, PinKind> = { num: 'subsec', alpha: 'para', roman: 'subpara' };

function alphaOrdinal(s: string): number {
  // "fa" (inserted after "f") sorts between f and g.
  return s.split('').reduce((n, c, i) => n + (c.charCodeAt(0) - 96) * (i === 0 ? 1 : 0.01), 0);
}
function ordinal(type: LabelType, label: string): number {
  if (type === 'num') return parseFloat(label) + (/[A-Z]$/.test(label) ? 0.5 : 0);
  if (type === 'roman') return ROMAN.indexOf(label) + 1;
  return alphaOrdinal(label);
}

function isNext(type: LabelType, prev: string, cur: string): boolean {
  if (type === 'roman') return ROMAN.indexOf(cur) === ROMAN.indexOf(prev) + 1;
  if (type === 'num') return cur === `${prev}A` || parseInt(cur, 10) === parseInt(prev, 10) + 1;
  // Letters: (f) then (fa), inserted by amendment; (fa) or (f) then (g).
  return cur === `${prev}a` || (cur.length === 1 && cur.charCodeAt(0) === prev.charCodeAt(0) + 1);
}

/** The label that opens a line, after any footnote markers and brackets; for a section's first line, after its heading. */
export function lineLabel(text: string): string | null {
  const m = LABEL.exec(text);
  return m ? m[1] : null;
}

/** Text after "N. Heading.—" on a section's first line. */
export function afterHeading(first: string): string {
  const i = first.indexOf('.—');
  if (i >= 0) return first.slice(i + 2);
  // A print with its headings in the margin: "1. (1) This Act may be called …".
  const m = /^(?:\{[A-Z]\d+\}|\[)*\d+[A-Z]?\.\s+(?=\()/.exec(first);
  return m ? first.slice(m[0].length) : '';
}

/**
 * Pinpoints for the statute lines of one section (notes excluded). `sec` is the section number
 * as printed ("3", "371A"); ids use it lower-cased.
 */
export function assignPinpoints(sec: string, lines: string[]): Pin[] {
  const s = sec.toLowerCase();
  const root: Frame = { type: 'text', label: '', id: `s${s}`, akn: `sec_${s}`, cite: '' };
  const stack: Frame[] = [];
  const used = new Set<string>();
  const counters = new Map<string, number>();
  const out: Pin[] = [];
  const lastSibling = new Map<string, string>(); // parent id + type -> last label

  const parent = () => stack[stack.length - 1] ?? root;
  const unique = (id: string, akn: string): [string, string] => {
    if (!used.has(id)) { used.add(id); return [id, akn]; }
    for (let k = 2; ; k++) if (!used.has(`${id}-${k}`)) { used.add(`${id}-${k}`); return [`${id}-${k}`, `${akn}_${k}`]; }
  };
  const counted = (p: Frame, name: string) => {
    const key = `${p.id}/${name}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const depth = () => stack.length;

  const classify = (label: string): LabelType => {
    if (/^\d/.test(label)) return 'num';
    if (!ROMAN.includes(label)) return 'alpha';
    // A roman-looking label is a letter when it continues a run of letters: (h) then (i).
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (f.type === 'alpha') {
        const prev = f.label.charCodeAt(f.label.length - 1);
        if (label.length === 1 && f.label.length === 1 && label.charCodeAt(0) === prev + 1) return 'alpha';
        break;
      }
      if (f.type === 'roman') break;
    }
    return 'roman';
  };

  const pushLabelled = (label: string) => {
    const type = classify(label);
    // Pop to the level of a previous item of the same type when this label continues its run:
    // first the item it immediately follows ((g) then (h), past a nested (a), (b) inside (g)),
    // else the nearest item it comes after.
    const same = stack.map((f, i) => [f, i] as const).filter(([f]) => f.type === type).reverse();
    const next = same.find(([f]) => isNext(type, f.label, label)) ?? same.find(([f]) => ordinal(type, label) > ordinal(type, f.label));
    if (next) stack.length = next[1];
    // Otherwise this opens a nested list under the current item (e.g. (a), (b) inside clause (g)).
    const p = parent();
    const [id, akn] = unique(`${p.id}-${label.toLowerCase()}`, `${p.akn}__${AKN[type]}_${label.toLowerCase()}`);
    const f: Frame = { type, label, id, akn, cite: `${p.cite}(${label})` };
    out.push({ id, akn, kind: KIND[type], cite: f.cite, depth: depth() });
    stack.push(f);
    lastSibling.set(p.id + type, label);
  };

  const pushText = (kind: PinKind, name: string, aknName: string, cite: string, container: Frame['type'] | null) => {
    const p = parent();
    const n = counted(p, name);
    const suffix = n > 1 || kind === 'text' ? `-${n}` : '';
    const [id, akn] = unique(`${p.id}-${name}${suffix}`, `${p.akn}__${aknName}${suffix ? `_${n}` : ''}`);
    out.push({ id, akn, kind, cite: p.cite + cite, depth: depth() });
    if (container) stack.push({ type: container, label: name, id, akn, cite: p.cite + cite });
  };

  lines.forEach((line, i) => {
    const text = i === 0 ? afterHeading(line) : line;
    const plain = text.replace(/\{[A-Z]\d+\}/g, '').replace(/^\[+/, '');
    const label = lineLabel(text);
    if (label) return pushLabelled(label);
    if (i === 0) return pushText('text', 'text', 'intro', '', null);
    if (/^Provided\b/.test(plain)) {
      // A proviso qualifies the item it follows; it does not open a list.
      return pushText('proviso', 'proviso', 'proviso', ', proviso', null);
    }
    if (/^Explanations?\b/.test(plain)) {
      stack.length = 0;
      const m = /^Explanations?\s+(\d+)/.exec(plain);
      return pushText('expl', m ? `expl-${m[1]}` : 'expl', m ? `explanation_${m[1]}` : 'explanation', m ? `, Explanation ${m[1]}` : ', Explanation', 'expl');
    }
    if (/^Exception\b/.test(plain)) {
      stack.length = 0;
      return pushText('exception', 'exception', 'exception', ', Exception', 'exception');
    }
    if (/^Illustrations?\b/.test(plain)) {
      stack.length = 0;
      return pushText('illus', 'illus', 'illustrations', ', Illustrations', 'illus');
    }
    const ord = ORDINAL.exec(plain);
    if (ord) {
      while (stack.length && parent().type !== 'text') stack.pop();
      const [id, akn] = unique(`${root.id}-${ord[1]}`, `${root.akn}__desc_${ord[1]}`);
      out.push({ id, akn, kind: 'desc', cite: `, ${ord[1]}`, depth: 1 });
      return;
    }
    // An unlabelled line after a list closes that list and continues the item above it.
    if (stack.length && !['expl', 'illus', 'exception'].includes(parent().type)) stack.pop();
    pushText('text', 'text', 'wrapup', '', null);
  });
  return out;
}

/** Pinpoints of the lines before section 1: Act number, long title, preamble, enacting formula. */
export function assignPreamblePins(lines: string[]): Pin[] {
  const used = new Map<string, number>();
  return lines.map((line) => {
    let kind: PinKind;
    if (/^ACT NO\.|^\((?:[IVXLC]+) of \d{4}\)$/i.test(line)) kind = 'actno';
    else if (/^An Act\b/.test(line)) kind = 'longtitle';
    else if (/^(AND )?WHEREAS\b/.test(line)) kind = 'preamble';
    else if (/enacted as follows/i.test(line)) kind = 'enacting';
    else if (/^\[\d/.test(line)) kind = 'date';
    else kind = 'title';
    const n = (used.get(kind) ?? 0) + 1;
    used.set(kind, n);
    // The preamble's lines are numbered from 1: the section that holds them is already #preamble.
    const id = n > 1 || kind === 'preamble' ? `${kind}-${n}` : kind;
    return { id, akn: id.replace('-', '_'), kind, cite: '', depth: 0 };
  });
}
