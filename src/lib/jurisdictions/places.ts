// Where an Act's text governs: the laws that extend to the whole of Pakistan (PTPA s. 1(2), PSMA
// s. 1(2); the Penal Code as the federal consolidation) govern every place; a bonded-labour text
// governs the places content/jurisdictions.yaml gives it to.
import { JURISDICTIONS } from '../../schemas/index.ts';

export const PLACES = JURISDICTIONS.filter((j) => j !== 'federal');
export type Place = (typeof PLACES)[number];

/** The places an Act's text governs, in the order of JURISDICTIONS. */
export function placesOf(act: { id: string; jurisdiction: string; subject: string }, rows: { id: string; acts: string[] }[]): Place[] {
  if (act.jurisdiction === 'federal' && act.subject !== 'bonded-labour') return [...PLACES];
  return PLACES.filter((p) => rows.some((r) => r.id === p && r.acts.includes(act.id)));
}
