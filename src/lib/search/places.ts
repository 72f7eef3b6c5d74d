// Places a reader names, and the bonded-labour texts the library offers there: for the search,
// from content/jurisdictions.yaml (each row's \`places\` and \`acts\`). Pure.

/**
 * Each place name with the Acts offered where it lies. In: the jurisdiction rows (their
 * \`places\`, lower case, and \`acts\`, Act ids); out: place -> Act ids, only for places whose row
 * offers a text (a province whose law is not held leads nowhere). A name two rows give leads to
 * the Acts of both.
 */
export function placesOf(rows: { places?: string[]; acts: string[] }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) {
    if (!r.acts.length) continue;
    for (const p of r.places ?? []) out[p] = [...new Set([...(out[p] ?? []), ...r.acts])];
  }
  return out;
}

/** A jurisdiction row as the search needs it to say which bonded-labour law a place has (content/jurisdictions.yaml). */
export interface PlaceLaw {
  name: string;
  law: string;
  acts: string[];
  places: string[];
  note: string;
  earlier?: { acts: string[]; until: { words: string } };
}

/**
 * What a bonded-labour result card says when the facts happened where its text is not the one the library offers
 * ("kiln in Sanghar" and a card of the federal Act): the place's row of content/jurisdictions.yaml — the law given
 * there and its note, which names its source — and, where this text governed the place before its own Act, until when.
 * In: the card's Act id, the places the query was read as naming (any case), the rows. Out: the sentence, or
 * undefined for a card of another law or of a text offered there, or when no place was read.
 */
export function placeNote(cardAct: string | undefined, placesRead: string[], rows: PlaceLaw[]): string | undefined {
  if (!cardAct || !/blsa/.test(cardAct)) return undefined;
  for (const place of placesRead) {
    const row = rows.find((r) => r.places.includes(place.toLowerCase()));
    if (!row || row.acts.includes(cardAct)) continue;
    const where = place.toLowerCase() === row.name.toLowerCase() ? row.name : `${place} (${row.name})`;
    const before = row.earlier?.acts.includes(cardAct) ? ` This text was in force there before ${row.earlier.until.words}; whether it still applies there is not confirmed.` : '';
    return `Facts in ${where}: the law there is given as ${row.law}. ${row.note}${before}`;
  }
  return undefined;
}
