// Cross-references in statute text: "section 3", "sections 3, 4 and 5", "section 3 or section 4",
// "sub-section (2) of section 3", "clause (a)", "section 545 of the Code", "Chapter V-A of the Penal
// Code", "Article 4 of the Geneva Convention …", "In the Penal Code, section 369-A shall be
// omitted", and Acts named by title. Each is resolved to a provision of this library (with a
// pinpoint where the text names one and it exists) or marked as outside the library.
//
// Pure: `findReferences` works on plain text; `linkifyHtml` on the rendered HTML of one provision's
// statute lines, changing nothing but wrapping runs of the original words in <a>/<span> elements:
// no character is added to or removed from the text, so the fidelity test still holds.
import * as cheerio from 'cheerio';
import { Element, Text, type AnyNode, type ParentNode } from 'domhandler';
import { actUrl, provisionUrl } from './urls.ts';
import { findTermOccurrences, termApplies, type DefinedTerm } from './defined-terms.ts';

export type Target = { act: string; number?: string; pin?: string } | { outside: string };

export interface Reference { start: number; end: number; text: string; target: Target }

export interface RefContext {
  /** The Act whose text this is ("ptpa-2018"). */
  act: string;
  /** The section the text is in ("3", "371A", "preamble"). */
  sectionNumber: string;
  /** Pinpoint id of the line ("s3-3-b"), to resolve a bare "clause (a)". */
  lineId?: string;
  /**
   * Whether the library has this Act (no number), provision (number) or pinpoint (number + pin).
   * For the Act of the text, the version being read; for other Acts, their current version.
   */
  exists(act: string, number?: string, pin?: string): boolean;
  /** The Act's own abbreviations from its definitions: { Code: 'crpc', 'Penal Code': 'ppc' } (law keys). */
  abbreviations?: Record<string, string>;
}

export const isOutside = (t: Target): t is { outside: string } => 'outside' in t;

// ---------------------------------------------------------------------------------------------
// Laws the texts name

interface Law { key: string; name: string; acts?: string[]; pattern: RegExp }

/** Enactments named in full. `acts`: the library's Act ids for it (first = the one to link to). */
export const LAWS: Law[] = [
  { key: 'ppc', name: 'Pakistan Penal Code, 1860', acts: ['ppc'], pattern: /Pakistan Penal Code(?:,\s*1860)?(?![\p{L}\p{N}])/uy },
  { key: 'crpc', name: 'Code of Criminal Procedure, 1898', pattern: /Code of Criminal Procedure(?:,\s*1898)?(?![\p{L}\p{N}])/uy },
  { key: 'constitution', name: 'Constitution of the Islamic Republic of Pakistan', pattern: /Constitution of the Islamic Republic of Pakistan/y },
  { key: 'ptpa', name: 'Prevention of Trafficking in Persons Act, 2018', acts: ['ptpa-2018'], pattern: /Prevention of Trafficking in Persons Act,\s*2018/y },
  { key: 'psma', name: 'Prevention of Smuggling of Migrants Act, 2018', acts: ['psma-2018'], pattern: /Prevention of Smuggling of Migrants Act,\s*2018/y },
  { key: 'blsa', name: 'Bonded Labour System (Abolition) Act, 1992', acts: ['blsa-1992', 'blsa-1992-punjab'], pattern: /Bonded Labour System \(Abolition\) Act,\s*1992/y },
  // Its name is the matched text: "Geneva Convention Relative to the Treatment of Prisoners of War of August 12, 1949".
  { key: 'geneva', name: '', pattern: /Geneva Convention Relative to the [A-Za-z ]+? of [A-Z][a-z]+ \d{1,2}, \d{4}/y },
];
/** Short names accepted only after "of the": "Article 11 of the Constitution". */
const SHORT: Record<string, string> = { Constitution: 'constitution', 'Penal Code': 'ppc' };
const byKey = (k: string) => LAWS.find((l) => l.key === k);

// Any other Act or Ordinance named with its year: "Foreigner’s Act, 1946", "Offence of Zina
// (Enforcement of Hudood) Ordinance, 1979", "Pakistan Criminal Law Amendment Act, 1958".
const NAME_WORD = String.raw`(?:[A-Z][\p{L}’']*|\([A-Z][^()]{0,40}\))`;
const GENERIC = new RegExp(String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|of|and|in|for|on|the))*?\s+(?:Act|Ordinance)\s*,\s*\d{4}`, 'uy');
const NOT_A_START = new Set(['The', 'This', 'That', 'In', 'A', 'An', 'Any', 'Every', 'Where', 'When', 'If', 'Notwithstanding', 'Whoever', 'Provided', 'Explanation', 'Rep', 'WHEREAS', 'AND']);

/** A law as found in the text: `act` is the library's Act id, absent if outside the library. */
interface FoundLaw { name: string; act?: string; self: boolean }

function lawOf(law: Law, matched: string, ctx: RefContext): FoundLaw {
  const name = law.name || matched.replace(/\s+/g, ' ');
  if (!law.acts) return { name, self: false };
  if (law.acts.includes(ctx.act)) return { name, act: ctx.act, self: true };
  const act = law.acts.find((a) => ctx.exists(a));
  return { name, act, self: false };
}

/** A law named in full at `pos` (sticky). */
function fullLawAt(text: string, pos: number, ctx: RefContext): { law: FoundLaw; end: number } | undefined {
  for (const law of LAWS) {
    law.pattern.lastIndex = pos;
    const m = law.pattern.exec(text);
    if (m) return { law: lawOf(law, m[0], ctx), end: pos + m[0].length };
  }
  const first = /^[A-Za-z]+/.exec(text.slice(pos))?.[0] ?? '';
  if (NOT_A_START.has(first)) return undefined;
  GENERIC.lastIndex = pos;
  const g = GENERIC.exec(text);
  if (g) return { law: { name: g[0].replace(/\s+/g, ' '), self: false }, end: pos + g[0].length };
  return undefined;
}

function abbreviationsOf(ctx: RefContext) {
  return Object.entries({ ...SHORT, ...(ctx.abbreviations ?? {}) }).sort((a, b) => b[0].length - a[0].length);
}

/** The law a qualifier names at `pos`: "this Act", "the Code", "the Penal Code", "the Foreigner’s Act, 1946". */
function qualifierLawAt(text: string, pos: number, ctx: RefContext): { law: FoundLaw; end: number } | undefined {
  const self = /this\s+(?:Act|Code|Ordinance)(?![\p{L}\p{N}])/uy;
  self.lastIndex = pos;
  const s = self.exec(text);
  if (s) return { law: { name: nameOfAct(ctx.act), act: ctx.act, self: true }, end: pos + s[0].length };
  const the = /the\s+/y;
  the.lastIndex = pos;
  const t = the.exec(text);
  const at = t ? pos + t[0].length : pos;
  const full = fullLawAt(text, at, ctx);
  if (full) return full;
  if (!t) return undefined;
  for (const [abbr, key] of abbreviationsOf(ctx)) {
    if (!text.startsWith(abbr, at)) continue;
    const after = text.slice(at + abbr.length);
    if (/^[\p{L}\p{N}]/u.test(after) || /^\s+of\s+[A-Z]/.test(after)) continue;
    const law = byKey(key);
    if (!law) continue;
    return { law: lawOf(law, abbr, ctx), end: at + abbr.length };
  }
  return undefined;
}

function nameOfAct(act: string) {
  return LAWS.find((l) => l.acts?.includes(act))?.name ?? act;
}

// ---------------------------------------------------------------------------------------------
// Structural references

type Kind = 'section' | 'subsection' | 'clause' | 'chapter' | 'article';
interface Label { label: string; inner: string[]; start: number; end: number }
interface Part { kind: Kind; start: number; end: number; items: Label[] }

const KIND_WORD = /(sub-sections?|subsections?|sub-clauses?|clauses?|sections?|chapters?|articles?|paragraphs?)\s+/iy;
const kindOf = (w: string): Kind => {
  const k = w.toLowerCase().replace(/-/g, '').replace(/s$/, '');
  if (k === 'subsection') return 'subsection';
  if (k === 'section') return 'section';
  if (k === 'chapter') return 'chapter';
  if (k === 'article') return 'article';
  return 'clause';
};
const LABEL_RE: Record<Kind, RegExp> = {
  section: /(\d+(?:-?[A-Z])?)(?![\p{L}\p{N}])((?:\([0-9A-Za-z]{1,4}\))*)/uy,
  article: /(\d+[A-Z]?)(?![\p{L}\p{N}])((?:\([0-9A-Za-z]{1,4}\))*)/uy,
  subsection: /\((\d+[A-Z]?)\)/y,
  clause: /\(([a-z]{1,4}|\d+[A-Z]?)\)/y,
  chapter: /([IVXLC]+(?:-[A-Z])?)(?![\p{L}\p{N}])/uy,
};

function labelAt(kind: Kind, text: string, pos: number): Label | undefined {
  const re = LABEL_RE[kind];
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const inner = m[2] ? [...m[2].matchAll(/\(([^)]+)\)/g)].map((x) => x[1]) : [];
  return { label: m[1], inner, start: pos, end: pos + m[0].length };
}

function partAt(text: string, pos: number, single = false): Part | undefined {
  KIND_WORD.lastIndex = pos;
  const k = KIND_WORD.exec(text);
  if (!k) return undefined;
  const kind = kindOf(k[1]);
  const first = labelAt(kind, text, pos + k[0].length);
  if (!first) return undefined;
  const items: Label[] = [{ ...first, start: pos }];
  let p = first.end;
  const sep = /\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+/y;
  while (!single) {
    sep.lastIndex = p;
    const s = sep.exec(text);
    if (!s) break;
    let q = p + s[0].length;
    const itemStart = q;
    KIND_WORD.lastIndex = q;
    const again = KIND_WORD.exec(text);
    if (again) {
      if (kindOf(again[1]) !== kind) break;
      q += again[0].length;
    }
    const next = labelAt(kind, text, q);
    if (!next) break;
    items.push({ ...next, start: itemStart });
    p = next.end;
  }
  return { kind, start: pos, end: p, items };
}

interface Address { section?: string; subs: string[]; chapter?: string; article?: string; bareClause: boolean }

function addressOf(chain: { kind: Kind; item: Label }[]): Address {
  // chain: primary first, then its qualifiers ("clause (iv)" of "sub-section (3)" of "section 337").
  const a: Address = { subs: [], bareClause: false };
  for (const { kind, item } of [...chain].reverse()) {
    if (kind === 'section') { a.section = item.label; a.subs.push(...item.inner); }
    else if (kind === 'article') { a.article = item.label; a.subs.push(...item.inner); }
    else if (kind === 'chapter') a.chapter = item.label;
    else a.subs.push(item.label);
  }
  a.bareClause = !a.section && !a.article && !a.chapter && chain.every((c) => c.kind === 'clause');
  return a;
}

function citeOf(a: Address, primaryKind: Kind) {
  const subs = a.subs.map((s) => `(${s})`).join('');
  if (a.section) return `s. ${a.section}${subs}`;
  if (a.article) return `Art. ${a.article}${subs}`;
  if (a.chapter) return `Chapter ${a.chapter}`;
  return `${primaryKind === 'subsection' ? 'sub-section' : primaryKind} ${subs}`;
}

const normNumber = (n: string) => n.replace(/-/g, '').toUpperCase();

function pinFor(a: Address, number: string, ctx: RefContext, act: string): string | undefined {
  if (a.subs.length === 0) return undefined;
  const base = `s${number.toLowerCase()}`;
  const tail = a.subs.map((s) => s.toLowerCase()).join('-');
  const candidates = [`${base}-${tail}`];
  if (a.bareClause && ctx.lineId?.startsWith(`${base}-`)) {
    // A bare "clause (a)": a child of this line, a sibling, …, up to the section.
    const parts = ctx.lineId.split('-');
    for (let n = parts.length; n >= 2; n--) candidates.unshift(`${parts.slice(0, n).join('-')}-${tail}`);
    candidates.sort((x, y) => y.length - x.length);
  }
  return candidates.find((c) => ctx.exists(act, number, c));
}

function resolve(a: Address, law: FoundLaw | undefined, primaryKind: Kind, ctx: RefContext): Target | undefined {
  const name = law ? law.name : nameOfAct(ctx.act);
  const act = law ? law.act : ctx.act;
  const cite = citeOf(a, primaryKind);
  if (!act) return { outside: `${name}, ${cite}` };
  if (a.chapter || a.article) return { outside: `${name}, ${cite}` };
  let section = a.section;
  if (!section) {
    if (act !== ctx.act || ctx.sectionNumber === 'preamble') return undefined;
    section = ctx.sectionNumber;
  }
  const number = normNumber(section);
  if (!ctx.exists(act, number)) return { outside: `${name}, ${citeOf({ ...a, section }, primaryKind)}` };
  const pin = pinFor(a, number, ctx, act);
  return pin ? { act, number, pin } : { act, number };
}

/** "In the Penal Code, section 369-A …": the law named just before a reference. */
function lawBefore(text: string, start: number, ctx: RefContext): FoundLaw | undefined {
  const before = text.slice(Math.max(0, start - 120), start);
  const offset = Math.max(0, start - 120);
  const re = /(?<![\p{L}\p{N}])In\s+/gu;
  let last: RegExpExecArray | undefined;
  for (let m; (m = re.exec(before)); ) last = m;
  if (!last) return undefined;
  const found = qualifierLawAt(text, offset + last.index + last[0].length, ctx);
  if (!found) return undefined;
  return /^\s*,\s*$/.test(text.slice(found.end, start)) ? found.law : undefined;
}

/**
 * The cross-references in one line of statute text, in order. `titles`, if given, receives the
 * ranges where the text names its own Act ("This Act may be called the … Act, 2018"), which are
 * not references but are not to be searched for defined terms either.
 */
export function findReferences(text: string, ctx: RefContext, titles?: [number, number][]): Reference[] {
  const refs: Reference[] = [];
  const push = (start: number, end: number, target: Target | undefined) => {
    if (target) refs.push({ start, end, text: text.slice(start, end), target });
  };
  const starts = /(?<![\p{L}\p{N}-])(?:sub-sections?|subsections?|sub-clauses?|clauses?|sections?|chapters?|articles?|paragraphs?)\s/giu;
  let consumed = 0;
  for (let m; (m = starts.exec(text)); ) {
    if (m.index < consumed) continue;
    const first = partAt(text, m.index);
    if (!first) continue;
    const parts = [first];
    let end = first.end;
    let law: FoundLaw | undefined;
    const of = /\s+of\s+/y;
    for (;;) {
      of.lastIndex = end;
      const o = of.exec(text);
      if (!o) break;
      const q = end + o[0].length;
      const next = partAt(text, q, true);
      if (next) { parts.push(next); end = next.end; continue; }
      const l = qualifierLawAt(text, q, ctx);
      if (l) { law = l.law; end = l.end; }
      break;
    }
    law ??= lawBefore(text, first.start, ctx);
    consumed = end;
    starts.lastIndex = Math.max(starts.lastIndex, end);

    const quals = parts.slice(1).map((p) => ({ kind: p.kind, item: p.items[0] }));
    const targets = first.items.map((item) => resolve(addressOf([{ kind: first.kind, item }, ...quals]), law, first.kind, ctx));
    const name = law ? law.name : nameOfAct(ctx.act);
    if (first.items.length === 1) {
      push(first.start, end, targets[0]);
    } else if (targets.every((t) => t && isOutside(t))) {
      const cites = first.items.map((item) => citeOf(addressOf([{ kind: first.kind, item }, ...quals]), first.kind));
      push(first.start, end, { outside: `${name}, ${cites.join(', ')}` });
    } else {
      first.items.forEach((item, i) => push(item.start, item.end, targets[i]));
      if (quals.length) push(parts[1].start, end, resolve(addressOf(quals), law, parts[1].kind, ctx));
    }
  }

  // Enactments named by title, outside the references above; the Act's own title is not a link.
  const taken = (i: number) => refs.some((r) => i >= r.start && i < r.end);
  const words = /(?<![\p{L}\p{N}’'])[A-Z(]/gu;
  for (let m; (m = words.exec(text)); ) {
    if (taken(m.index)) continue;
    const found = fullLawAt(text, m.index, ctx);
    if (!found) continue;
    words.lastIndex = found.end;
    if (found.law.self) { titles?.push([m.index, found.end]); continue; }
    push(m.index, found.end, found.law.act ? { act: found.law.act } : { outside: found.law.name });
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Abbreviations an Act defines for other laws: “Code” means the Code of Criminal Procedure, 1898 → crpc. */
export function abbreviationsFrom(terms: DefinedTerm[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of terms) {
    const m = /^[“‘"][^”’"]+[”’"]\s+means\s+(?:the\s+)?(.*)$/s.exec(t.definition);
    if (!m) continue;
    const law = LAWS.find((l) => { l.pattern.lastIndex = 0; return l.pattern.test(m[1]); });
    if (law) out[t.term] = law.key;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTML

export interface LinkContext {
  act: string;
  /** Slug of the version being read, if not the current one ("as-enacted"). */
  versionSlug?: string;
  sectionNumber: string;
  exists(act: string, number?: string, pin?: string): boolean;
  /** The defined terms of this Act version (all of them; scope is applied here). */
  terms: DefinedTerm[];
  abbreviations?: Record<string, string>;
  /** Called with each reference resolved to outside the library (for review). */
  onOutside?(ref: Reference, lineId: string | undefined): void;
}

export function hrefOf(target: { act: string; number?: string; pin?: string }, ctx: Pick<LinkContext, 'act' | 'versionSlug'>) {
  const slug = target.act === ctx.act ? ctx.versionSlug : undefined;
  if (!target.number) return actUrl(target.act, slug);
  return `${provisionUrl(target.act, target.number, slug)}${target.pin ? `#${target.pin}` : ''}`;
}

interface Wrap { start: number; end: number; make(text: string): Element }
interface Segment { node: Text; start: number; end: number; heading: boolean }

const SEP = '\u0000';
const abbrCache = new WeakMap<DefinedTerm[], Record<string, string>>();

function segmentsOf(root: ParentNode) {
  const segs: Segment[] = [];
  let text = '';
  const walk = (node: ParentNode, heading: boolean) => {
    for (const child of node.children) {
      if (child instanceof Text) {
        segs.push({ node: child, start: text.length, end: text.length + child.data.length, heading });
        text += child.data;
      } else if (child instanceof Element) {
        const cls = ` ${child.attribs.class ?? ''} `;
        if (child.name === 'sup' && cls.includes(' fn ')) continue; // a footnote marker: not text
        if (child.name === 'a' || / (ed|gap|pin) /.test(cls)) { text += SEP; continue; } // not ours to touch
        walk(child, heading || cls.includes(' hd '));
      }
    }
  };
  walk(root, false);
  return { segs, text };
}

const el = (name: string, attribs: Record<string, string>, text: string) => new Element(name, attribs, [new Text(text)]);

/**
 * Links the cross-references and defined terms in the rendered HTML of one provision's statute
 * lines (the `.l` elements). Only text nodes inside `.l > .txt` are touched, never footnote
 * markers, editorial notes, gaps or existing links; each wrapped run is original text.
 * A defined term is linked at its first use in the provision (outside headings, references and
 * the Act's own title), never in its own definition.
 */
export function linkifyHtml(html: string, ctx: LinkContext): string {
  const $ = cheerio.load(html, null, false);
  let abbreviations = ctx.abbreviations ?? abbrCache.get(ctx.terms);
  if (!abbreviations) { abbreviations = abbreviationsFrom(ctx.terms); abbrCache.set(ctx.terms, abbreviations); }
  const terms = ctx.terms.filter((t) => termApplies(t, ctx.sectionNumber));
  const linked = new Set<DefinedTerm>();

  $('.l').each((_, l) => {
    const lineId = $(l).attr('id');
    const txt = $(l).children('.txt')[0] as Element | undefined;
    if (!txt) return;
    const { segs, text } = segmentsOf(txt);
    const titles: [number, number][] = [];
    const refs = findReferences(text, { act: ctx.act, sectionNumber: ctx.sectionNumber, lineId, exists: ctx.exists, abbreviations }, titles);
    const wraps: Wrap[] = refs.map((r) => {
      if (isOutside(r.target)) {
        ctx.onOutside?.(r, lineId);
        const title = `Outside this library: ${r.target.outside}`;
        return { start: r.start, end: r.end, make: (s) => el('span', { class: 'xref-out', title, tabindex: '0' }, s) };
      }
      const href = hrefOf(r.target, ctx);
      return { start: r.start, end: r.end, make: (s) => el('a', { class: 'xref', href }, s) };
    });
    const inHeading = (i: number) => segs.some((s) => s.heading && i >= s.start && i < s.end);
    for (const o of findTermOccurrences(text, terms)) {
      if (linked.has(o.term) || (lineId && o.term.lines.includes(lineId))) continue;
      if (inHeading(o.start) || [...wraps, ...titles.map(([start, end]) => ({ start, end }))].some((w) => o.start < w.end && w.start < o.end)) continue;
      linked.add(o.term);
      const attribs = {
        class: 'term',
        href: hrefOf({ act: o.term.act, number: o.term.number, pin: o.term.pin }, ctx),
        'data-term': o.term.term,
        'data-def': o.term.definition,
        'data-def-at': o.term.cite,
      };
      wraps.push({ start: o.start, end: o.end, make: (s) => el('a', attribs, s) });
    }
    if (wraps.length === 0) return;
    wraps.sort((a, b) => a.start - b.start);

    for (const seg of segs) {
      const mine = wraps.filter((w) => w.start < seg.end && seg.start < w.end);
      if (mine.length === 0) continue;
      const data = seg.node.data;
      const nodes: AnyNode[] = [];
      let at = 0;
      for (const w of mine) {
        const a = Math.max(w.start - seg.start, 0);
        const b = Math.min(w.end - seg.start, data.length);
        if (a > at) nodes.push(new Text(data.slice(at, a)));
        if (b > a) nodes.push(w.make(data.slice(a, b)));
        at = b;
      }
      if (at < data.length) nodes.push(new Text(data.slice(at)));
      $(seg.node).replaceWith(nodes);
    }
  });
  return $.html();
}
