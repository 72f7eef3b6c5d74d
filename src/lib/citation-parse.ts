// Reads citation-shaped queries: "371-A", "s. 371-A PPC", "u/s 3(2) PTPA", "PTPA 3(2)",
// "sec 11 bonded labour act", "u/s 371-A r/w 371-B PPC", "Prevention of Trafficking in Persons Act s 3".
// Pure: no DOM, no fetch. The catalogue of what the library holds comes in as an argument
// (the build emits it at /data/catalogue.json), so the parser can say whether a section exists,
// which Act a bare number belongs to, and when a citation names a law the library does not hold.
import { practiceNumber } from './citation-format.ts';

export interface CatalogueProvision {
  number: string;
  heading: string;
  url: string;
  citation: string;
  status?: string;
  /** The kind of provision: "offence", "procedure", "definition"… (src/schemas PROVISION_KINDS). */
  kind?: string;
  /** Pinpoint ids on the page ("s3-2", "s3-3-a-i") and how each is cited ("(2)", "(3)(a)(i)"). */
  pins?: Record<string, string>;
}

export interface CatalogueAct {
  /** Act id: "ptpa-2018". */
  act: string;
  abbreviation: string;
  aliases: string[];
  shortTitle: string;
  fullTitle?: string;
  /** Short citation form: "PTPA 2018". */
  citationShort?: string;
  /** Which part of a larger law the library holds ("Sections 359–377B only"). */
  extent?: string;
  /** What of the Act the library lacks, where it holds only part of it (the Sindh Act: "PARTIAL: … s. 1 and s. 2(a)–(d) only"). */
  partial?: string;
  url?: string;
  /** Section numbers in the current text, in catalogue form: "3", "371A", "preamble". */
  numbers: string[];
  provisions?: CatalogueProvision[];
}

export interface ParsedCitation {
  /** Section number in catalogue form: "371A". */
  section: string;
  /** Sub-section, clause and so on as written: "(2)", "(3)(a)(i)". */
  pinpoint?: string;
  /** The Act, when named or when the number exists in only one Act. */
  act?: string;
  /** True when no Act was named and the Act was inferred from the number alone. */
  inferred?: boolean;
  /** Acts holding the number, when no Act was named and several do. */
  candidates?: string[];
  /** Whether the library holds the section (in the Act, or in any candidate). */
  exists: boolean;
  /** A law named in the query that the library does not hold (CrPC). */
  outside?: { abbreviation: string; title: string };
  /** The citation in practice form: "s. 371-A PPC", "s. 3(2) PTPA", "s. 3". */
  label: string;
  /** Link to the provision (with #pinpoint when it exists), when the catalogue lists provisions. */
  url?: string;
  /** The pinpoint id found on the page, if any ("s3-2"). */
  anchor?: string;
  /**
   * Set when a pinpoint was cited that the provision does not have: the cited form ("(9)",
   * ", Explanation 7"). `anchor`, if any, is then the nearest enclosing line the page has.
   */
  pinpointMissing?: string;
}

/** Laws practitioners cite alongside the library's Acts, which the library does not hold. */
export const OUTSIDE_LAWS: { abbreviation: string; title: string; names: string[] }[] = [
  { abbreviation: 'CrPC', title: 'Code of Criminal Procedure, 1898', names: ['crpc', 'cr pc', 'code of criminal procedure', 'criminal procedure code'] },
  { abbreviation: 'QSO', title: 'Qanun-e-Shahadat Order, 1984', names: ['qso', 'qanun e shahadat', 'qanun e shahadat order', 'qanoon e shahadat'] },
  { abbreviation: 'ATA', title: 'Anti-Terrorism Act, 1997', names: ['ata', 'anti terrorism act', 'anti terrorism act 1997'] },
  { abbreviation: 'Emigration Ordinance', title: 'Emigration Ordinance, 1979', names: ['emigration ordinance', 'emigration ordinance 1979'] },
  { abbreviation: 'Passports Act', title: 'Passports Act, 1974', names: ['passports act', 'passport act', 'passports act 1974'] },
  { abbreviation: 'Foreigners Act', title: 'Foreigners Act, 1946', names: ['foreigners act', "foreigner's act", 'foreigners act 1946'] },
  { abbreviation: 'JJSA', title: 'Juvenile Justice System Act, 2018', names: ['jjsa', 'juvenile justice system act'] },
];

/** "371A" -> "371-A" (practice form); "3" stays "3": the rule of the citation formats. */
export const practiceForm = practiceNumber;

/** The pinpoint id for a section and pinpoint: ("3", "(3)(a)(i)") -> "s3-3-a-i". */
export function pinpointId(section: string, pinpoint?: string) {
  const base = `s${section.toLowerCase()}`;
  if (!pinpoint) return base;
  return [base, ...pinpointParts(pinpoint)].join('-');
}

/**
 * The parts of a pinpoint as the page's ids write them: "(5), proviso" -> ["5", "proviso"];
 * "(1A)" -> ["1a"]; ", Explanation 3" -> ["expl", "3"]; ", Illustrations" -> ["illus"].
 */
export function pinpointParts(pinpoint: string) {
  const out: string[] = [];
  for (const m of pinpoint.matchAll(/\(\s*([0-9a-z]+)\s*\)|(proviso)|(?:explanation|expl)\.?(?:\s*(\d+))?|(illustrations?)|(exception)/gi)) {
    if (m[1]) {
      const named = /^(expl|illus|proviso|exception)(\d*)$/i.exec(m[1]);
      if (named) out.push(named[1].toLowerCase(), ...(named[2] ? [named[2]] : []));
      else out.push(m[1].toLowerCase());
    }
    else if (m[2]) out.push('proviso');
    else if (m[4]) out.push('illus');
    else if (m[5]) out.push('exception');
    else out.push('expl', ...(m[3] ? [m[3]] : []));
  }
  return out;
}

/** A pinpoint in the words a citation uses: ["5", "proviso"] -> "(5), proviso"; ["expl", "3"] -> ", Explanation 3". */
function pinpointText(parts: string[]) {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === 'proviso') out += ', proviso';
    else if (p === 'illus') out += ', Illustration';
    else if (p === 'exception') out += ', Exception';
    else if (p === 'expl') out += /^\d+$/.test(parts[i + 1] ?? '') ? `, Explanation ${parts[++i]}` : ', Explanation';
    else out += `(${/^\d+[a-z]$/.test(p) ? p.toUpperCase() : p})`;
  }
  return out;
}

/**
 * The page's id for a cited pinpoint, or the nearest it has. Explanations, illustrations and
 * provisos are found under either their numbered or their single form ("Explanation" for
 * "Explanation 1" where the section has one). Returns the id and whether it is the one cited.
 */
export function resolvePinpoint(section: string, parts: string[], pins: Record<string, string>): { id?: string; exact: boolean } {
  const base = `s${section.toLowerCase()}`;
  const id = [base, ...parts].join('-');
  if (id in pins) return { id, exact: true };
  const alternatives = [
    id.replace(/-expl-1$/, '-expl'), id.replace(/-expl$/, '-expl-1'),
    id.replace(/-illus$/, '-illus-1'), id.replace(/-proviso$/, '-proviso-1'), id.replace(/-proviso-1$/, '-proviso'),
  ];
  for (const a of alternatives) if (a !== id && a in pins) return { id: a, exact: true };
  // "proviso to s. 10" where s. 10's one proviso stands under (1): the only line of that name in
  // the section is the one cited.
  const named = parts.findIndex((p) => ['proviso', 'expl', 'illus', 'exception'].includes(p));
  if (named === 0) {
    const tail = `-${parts.join('-')}`;
    const only = Object.keys(pins).filter((k) => k.startsWith(`${base}-`) && (k.endsWith(tail) || k.endsWith(`${tail}-1`)));
    if (only.length === 1) return { id: only[0], exact: true };
  }
  let near = id;
  while (!(near in pins) && near.includes('-') && near !== base) near = near.slice(0, near.lastIndexOf('-'));
  return near in pins && near !== base ? { id: near, exact: false } : { exact: false };
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Tok =
  | { t: 'num'; n: string; suffix?: string; hyphen: boolean; pin?: string }
  | { t: 'word'; w: string }
  | { t: 'year'; w: string }
  | { t: 'marker' }
  | { t: 'conn'; w: string }
  | { t: 'act'; id: string }
  | { t: 'outside'; i: number }
  /** A pinpoint standing apart from its number: "361 PPC Exception", "s. 6 (a)". */
  | { t: 'pin'; p: string };

// "dafa" is Urdu for section, typed in Roman Urdu ("dafa 365-A", "zer e dafa 3").
const MARKERS = new Set(['s', 'ss', 'sec', 'secs', 'sect', 'section', 'sections', 'us', 'dafa', 'dafah', 'dafaa', 'dafa\'a', 'daffa', 'daffah', 'dafa-a', 'dafat', 'dafaat']);
const LIST_CONNECTORS = new Set(['rw', 'and', 'or', ',', '&', '/', 'to', 'with', 'read', '+', ';']);
const GLUE = new Set(['of', 'the', 'in', 'under']);
const PROVINCES = new Set(['punjab', 'sindh', 'balochistan', 'khyber']);

const normWord = (w: string) => (w === 'labor' ? 'labour' : w === 'organised' ? 'organized' : w);

/** Words of a name as the tokenizer would read them: "Bonded Labour System (Abolition) Act, 1992". */
export function nameWords(name: string) {
  return name
    .toLowerCase()
    .replace(/([a-z])[’']s\b/g, '$1s')
    .replace(/[’']/g, ' ')
    .replace(/\b(?:[a-z]{1,2}\.){2,3}/g, (m) => m.replace(/\./g, ''))
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'the')
    .map(normWord);
}

function tokenize(query: string): Tok[] {
  let s = query
    // Urdu: its digits, "دفعہ" (section) and the Penal Code's Urdu name ("تعزیرات پاکستان", "ت پ").
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/(\d)\s*-?\s*اے(?![\u0600-\u06FF])/g, '$1-A')
    .replace(/(\d)\s*-?\s*بی(?![\u0600-\u06FF])/g, '$1-B')
    .replace(/دفعہ|دفعات/g, ' section ')
    .replace(/تعزیرات\s*پاکستان|ت\s*پ(?![\u0600-\u06FF])/g, ' PPC ')
    .replace(/\bzer\s*e\s*dafa\b/gi, ' section ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[’‘`]/g, "'")
    // possessives are not the "s" of "s. 3": "victim's" -> "victims"
    .replace(/([a-z])'s\b/gi, '$1s')
    .replace(/§+/g, ' s ')
    // "u/s", "u/ss", "u.s.", "u/sec": under section
    .replace(/\bu\s*[/.\\]\s*s(?:s|ec)?\b\.?/gi, ' us ')
    // "r/w", "r.w.", "r\w", "read with"
    .replace(/\br\s*[/.\\]\s*w\b\.?/gi, ' rw ')
    .replace(/\bread\s+with\b/gi, ' rw ')
    // "P.P.C.", "Cr.P.C.", "Cr.PC": dotted abbreviations lose their dots
    .replace(/\b(?:[a-z]{1,2}\.){1,3}[a-z]{1,2}\b\.?/gi, (m) => (/^(?:s|ss|u|r)\./i.test(m) ? m : m.replace(/\./g, '')))
    // Pinpoints in words: "sub-section 2", "clause (b)", "proviso", "Explanation 3", "Illustration",
    // "Exception" become bracketed parts, "(1-A)" becomes "(1A)", so they stay with their section.
    .replace(/\(\s*(\d{1,2})\s*-\s*([a-z])\s*\)/gi, '($1$2)')
    .replace(/\bsub[\s-]*(?:sections?|secs?\.?|s\.?)\s*\(?\s*(\d{1,2}[a-z]?)\s*\)?(?![a-z0-9])/gi, ' ($1)')
    .replace(/\b(?:sub[\s-]*clause|clause|cl\.|para(?:graph)?)\s*\(?\s*([a-z]{1,4}|\d{1,2})\s*\)?(?![a-z0-9])/gi, ' ($1)')
    .replace(/\bprovisos?\b/gi, ' (#proviso)')
    .replace(/\b(?:explanation|expl\.?)(?:\s*\(?\s*(\d{1,2})\s*\)?(?![a-z0-9(]))?/gi, (_m, n: string | undefined) => ` (#expl${n ?? ''})`)
    .replace(/\billustrations?\b/gi, ' (#illus)')
    .replace(/\bexception\b/gi, ' (#exception)');
  const out: Tok[] = [];
  const re = /(\d+)(?:\s*-\s*([a-z])(?![a-z0-9])|([a-z])(?![a-z0-9]))?((?:\s*\(\s*(?:#[0-9a-z]{1,12}|[0-9a-z]{1,5})\s*\))*)|([a-z]+|[\u0600-\u06FF]+)|([,&/+;])|(\(\s*(?:#[0-9a-z]{1,12}|[0-9a-z]{1,5})\s*\))/gi;
  for (const m of s.matchAll(re)) {
    if (m[1] !== undefined) {
      if (m[1].length > 3) { out.push({ t: 'year', w: m[1] }); continue; }
      const letter = m[2] ?? m[3];
      const pin = m[4]?.replace(/\s+/g, '').toLowerCase() || undefined;
      out.push({ t: 'num', n: String(Number(m[1])), suffix: letter?.toUpperCase(), hyphen: m[2] !== undefined, pin });
    } else if (m[5] !== undefined) {
      const w = normWord(m[5].toLowerCase());
      if (MARKERS.has(w)) out.push({ t: 'marker' });
      else out.push({ t: 'word', w });
    } else if (m[6] !== undefined) {
      out.push({ t: 'conn', w: m[6] });
    } else if (m[7] !== undefined) {
      out.push({ t: 'pin', p: m[7].replace(/\s+/g, '').toLowerCase() });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Act names

export interface NameEntry { words: string[]; kind: 'act' | 'outside'; id: string; i: number }

/** Every name of every Act (and of the laws outside the library), longest first. */
export function actNames(catalogue: CatalogueAct[]): NameEntry[] {
  const names: NameEntry[] = [];
  const add = (name: string | undefined, kind: 'act' | 'outside', id: string, i: number, withoutYear = true) => {
    if (!name) return;
    const words = nameWords(name);
    if (!words.length) return;
    names.push({ words, kind, id, i });
    // A province's text is named with the province first as often as last: "Punjab BLSA" for "BLSA Punjab".
    const last = words[words.length - 1];
    if (words.length > 1 && PROVINCES.has(last)) names.push({ words: [last, ...words.slice(0, -1)], kind, id, i });
    if (withoutYear) {
      const noYear = words.filter((w) => !/^\d{4}$/.test(w));
      if (noYear.length && noYear.length !== words.length) names.push({ words: noYear, kind, id, i });
    }
  };
  catalogue.forEach((a, i) => {
    add(a.abbreviation, 'act', a.act, i);
    a.aliases.forEach((n) => add(n, 'act', a.act, i));
    add(a.shortTitle, 'act', a.act, i);
    add(a.fullTitle, 'act', a.act, i);
    add(a.citationShort, 'act', a.act, i);
  });
  OUTSIDE_LAWS.forEach((l, i) => l.names.forEach((n) => add(n, 'outside', l.abbreviation, i)));
  // Longest names first, so "BLSA Punjab" wins over "BLSA" and "Punjab Bonded Labour Act" over "Bonded Labour Act".
  return names.sort((a, b) => b.words.length - a.words.length);
}

/** Replaces runs of words that name an Act with act tokens. Years after a name are absorbed. */
function markActs(tokens: Tok[], names: NameEntry[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < tokens.length; ) {
    let hit: { name: NameEntry; end: number } | undefined;
    for (const name of names) {
      let j = i, k = 0;
      while (k < name.words.length && j < tokens.length) {
        const tok = tokens[j];
        const w = tok.t === 'word' || tok.t === 'year' ? tok.w : tok.t === 'marker' ? 's' : tok.t === 'num' && !tok.suffix && !tok.pin ? tok.n : undefined;
        if (w === undefined) {
          // "the" is dropped from names; let it and commas sit inside a name in the query too.
          if (tok.t === 'conn' && tok.w === ',' && k > 0) { j++; continue; }
          break;
        }
        if (w === 'the' && name.words[k] !== 'the') { j++; continue; }
        if (w !== name.words[k]) break;
        j++; k++;
      }
      if (k === name.words.length) { hit = { name, end: j }; break; }
    }
    if (hit) {
      out.push(hit.name.kind === 'act' ? { t: 'act', id: hit.name.id } : { t: 'outside', i: hit.name.i });
      i = hit.end;
      // ", 2018" or "2018" after the name
      if (tokens[i]?.t === 'conn' && (tokens[i] as { w: string }).w === ',' && tokens[i + 1]?.t === 'year') i += 2;
      else if (tokens[i]?.t === 'year') i += 1;
      // "(Punjab)" style qualifiers are already words of the name
    } else {
      const tok = tokens[i];
      out.push(tok.t === 'word' && tok.w === 'the' ? { t: 'conn', w: 'the' } : tok.t === 'word' && (LIST_CONNECTORS.has(tok.w) || GLUE.has(tok.w)) ? { t: 'conn', w: tok.w } : tok);
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const isLink = (t: Tok) => t.t === 'conn' && LIST_CONNECTORS.has(t.w);
const isGlue = (t: Tok) => t.t === 'conn' && GLUE.has(t.w);

const isFurniture = (t: Tok) => t.t === 'pin' || t.t === 'num' || t.t === 'marker' || isLink(t) || isGlue(t) || t.t === 'act' || t.t === 'outside' || t.t === 'year';

/** The query as tokens, with Act names read and "371 A" joined up. */
function readTokens(query: string, catalogue: CatalogueAct[]) {
  const anywhere = (n: string) => catalogue.some((a) => a.numbers.includes(n));
  const toks = markActs(tokenize(query), actNames(catalogue));
  // "371 A": a letter standing apart from its number joins it when the library has that section,
  // or when it is a capital followed by nothing but a citation's furniture ("22 A CrPC").
  const merged: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i], nx = toks[i + 1];
    if (t.t === 'num' && !t.suffix && !t.pin && nx?.t === 'word' && nx.w.length === 1 && /[a-z]/.test(nx.w)) {
      const combined = `${t.n}${nx.w.toUpperCase()}`;
      const after = toks[i + 2];
      const capital = new RegExp(`\\b${t.n}\\s+${nx.w.toUpperCase()}\\b`).test(query);
      const furniture = !after || after.t === 'act' || after.t === 'outside' || isLink(after) || after.t === 'marker';
      if (anywhere(combined) || (capital && furniture)) {
        merged.push({ ...t, suffix: nx.w.toUpperCase() });
        i++;
        continue;
      }
    }
    merged.push(t);
  }
  // A pinpoint apart from its number belongs to the number before it, across the Act's name,
  // a marker or a comma, never across other words.
  // A pinpoint named before its section belongs to that section: "proviso to s. 10",
  // "Illustration (b) to section 364", "clause (b) of sub-section (1) of section 4" (the
  // innermost named first, so the groups are read in reverse).
  const isPin = (t: Tok | undefined) => t?.t === 'pin';
  const isLinkWord = (t: Tok | undefined) => (t?.t === 'conn' || t?.t === 'word') && ['to', 'of', 'under'].includes(t.w);
  for (let i = 0; i < merged.length; i++) {
    if (!isPin(merged[i]) || (i > 0 && (isPin(merged[i - 1]) || merged[i - 1].t === 'num'))) continue;
    const groups: string[] = [];
    let k = i;
    for (;;) {
      let j = k;
      while (isPin(merged[j])) j++;
      // "Expl 1 s375": at the start of the query, a pinpoint may stand straight before its section.
      const bare = i === 0 && j > k && (merged[j]?.t === 'marker' || merged[j]?.t === 'num');
      if (j === k || (!isLinkWord(merged[j]) && !bare)) { k = -1; break; }
      groups.push(merged.slice(k, j).map((p) => (p as { p: string }).p).join(''));
      k = bare ? j : j + 1;
      while (merged[k]?.t === 'conn' && (merged[k] as { w: string }).w === 'the') k++;
      if (merged[k]?.t === 'marker') k++;
      if (!isPin(merged[k])) break;
    }
    const target = k >= 0 ? merged[k] : undefined;
    if (target?.t !== 'num') continue;
    target.pin = (target.pin ?? '') + groups.reverse().join('');
    merged.splice(i, k - i);
  }
  const out: Tok[] = [];
  for (const t of merged) {
    if (t.t !== 'pin') { out.push(t); continue; }
    let j = out.length - 1;
    while (j >= 0 && (out[j].t === 'act' || out[j].t === 'outside' || out[j].t === 'marker' || out[j].t === 'year' || (out[j].t === 'conn' && (out[j] as { w: string }).w === ','))) j--;
    const prev = out[j];
    if (prev?.t === 'num') prev.pin = (prev.pin ?? '') + t.p;
  }
  return out;
}

/**
 * Whether the query is nothing but citations ("u/s 371-A r/w 371-B PPC", "section 3 PTPA"), with
 * no other words to search the text for.
 */
export function isCitationOnly(query: string, catalogue: CatalogueAct[]) {
  if (!parseCitations(query, catalogue)) return false;
  return readTokens(query, catalogue).every(isFurniture);
}

/**
 * The Acts a query consists of, when it is nothing but Act names ("PTPA", "Bonded Labour Act",
 * "Prevention of Trafficking in Persons Act, 2018"): their ids, else null.
 */
export function actsOnly(query: string, catalogue: CatalogueAct[]): string[] | null {
  const toks = readTokens(query, catalogue);
  const acts = toks.filter((t): t is Extract<Tok, { t: 'act' }> => t.t === 'act').map((t) => t.id);
  if (!acts.length || !toks.every((t) => t.t === 'act' || t.t === 'year' || isLink(t) || isGlue(t))) return null;
  return [...new Set(acts)];
}

export function parseCitations(query: string, catalogue: CatalogueAct[]): ParsedCitation[] | null {
  if (!query || !/[\d\u06F0-\u06F9\u0660-\u0669]/.test(query)) return null;
  const byId = new Map(catalogue.map((a) => [a.act, a]));
  const holds = (act: CatalogueAct, n: string) => act.numbers.includes(n);
  const anywhere = (n: string) => catalogue.some((a) => holds(a, n));

  const toks = readTokens(query, catalogue);

  const nums = toks.map((t, i) => (t.t === 'num' ? i : -1)).filter((i) => i >= 0);
  if (!nums.length) return null;

  // Lists: numbers joined by connectors and markers ("371-A r/w 371-B", "3, 4 and 5").
  const listOf = new Map<number, number>();
  let list = 0;
  for (let k = 0; k < nums.length; k++) {
    const i = nums[k];
    if (k > 0) {
      const between = toks.slice(nums[k - 1] + 1, i);
      const joined = between.length > 0 && between.every((t) => isLink(t) || t.t === 'marker') && between.some(isLink);
      if (!joined) list++;
    }
    listOf.set(i, list);
  }

  const onlyFurniture = toks.every(isFurniture);

  const cited = (i: number) => {
    const t = toks[i] as Extract<Tok, { t: 'num' }>;
    const prev = toks[i - 1], next = toks[i + 1];
    if (prev?.t === 'marker') return true;
    if (prev?.t === 'act' || prev?.t === 'outside') return true;
    if (next?.t === 'act' || next?.t === 'outside') return true;
    // "3 of PTPA", "3 of the Prevention of Trafficking in Persons Act"
    let j = i + 1;
    while (toks[j] && isGlue(toks[j])) j++;
    if (j > i + 1 && (toks[j]?.t === 'act' || toks[j]?.t === 'outside')) return true;
    if (t.suffix && (t.hyphen || anywhere(`${t.n}${t.suffix}`))) return true;
    // "rape 376": a three-figure number that only one Act holds (the PPC's 359–377B).
    if (!t.suffix && t.n.length === 3 && catalogue.filter((a) => holds(a, t.n)).length === 1) return true;
    if (onlyFurniture) return true;
    return false;
  };
  const citedLists = new Set<number>();
  for (const i of nums) if (cited(i)) citedLists.add(listOf.get(i)!);
  const citedNums = nums.filter((i) => citedLists.has(listOf.get(i)!));
  if (!citedNums.length) return null;

  /** The Act a number belongs to: named just before it, else the next one after it, else the one before its list. */
  const actFor = (i: number): Tok | undefined => {
    let j = i - 1;
    while (toks[j]?.t === 'marker') j--;
    if (toks[j]?.t === 'act' || toks[j]?.t === 'outside') return toks[j];
    const passable = (t: Tok) => t.t === 'num' || t.t === 'marker' || isLink(t) || isGlue(t) || t.t === 'year';
    for (j = i + 1; j < toks.length; j++) {
      if (toks[j].t === 'act' || toks[j].t === 'outside') return toks[j];
      if (!passable(toks[j])) break;
    }
    for (j = i - 1; j >= 0; j--) {
      if (toks[j].t === 'act' || toks[j].t === 'outside') return toks[j];
      if (!passable(toks[j])) break;
    }
    return undefined;
  };

  const out: ParsedCitation[] = [];
  const seen = new Set<string>();
  for (const i of citedNums) {
    const t = toks[i] as Extract<Tok, { t: 'num' }>;
    const section = `${t.n}${t.suffix ?? ''}`;
    const parts = t.pin ? pinpointParts(t.pin.replace(/#/g, '')) : [];
    let pinpoint = parts.length ? pinpointText(parts) : undefined;
    const a = actFor(i);
    const c: ParsedCitation = { section, exists: false, label: '' };
    if (pinpoint) c.pinpoint = pinpoint;
    if (a?.t === 'outside') {
      const law = OUTSIDE_LAWS[a.i];
      c.outside = { abbreviation: law.abbreviation, title: law.title };
    } else if (a?.t === 'act') {
      c.act = a.id;
      c.exists = holds(byId.get(a.id)!, section);
    } else {
      const holders = catalogue.filter((x) => holds(x, section)).map((x) => x.act);
      if (holders.length === 1) { c.act = holders[0]; c.inferred = true; c.exists = true; }
      else if (holders.length > 1) { c.candidates = holders; c.exists = true; }
    }
    if (c.act && c.exists) {
      const prov = byId.get(c.act)!.provisions?.find((p) => p.number === section);
      if (prov) {
        c.url = prov.url;
        if (parts.length && prov.pins) {
          // The pinpoint as cited, labelled as the page prints it ("(1A)"), or the nearest enclosing one.
          const r = resolvePinpoint(section, parts, prov.pins);
          if (r.id) { c.anchor = r.id; c.url = `${prov.url}#${r.id}`; }
          if (r.exact && r.id) pinpoint = c.pinpoint = prov.pins[r.id] || pinpoint;
          else c.pinpointMissing = pinpoint;
        }
      }
    }
    const abbr = c.outside?.abbreviation ?? (c.act ? byId.get(c.act)!.abbreviation : undefined);
    c.label = `s. ${practiceForm(section)}${pinpoint ?? ''}${abbr ? ` ${abbr}` : ''}`;
    const key = `${c.outside?.abbreviation ?? c.act ?? (c.candidates ?? []).join('|')}:${section}${pinpoint ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.length ? out : null;
}

/** The first citation in a query, or null: for callers that want one answer. */
export function parseCitation(query: string, catalogue: CatalogueAct[]) {
  return parseCitations(query, catalogue)?.[0] ?? null;
}
