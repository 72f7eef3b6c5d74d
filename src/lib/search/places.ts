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
