// Defined terms: “child” means…, ‘benefit’ includes…, "nominal wages’, in relation to any labour,
// means… (BLSA s. 2(g) prints a mismatched pair of quotes), “lawful guardian” in this section
// include…, “prisoner of war” and “protected person” shall have the same meaning…, and the PPC's
// “rape” (“A person A is said to commit “rape” if A—”). Pure: takes statute lines, never files.
//
// Scope follows the words of the text: a definition introduced by "In this Act" (s. 2) applies in
// the whole Act (in that version); one introduced by "In this section" or "For the purposes of this
// section" applies in its own section only (PTPA s. 3(3) "coercion", s. 4 Explanation "organized
// criminal group", BLSA s. 18 "company"); "For the purposes of this section and section 371B" in
// both; "In this Chapter" (PPC s. 375 Explanation 3) in the whole PPC extract, all of which
// (ss. 359–377B) is in Chapter XVI.

/** One statute line (an <L> of the MDX) as plain text: footnote markers dropped, escapes undone. */
export interface StatuteLine { id: string; depth: number; cite: string; text: string }

export type TermScope = { kind: 'act' } | { kind: 'chapter' } | { kind: 'sections'; sections: string[] };

export interface DefinedTerm {
  /** As printed between the quotes: "child", "Penal Code", "advance (peshgi)". */
  term: string;
  act: string;
  /** Version id of the Act, e.g. "2025-04-23". */
  version: string;
  /** Section that defines it, e.g. "2", "371A". */
  number: string;
  /** Pinpoint id of the defining line, e.g. "s2-a". */
  pin: string;
  /** Citation of the defining line, e.g. "s. 2(a)". */
  cite: string;
  /** The definition as printed, from the opening quote (sub-clauses appended), shortened if long. */
  definition: string;
  scope: TermScope;
  /** Pins of the lines that make up the definition: the term is not linked there. */
  lines: string[];
}

const MAX_DEF = 450;
const OPEN = '[“‘"]';
const CLOSE = '[”’"]';
const WORDS = '[^“”‘’"\\n]{1,60}?';
// “term” [and “term2”] [, in relation to…,] [in this section] means|includes|include|shall have the same meaning
const DEF_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])${OPEN}(${WORDS})${CLOSE}(?:\\s+and\\s+${OPEN}(${WORDS})${CLOSE})?(?:\\s*,[^,;“”]{1,60},)?(\\s+in\\s+this\\s+section)?\\s+(?:means|includes?|shall\\s+(?:also\\s+)?include|(?:shall\\s+)?ha(?:ve|s)\\s+the\\s+same\\s+meaning)\\b`,
  'gu',
);
const SAID_RE = /\bis said to commit [“"]([^”"\n]{1,40})[”"]/gu;
const SCOPE_RE = /\b(?:in|for the purposes? of)\s+this\s+(section|Chapter|Act|Code)((?:\s+and\s+sections?\s+\d+[A-Z]?(?:\s*(?:,|and)\s*\d+[A-Z]?)*)?)/i;

/** The <L> lines of a provision's MDX body, as plain text. */
export function statuteLinesFromMdx(body: string): StatuteLine[] {
  const out: StatuteLine[] = [];
  const re = /<L\s+id="([^"]+)"([^>]*)>([\s\S]*?)<\/L>/g;
  for (let m; (m = re.exec(body)); ) {
    const attrs = m[2];
    const depth = Number(/depth=\{(\d+)\}/.exec(attrs)?.[1] ?? 0);
    const cite = /cite="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const text = m[3]
      .replace(/<Fn\s[^>]*\/>/g, '')
      .replace(/<Gap>([\s\S]*?)<\/Gap>/g, '[…]')
      .replace(/<Ed>([\s\S]*?)<\/Ed>/g, '[$1]')
      .replace(/<\/?Hd>/g, '')
      .replace(/\\(.)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({ id: m[1], depth, cite, text });
  }
  return out;
}

function shorten(s: string) {
  let t = s.replace(/\s+/g, ' ').trim();
  if (!t.includes('[')) t = t.replace(/\]+$/, '');
  return t.length > MAX_DEF ? `${t.slice(0, MAX_DEF - 1).replace(/\s+\S*$/, '')} …` : t;
}

function scopeFrom(m: RegExpExecArray | null, number: string): TermScope | undefined {
  if (!m) return undefined;
  const what = m[1].toLowerCase();
  if (what === 'section') {
    const more = (m[2] ?? '').match(/\d+[A-Z]?/g) ?? [];
    return { kind: 'sections', sections: [number, ...more] };
  }
  if (what === 'chapter') return { kind: 'chapter' };
  return { kind: 'act' };
}

const ancestorsOf = (id: string) => {
  const parts = id.split('-');
  const out: string[] = [];
  for (let n = parts.length - 1; n >= 1; n--) out.push(parts.slice(0, n).join('-'));
  return out;
};

/** The definitions in one provision's lines. */
export function extractDefinitions(args: { act: string; version: string; number: string; lines: StatuteLine[] }): DefinedTerm[] {
  const { act, version, number, lines } = args;
  const byId = new Map(lines.map((l) => [l.id, l]));
  const out: DefinedTerm[] = [];
  const scopeOf = (line: StatuteLine, at: number, inThisSection: boolean): TermScope => {
    if (inThisSection) return { kind: 'sections', sections: [number] };
    const own = scopeFrom(SCOPE_RE.exec(line.text.slice(0, at)), number);
    if (own) return own;
    for (const a of ancestorsOf(line.id)) {
      const l = byId.get(a);
      const s = l && scopeFrom(SCOPE_RE.exec(l.text), number);
      if (s) return s;
    }
    if (lines[0] && lines[0] !== line) {
      const s = scopeFrom(SCOPE_RE.exec(lines[0].text), number);
      if (s) return s;
    }
    return { kind: 'act' };
  };
  const cite = (l: StatuteLine) => `s. ${number}${l.cite}`;

  lines.forEach((line, i) => {
    const descendants = lines.filter((d) => d.id.startsWith(`${line.id}-`));
    const body = [line.text, ...descendants.map((d) => d.text)];
    for (const m of line.text.matchAll(DEF_RE)) {
      const at = m.index!;
      const definition = shorten([line.text.slice(at), ...body.slice(1)].join(' '));
      const scope = scopeOf(line, at, Boolean(m[3]));
      for (const term of [m[1], m[2]].filter(Boolean) as string[]) {
        out.push({ term: term.trim(), act, version, number, pin: line.id, cite: cite(line), definition, scope, lines: [line.id, ...descendants.map((d) => d.id)] });
      }
    }
    for (const m of line.text.matchAll(SAID_RE)) {
      // "A person A is said to commit “rape” if A—" and the clauses that follow, up to the Explanations.
      const rest: StatuteLine[] = [];
      for (const l of lines.slice(i + 1)) {
        if (/-(expl|exception|illus)/.test(l.id)) break;
        rest.push(l);
      }
      out.push({
        term: m[1].trim(), act, version, number, pin: line.id, cite: cite(line),
        definition: shorten([line.text.replace(/^.*?\.—/, ''), ...rest.map((l) => l.text)].join(' ')),
        scope: scopeOf(line, m.index!, false), lines: [line.id, ...rest.map((l) => l.id)],
      });
    }
  });
  return out;
}

const overlaps = (a: TermScope, b: TermScope) =>
  a.kind !== 'sections' || b.kind !== 'sections' || a.sections.some((s) => b.sections.includes(s));

/**
 * Every defined term of one Act version. A term defined twice in overlapping scopes (PPC "rape":
 * s. 375 and its Explanation 3) keeps its first definition as the link target; the later one's
 * lines are added to those where the term is not linked.
 */
export function definedTermsOf(act: string, version: string, provisions: { number: string; lines: StatuteLine[] }[]): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  for (const p of provisions) {
    for (const t of extractDefinitions({ act, version, number: p.number, lines: p.lines })) {
      const earlier = out.find((e) => e.term.toLowerCase() === t.term.toLowerCase() && overlaps(e.scope, t.scope));
      if (earlier) earlier.lines.push(...t.lines.filter((l) => !earlier.lines.includes(l)));
      else out.push(t);
    }
  }
  return out;
}

/** Whether a term applies in a section of its Act version. */
export function termApplies(t: DefinedTerm, sectionNumber: string): boolean {
  return t.scope.kind !== 'sections' || t.scope.sections.some((s) => s.toUpperCase() === sectionNumber.toUpperCase());
}

export interface TermOccurrence { start: number; end: number; text: string; term: DefinedTerm }

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Capitalised words that do not make a following capitalised term part of a proper name.
const NOT_A_NAME = new Set(['The', 'A', 'An', 'Any', 'Every', 'No', 'Such', 'This', 'That', 'In', 'If', 'Where', 'When', 'Whoever', 'Provided', 'Notwithstanding', 'And', 'Or', 'Of', 'By', 'Under', 'For']);
const reCache = new WeakMap<DefinedTerm[], RegExp>();

function termRegex(terms: DefinedTerm[]) {
  let re = reCache.get(terms);
  if (re) return re;
  const alts = [...new Set(terms.map((t) => t.term))]
    .sort((a, b) => b.length - a.length)
    .map((t) => {
      const first = t[0];
      const head = /[a-z]/.test(first) ? `[${first}${first.toUpperCase()}]` : escapeRe(first);
      const plural = /[a-rt-z]$/i.test(t) ? '(?:s|es)?' : '';
      return `${head}${escapeRe(t.slice(1)).replace(/ /g, '\\s+')}${plural}`;
    });
  re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  reCache.set(terms, re);
  return re;
}

/**
 * Occurrences of the given terms in a text, longest term first, never overlapping. A capitalised
 * term that is part of a longer proper name is not an occurrence: "Government" in "Federal
 * Government", "Code" in "Code of Criminal Procedure", "Penal Code" in "Pakistan Penal Code",
 * "Government" in "the Government of a Province".
 */
export function findTermOccurrences(text: string, terms: DefinedTerm[]): TermOccurrence[] {
  if (terms.length === 0) return [];
  const re = termRegex(terms);
  const out: TermOccurrence[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) {
    const found = m[0];
    const norm = found.toLowerCase().replace(/\s+/g, ' ');
    const term = terms
      .filter((t) => norm === t.term.toLowerCase() || norm === `${t.term.toLowerCase()}s` || norm === `${t.term.toLowerCase()}es`)
      .sort((a, b) => b.term.length - a.term.length)[0];
    if (!term) continue;
    if (/^[A-Z]/.test(term.term)) {
      const before = /([A-Z][\p{L}’']*)\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (before && !NOT_A_NAME.has(before[1])) continue;
      if (/^\s+of\s+(?:(?:a|an|the)\s+)?[A-Z]/.test(text.slice(m.index + found.length))) continue;
    }
    out.push({ start: m.index, end: m.index + found.length, text: found, term });
  }
  return out;
}
