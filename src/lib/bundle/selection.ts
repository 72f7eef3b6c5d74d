// The court bundle's selection: which provisions and pinpoints, in the reader's order. It lives
// in the URL (/bundle/?p=ptpa-2018/s3-2,psma-2018/s6,ppc/s371a, so a bundle can be shared) and in
// local storage. An address is "<act>/<pinpoint>" for the current text, or
// "<act>/<version slug>/<pinpoint>" for an earlier one (ptpa-2018/as-enacted/s3-2); the pinpoint
// is a line's id (s3-2) or a section's (s3, s371a, preamble). Pure functions, no DOM.

/** At most this many addresses in one bundle; more are left out with a message. */
export const MAX_REFS = 60;
/** A `p` value longer than this (characters) is refused whole, with a message. */
export const MAX_PARAM = 3000;

export interface BundleRef { act: string; version?: string; pin: string }

const SEG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const REF = new RegExp(`^(${SEG})/(?:(${SEG})/)?(${SEG})$`);

/** "ptpa-2018/as-enacted/s3-2" -> {act, version, pin}; null when it is not shaped like an address. */
export function parseRef(s: string): BundleRef | null {
  const m = REF.exec(s.trim().toLowerCase());
  if (!m) return null;
  return m[2] ? { act: m[1], version: m[2], pin: m[3] } : { act: m[1], pin: m[3] };
}

/** The address of a reference, as written in `p`. */
export const refKey = (r: BundleRef) => `${r.act}/${r.version ? `${r.version}/` : ''}${r.pin}`;

/** The address of the provision (section) a reference sits in, given its section anchor ("s3"). */
export const provisionKey = (r: BundleRef, sectionAnchor: string) => `${r.act}/${r.version ? `${r.version}/` : ''}${sectionAnchor}`;

export interface Parsed { refs: BundleRef[]; problems: string[] }

/**
 * Reads a `p` value: comma-separated addresses, duplicates dropped, order kept. Malformed
 * addresses, too many addresses and an over-long value are reported in plain words, never thrown.
 */
export function parseSelection(p: string | null | undefined): Parsed {
  const problems: string[] = [];
  if (!p || !p.trim()) return { refs: [], problems };
  if (p.length > MAX_PARAM) {
    return { refs: [], problems: [`The bundle address is too long (${p.length} characters; at most ${MAX_PARAM}), so nothing was read from it. Start a new bundle, or share a shorter one.`] };
  }
  const seen = new Set<string>();
  const refs: BundleRef[] = [];
  let dropped = 0;
  for (const raw of p.split(',')) {
    const s = raw.trim();
    if (!s) continue;
    const r = parseRef(s);
    if (!r) { problems.push(`“${s.slice(0, 60)}” is not a provision address (expected, for example, ptpa-2018/s3-2 or ppc/s371a).`); continue; }
    const k = refKey(r);
    if (seen.has(k)) continue;
    if (refs.length >= MAX_REFS) { dropped++; continue; }
    seen.add(k);
    refs.push(r);
  }
  if (dropped) problems.push(`A bundle holds at most ${MAX_REFS} provisions and pinpoints; ${dropped} more were left out.`);
  return { refs, problems };
}

/** The `p` value for a list of references. */
export const formatSelection = (refs: BundleRef[]) => refs.map(refKey).join(',');

/** Adds a reference at the end unless it is already there. */
export function addRef(refs: BundleRef[], r: BundleRef): BundleRef[] {
  return refs.some((x) => refKey(x) === refKey(r)) ? refs : [...refs, r];
}

/** What the library holds: for each provision address, its line ids. */
export interface ProvisionIndex { [provisionKey: string]: { pins: string[] } }

export interface Group { key: string; pins: string[] }

/**
 * Groups references by provision, in the order each provision first appears. A reference to the
 * section itself adds no pinpoint; one to a line adds that line. References the library does not
 * hold are listed in `unknown` (by address).
 */
export function groupRefs(refs: BundleRef[], index: ProvisionIndex): { groups: Group[]; unknown: string[] } {
  // line address -> provision address
  const lineOf = new Map<string, string>();
  for (const [key, { pins }] of Object.entries(index)) {
    lineOf.set(key, key);
    const prefix = key.slice(0, key.lastIndexOf('/') + 1);
    for (const pin of pins) lineOf.set(prefix + pin, key);
  }
  const groups: Group[] = [];
  const unknown: string[] = [];
  for (const r of refs) {
    const k = refKey(r);
    const prov = lineOf.get(k);
    if (!prov) { unknown.push(k); continue; }
    let g = groups.find((x) => x.key === prov);
    if (!g) { g = { key: prov, pins: [] }; groups.push(g); }
    if (prov !== k && !g.pins.includes(r.pin)) g.pins.push(r.pin);
  }
  return { groups, unknown };
}

/** The references back from groups: the provision's own address when it has no pinpoints. */
export function refsOf(groups: Group[]): BundleRef[] {
  return groups.flatMap((g) => {
    const base = parseRef(g.key)!;
    return g.pins.length ? g.pins.map((pin) => ({ ...base, pin })) : [base];
  });
}

/** Moves group `i` by `delta` places (−1 up, +1 down); out of range changes nothing. */
export function moveGroup(groups: Group[], i: number, delta: number): Group[] {
  const j = i + delta;
  if (i < 0 || i >= groups.length || j < 0 || j >= groups.length) return groups;
  const out = [...groups];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** Removes a whole provision, or one pinpoint of it (the provision stays, cited whole, when its last pinpoint goes). */
export function removeFromGroups(groups: Group[], key: string, pin?: string): Group[] {
  if (pin === undefined) return groups.filter((g) => g.key !== key);
  return groups.map((g) => (g.key === key ? { ...g, pins: g.pins.filter((p) => p !== pin) } : g));
}
