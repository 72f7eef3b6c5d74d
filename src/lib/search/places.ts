// Places a reader names, and the bonded-labour texts the library offers there: for the search,
// from content/jurisdictions.yaml (each row's \`places\` and \`acts\`). Pure.
import { normaliseUrdu } from './normalise.ts';

/** A place name as the query's words spell it: Urdu in one form ("فیصل آباد" = "فیصل اباد"), lower case. */
export const placeKey = (name: string) => normaliseUrdu(name).toLowerCase();

/**
 * Each place name with the Acts offered where it lies. In: the jurisdiction rows (their
 * \`places\`, lower case or Urdu, and \`acts\`, Act ids); out: place (placeKey) -> Act ids. A place whose row offers no
 * text (Khyber Pakhtunkhwa, whose Act is not held) leads to none: it is read, so that the search can
 * say so, but lifts nothing. A name two rows give leads to the Acts of both.
 */
export function placesOf(rows: { places?: string[]; acts: string[] }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) for (const p of (r.places ?? []).map(placeKey)) out[p] = [...new Set([...(out[p] ?? []), ...r.acts])];
  return out;
}

/** A jurisdiction row as the search needs it to say which bonded-labour law a place has (content/jurisdictions.yaml). */
export interface PlaceLaw {
  name: string;
  law: string;
  acts: string[];
  places: string[];
  note: string;
  /** What of the law there the library does not hold (content/jurisdictions.yaml \`notHeld\`). */
  notHeld?: string;
  earlier?: { acts: string[]; until: { words: string } };
}

/**
 * What a bonded-labour result card says when the facts happened where its text is not the one the library offers
 * ("kiln in Sanghar" and a card of the federal Act), one part per province read: `lead`, the law given there; `detail`,
 * the row's note (which names its source), what of that law is not held and, where this text governed the place before
 * its own Act, until when (content/jurisdictions.yaml).
 * In: the card's Act id, the places the query was read as naming (any case, in the order told), the rows.
 * Out: the parts, none for a card of another law, when no place was read, or when the card's text is offered for any
 * place read (facts told over two provinces may be of either: the card may be the right one).
 */
export function placeNoteParts(cardAct: string | undefined, placesRead: string[], rows: PlaceLaw[]): { lead: string; detail: string }[] {
  if (!cardAct || !/blsa/.test(cardAct)) return [];
  const read = placesRead.flatMap((place) => {
    const row = rows.find((r) => r.places.some((p) => placeKey(p) === placeKey(place)));
    return row ? [{ place, row }] : [];
  });
  if (!read.length || read.some(({ row }) => row.acts.includes(cardAct))) return [];
  const seen = new Set<string>();
  const once = read.filter(({ row }) => { if (seen.has(row.name)) return false; seen.add(row.name); return true; });
  return once.map(({ place, row }) => {
    const where = place.toLowerCase() === row.name.toLowerCase() ? row.name : `${place} (${row.name})`;
    // A row whose law is itself unsettled says so in its own words ("Not confirmed: the federal Act … unless …").
    const unsettled = /^Not confirmed:\s*/.exec(row.law);
    const law = unsettled ? `which law applies there is not confirmed: ${row.law.slice(unsettled[0].length)}` : `the law there is given as ${row.law}`;
    const before = row.earlier?.acts.includes(cardAct) ? ` This text was in force there before ${row.earlier.until.words}; whether it still applies there is not confirmed.` : '';
    return { lead: `Facts in ${where}: ${law}${/[.]$/.test(law) ? '' : '.'}`, detail: `${row.note}${row.notHeld ? ` ${row.notHeld}` : ''}${before}` };
  });
}

/** placeNoteParts as one text: each province's lead and detail in turn (undefined when there is none). */
export function placeNote(cardAct: string | undefined, placesRead: string[], rows: PlaceLaw[]): string | undefined {
  const parts = placeNoteParts(cardAct, placesRead, rows);
  return parts.length ? parts.map((p) => `${p.lead} ${p.detail}`).join(' ') : undefined;
}
