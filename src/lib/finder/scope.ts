// The date and the place a case is read in: which text of each Act governs the date of the
// offence (src/lib/versions/in-force.ts), and which bonded-labour law the place has
// (content/jurisdictions.yaml). Never a text outside the period or place it governs presented as
// if it applied: out-of-period texts are left out and said so; where a commencement date is not
// confirmed, both texts are kept and marked; a province's own law replaces the federal text.
import { textsInForce, periodWords, periodShort, isIsoDate, type VersionWithPeriod } from '../versions/in-force.ts';

export interface ScopeAct {
  id: string; shortTitle: string; subject: string; versions: VersionWithPeriod[];
  /** What the Act repealed or replaced, as its status note states it. */
  statusNote?: string;
  /** The law before the Act (content/acts/*.yaml `earlierLaw`), said for dates before its earliest text. */
  earlierLaw?: { since?: string; text: string }[];
}
export interface ScopePlace { id: string; name: string; law: string; basis: string; acts: string[]; caveat?: string; notHeld?: string;
  /** The law before the place's own Act (content/jurisdictions.yaml `earlier`). */
  earlier?: { acts: string[]; until: { earliest: string; latest: string; words: string }; basis: string } }
export interface ScopeRecord { id: string; act: string; version: string }

export interface Scoped<R> {
  record: R;
  standing: 'in-force' | 'uncertain';
  /** Which text, and the period it governs, in words (never a bare Gazette date). */
  text: string;
  textShort: string;
  /** Why the text may or may not govern the date, where its commencement is not confirmed. */
  uncertain?: string;
  /** Said beside the row where the place's law is not confirmed (Balochistan). */
  caveat?: string;
  /** For a bonded-labour record read with no place given: where its text is the law. */
  appliesIn?: string[];
}
export interface ScopeNotice { kind: 'date' | 'place' | 'no-text' | 'input'; text: string }

export interface ScopeInput<R extends ScopeRecord> {
  records: R[];
  acts: ScopeAct[];
  places: ScopePlace[];
  date?: string | null;
  place?: string | null;
}

const fmt = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "the bonded-labour law is X", or, where the law is not confirmed ("Not confirmed: …"), "which
 * bonded-labour law applies is not confirmed: …" — never a capital letter mid-sentence.
 */
export function lawSentence(law: string): string {
  const m = /^not confirmed:\s*(.*)$/i.exec(law.trim());
  return m ? `which bonded-labour law applies is not confirmed: ${m[1].replace(/\.$/, '')}` : `the bonded-labour law is ${law.replace(/\.$/, '')}`;
}

/**
 * The notice for a date no held text of the Act governs: before its earliest held text, the law
 * then in force (named from the Act's status note where it says what it repealed) is not held.
 */
export function noTextNotice(act: ScopeAct, when: string): string {
  const dated = act.versions.filter((v) => v.applies?.from).sort((a, b) => a.applies!.from!.earliest.localeCompare(b.applies!.from!.earliest));
  const first = dated[0];
  if (first && when < first.applies!.from!.earliest) {
    // Only what the Act's content says of the earlier law, and only what existed by the date.
    const earlier = (act.earlierLaw ?? []).filter((e) => !e.since || e.since <= when).map((e) => ` ${e.text}`).join('');
    return `${act.shortTitle}: no text the library holds governs ${fmt(when)}. Its earliest text held (${first.applies!.name}) governs from ${first.applies!.from!.words}. Conduct before then falls under the law in force at the time, which this library does not hold.${earlier}`;
  }
  return `${act.shortTitle}: no text the library holds governs ${fmt(when)}. The texts held govern: ${act.versions.map((v) => periodWords(v)).join('; ')}.`;
}

/**
 * The records that may govern a case on `date` in `place`, each with the text it is read from,
 * and the notices the reader must see (an uncertain commencement, a law not held, a bad input).
 */
export function scopeRecords<R extends ScopeRecord>({ records, acts, places, date, place }: ScopeInput<R>): { records: Scoped<R>[]; notices: ScopeNotice[] } {
  const notices: ScopeNotice[] = [];
  let when: string | null = null;
  if (date) {
    if (isIsoDate(date)) when = date;
    else notices.push({ kind: 'input', text: `“${date}” is not a date: give the date of the offence as day, month and year. The law in force today is shown meanwhile.` });
  }
  const where = place ? places.find((p) => p.id === place) : undefined;
  if (place && !where) notices.push({ kind: 'input', text: `“${place}” is not a place the library knows: the bonded-labour law of every place is shown.` });

  const bonded = new Set(acts.filter((a) => a.subject === 'bonded-labour').map((a) => a.id));
  const allowed = where ? new Set(where.acts) : null;
  // Before the place's own Act, the earlier (federal) law governed: offered for dates before the
  // provincial Act's commencement, and marked uncertain inside a window where that date is not confirmed.
  const early = where?.earlier && when && when < where.earlier.until.latest ? where.earlier : undefined;
  const earlyStanding: 'in-force' | 'uncertain' | undefined = early ? (when! < early.until.earliest ? 'in-force' : 'uncertain') : undefined;
  if (early) for (const a of early.acts) allowed!.add(a);
  const out: Scoped<R>[] = [];
  for (const act of acts) {
    if (bonded.has(act.id) && allowed && !allowed.has(act.id)) continue;
    const texts = textsInForce(act.versions, when);
    if (!texts.length) {
      if (records.some((r) => r.act === act.id)) notices.push({ kind: 'no-text', text: noTextNotice(act, when!) });
      continue;
    }
    if (texts.some((t) => t.standing === 'uncertain')) {
      notices.push({ kind: 'date', text: `${act.shortTitle}: on ${fmt(when!)} either text may govern, because the date the 2025 amendments commenced is not confirmed. Both are shown side by side: ${texts.map((t) => `${t.version.applies?.name ?? t.version.label} (${t.why})`).join('; and ')}. Check the commencement before relying on either.` });
    }
    for (const t of texts) {
      for (const r of records.filter((x) => x.act === act.id && x.version === t.version.id)) {
        const appliesIn = bonded.has(act.id) && !where ? places.filter((p) => p.acts.includes(act.id)).map((p) => (p.caveat ? `${p.name} (not confirmed)` : p.name)) : undefined;
        const earlyHere = early && early.acts.includes(act.id) && !where!.acts.includes(act.id);
        const standing = earlyHere && earlyStanding === 'uncertain' ? 'uncertain' : t.standing;
        const uncertain = earlyHere && earlyStanding === 'uncertain' ? `in ${where!.name} it governed until ${early!.until.words}` : t.why;
        const textShort = earlyHere ? `${periodShort(t.version)}; in ${where!.name} until the provincial Act${earlyStanding === 'uncertain' ? ' (date not confirmed)' : ''}` : periodShort(t.version);
        out.push({ record: r, standing, text: periodWords(t.version), textShort, uncertain, caveat: where && bonded.has(act.id) && !earlyHere ? where.caveat : undefined, appliesIn });
      }
    }
  }
  if (where) {
    const held = acts.filter((a) => where.acts.includes(a.id));
    const today = `${lawSentence(where.law)}.${held.length ? ` The library offers: ${held.map((a) => a.shortTitle).join(', ')}.` : ''}${where.caveat ? ` ${where.caveat}` : ''}${where.notHeld ? ` ${where.notHeld}` : ''}`;
    if (early) {
      // One notice, the law of the date first: a reader who reads only its opening words must not
      // take the place's later Act for the law that governed the offence.
      const names = acts.filter((a) => early.acts.includes(a.id)).map((a) => a.shortTitle).join(', ');
      const then = earlyStanding === 'in-force'
        ? `${where.name}, on ${fmt(when!)}: the bonded-labour law was ${names}, before ${early.until.words}. Its offences are offered for that date.`
        : `${where.name}, on ${fmt(when!)}: it is not confirmed whether ${names} or ${where.name}'s own Act governed; the boundary is when ${early.until.words}. ${names} is offered, marked not confirmed.`;
      notices.push({ kind: 'place', text: `${then} Basis: ${early.basis.replace(/\.$/, '')}. Now, ${today}` });
    } else {
      notices.push({ kind: 'place', text: `${where.name}: ${today}` });
    }
  } else if (!place) {
    notices.push({ kind: 'place', text: 'No place given: the bonded-labour offences of every text the library holds are shown, each with the places it governs. Say where it happened to see the law of that place only.' });
  }
  return { records: out, notices };
}
