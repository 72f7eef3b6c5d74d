// Which text of an Act governs conduct on a given date. Pure: takes the versions' `applies`
// periods (content/acts/*.yaml) and an ISO date; reused by the finder, the offence pages and the
// comparison tables. Where a boundary is not confirmed (the 2025 amending Acts' commencement), a
// date inside the uncertain window gets both texts, each marked "uncertain", never a guess.

/** A boundary of a text's period: the same dates when known, bounds when not confirmed. */
export interface Boundary { earliest: string; latest: string; words: string }
export interface Period { name: string; from: Boundary | null; until?: Boundary }
export interface VersionWithPeriod { id: string; current: boolean; label: string; applies?: Period }

export type Standing = 'in-force' | 'uncertain' | 'not-in-force';

export interface TextForDate<V extends VersionWithPeriod = VersionWithPeriod> {
  version: V;
  /** "in-force": the text governs the date; "uncertain": it may, because a boundary date is not confirmed. */
  standing: Exclude<Standing, 'not-in-force'>;
  /** Why it is uncertain, in words, when it is. */
  why?: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string | null | undefined): s is string {
  if (!s || !ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Whether a text governs conduct on `date` (ISO). Before `from.earliest`: not in force; from
 * `from.earliest` up to (not including) `from.latest`: uncertain; then in force until
 * `until.earliest`; from `until.earliest` up to (not including) `until.latest`: uncertain; from
 * `until.latest`: not in force. A text with no `applies` is taken as governing every date (the
 * Penal Code consolidation, whose sections carry their own amendment footnotes).
 */
export function standingOn(period: Period | undefined, date: string): Standing {
  if (!isIsoDate(date)) throw new Error(`not a date written YYYY-MM-DD: "${date}"`);
  if (!period) return 'in-force';
  const { from, until } = period;
  if (from && date < from.earliest) return 'not-in-force';
  if (until && date >= until.latest) return 'not-in-force';
  if (from && date < from.latest) return 'uncertain';
  if (until && date >= until.earliest) return 'uncertain';
  return 'in-force';
}

/**
 * The texts of one Act that govern conduct on `date`, oldest first. With no date: the current text
 * only ("the law today"). An empty list means the library holds no text in force on that date
 * (e.g. conduct before the Act).
 */
export function textsInForce<V extends VersionWithPeriod>(versions: V[], date?: string | null): TextForDate<V>[] {
  if (!date) return versions.filter((v) => v.current).map((version) => ({ version, standing: 'in-force' as const }));
  const out: TextForDate<V>[] = [];
  for (const version of versions) {
    const s = standingOn(version.applies, date);
    if (s === 'not-in-force') continue;
    const p = version.applies;
    const why = s === 'uncertain'
      ? (p?.from && date < p.from.latest ? `it applies from ${p.from.words}` : `it applied until ${p?.until?.words}`)
      : undefined;
    out.push({ version, standing: s, why });
  }
  return out.sort((a, b) => a.version.id.localeCompare(b.version.id));
}

/**
 * The text and its period in words, for every row that quotes it: "as enacted 2018: from 30 May
 * 2018 (...) until Act IX of 2025 commenced (date not confirmed: ...)". Never a bare Gazette date.
 */
export function periodWords(v: VersionWithPeriod): string {
  const p = v.applies;
  if (!p) return v.label;
  const from = p.from ? `from ${p.from.words}` : 'each section in its latest amended wording, as the footnotes record';
  return `${p.name}: ${from}${p.until ? ` until ${p.until.words}` : ''}`;
}

/** A short form of the same for table cells: "as enacted 2018 (from 2018 until Act IX of 2025 commenced, date not confirmed)". */
export function periodShort(v: VersionWithPeriod): string {
  const p = v.applies;
  if (!p) return v.label;
  if (!p.from) return p.name;
  const fromYear = p.from.earliest.slice(0, 4);
  const fromText = p.from.earliest === p.from.latest ? `from ${fromYear}` : `from ${p.from.words.replace(/ \(.*$/, '')} (date not confirmed)`;
  const untilText = p.until ? ` until ${p.until.words.replace(/ \(.*$/, '')}${p.until.earliest === p.until.latest ? '' : ' (date not confirmed)'}` : ', to date';
  return `${p.name}: ${fromText}${untilText}`;
}
