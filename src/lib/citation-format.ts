// Citation forms used by Pakistani courts (see shared/DESIGN.md): long, short and headnote.
// PPC sections print as 371A in the Pakistan Code and 371-A in practice; citations use 371-A.

export interface CitableAct {
  fullTitle: string;
  abbreviation: string;
  citation: { long: string; short: string; headnote: string };
}

/** "371A" -> "371-A"; "3" stays "3". */
export const practiceNumber = (n: string) => n.replace(/^(\d+)([A-Z])$/, '$1-$2');

export function citeLong(act: CitableAct, number: string, pin = '') {
  if (number === 'preamble') return `the preamble to the ${act.citation.long}`;
  return `section ${practiceNumber(number)}${pin} of the ${act.citation.long}`;
}

export function citeShort(act: CitableAct, number: string, pin = '') {
  if (number === 'preamble') return `Preamble, ${act.citation.short}`;
  return `s. ${practiceNumber(number)}${pin} ${act.citation.short}`;
}

export function citeHeadnote(act: CitableAct, number: string, pin = '') {
  if (number === 'preamble') return `${act.citation.headnote}---Preamble`;
  return `${act.citation.headnote}---S. ${practiceNumber(number)}${pin}`;
}
