// Places a reader names, and the bonded-labour texts the library offers there: for the search,
// from content/jurisdictions.yaml (each row's \`places\` and \`acts\`). Pure.

/**
 * Each place name with the Acts offered where it lies. In: the jurisdiction rows (their
 * \`places\`, lower case, \`acts\`, Act ids, and \`basis\` with \`earlier.acts\`); out: place -> Act
 * ids, only for places whose row offers a text (a province whose law is not held leads nowhere).
 * Where the row's own text is held only in part (\`basis: partial-text\`, Sindh's Act), the text
 * that applied there before follows it (the federal Act): its offences are the ones the library
 * can show, after the row's own. A name two rows give leads to the Acts of both.
 */
export function placesOf(rows: { places?: string[]; acts: string[]; basis?: string; earlier?: { acts?: string[] } }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) {
    if (!r.acts.length) continue;
    const offered = [...r.acts, ...(r.basis === 'partial-text' ? r.earlier?.acts ?? [] : [])];
    for (const p of r.places ?? []) out[p] = [...new Set([...(out[p] ?? []), ...offered])];
  }
  return out;
}
