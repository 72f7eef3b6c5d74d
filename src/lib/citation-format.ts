// Citation forms used by Pakistani courts (see shared/DESIGN.md): long, short and headnote.
// PPC sections print as 371A in the Pakistan Code and 371-A in practice; citations use 371-A.
// A pinpoint is the line's citation suffix as the statute MDX writes it (`cite="…"` on <L>):
// "(2)", "(3)(a)(i)", "(1), proviso", ", Explanation(a)", ", Illustrations(b)", ", thirdly".

export interface CitableAct {
  fullTitle: string;
  abbreviation: string;
  citation: { long: string; short: string; headnote: string };
}

/** The three forms a reader can choose; the site's default is `short`. */
export const CITE_FORMS = ['long', 'short', 'headnote'] as const;
export type CiteForm = (typeof CITE_FORMS)[number];

/** "371A" -> "371-A"; "3" stays "3". */
export const practiceNumber = (n: string) => n.replace(/^(\d+)([A-Z])$/, '$1-$2');

/**
 * A pinpoint citation in practitioners' form: "365B" -> "365-B", "371A(1)" -> "371-A(1)"; a
 * sub-section's own letter stays ("376(1A)"), and "3(2)" is unchanged. In: an offence record's
 * `citation`; out: the form the section pages print.
 */
export const practiceCitation = (c: string) => c.replace(/^(\d+)([A-Z])(?=$|[(,\s])/, '$1-$2');

/**
 * A pinpoint suffix as it is written in a citation: a word directly followed by its label gets a
 * space ("Explanation(a)" -> "Explanation (a)"); numbers keep theirs ("3(2)"). "" stays "".
 */
export const pinpointText = (pin: string) => pin.trim() === '' ? '' : pin.replace(/([A-Za-z]{3,})\(/g, '$1 (');

/** A pinpoint that ends in a qualifier (", proviso", ", Explanation 2") needs a comma after it in running text. */
const qualified = (pin: string) => pin.includes(',');

/** "section 3(2) of the Prevention of Trafficking in Persons Act, 2018"; "section 10(1), proviso, of the …". */
export function citeLong(act: CitableAct, number: string, pin = '') {
  if (number === 'preamble') return `the preamble to the ${act.citation.long}`;
  const p = pinpointText(pin);
  return `section ${practiceNumber(number)}${p}${qualified(p) ? ',' : ''} of the ${act.citation.long}`;
}

/** "s. 3(2) PTPA 2018"; "s. 371-A PPC"; "s. 10(1), proviso, PTPA 2018". */
export function citeShort(act: CitableAct, number: string, pin = '') {
  if (number === 'preamble') return `Preamble, ${act.citation.short}`;
  const p = pinpointText(pin);
  return `s. ${practiceNumber(number)}${p}${qualified(p) ? ',' : ''} ${act.citation.short}`;
}

/** "Prevention of Trafficking in Persons Act (XXXIV of 2018)---S. 3(2)"; "Penal Code (XLV of 1860)---S. 371-A". */
export function citeHeadnote(act: CitableAct, number: string, pin = '') {
  if (number === 'preamble') return `${act.citation.headnote}---Preamble`;
  return `${act.citation.headnote}---S. ${practiceNumber(number)}${pinpointText(pin)}`;
}

/** One form by name; an unknown name is an error (a programming fault, not reader input). */
export function cite(form: CiteForm, act: CitableAct, number: string, pin = '') {
  if (form === 'long') return citeLong(act, number, pin);
  if (form === 'short') return citeShort(act, number, pin);
  if (form === 'headnote') return citeHeadnote(act, number, pin);
  throw new Error(`unknown citation form: ${String(form)}`);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-04-23" -> "23 April 2025"; anything else is returned unchanged. */
export function longDate(iso: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export interface ClipOptions {
  form: CiteForm;
  /** The version's label when it is not the current text ("As enacted, 2018"): an earlier text is never cited bare. */
  earlierVersion?: string;
  /** The version's "text current to" date (ISO); included when given. */
  currentTo?: string;
  /** The words of the line, included (quoted, on a new line) when given. */
  text?: string;
}

/**
 * What a "cite" control copies: the citation in the chosen form, then "(As enacted, 2018)" for an
 * earlier text, then "(text current to 23 April 2025)" if asked, then the line's words if asked.
 * In: the Act's citation data, the section number as printed ("3", "371A", "preamble"), the
 * line's pinpoint suffix (see above). Out: plain text.
 */
export function citationClip(act: CitableAct, number: string, pin: string, o: ClipOptions) {
  let out = cite(o.form, act, number, pin);
  if (o.earlierVersion) out += ` (${o.earlierVersion})`;
  if (o.currentTo) out += ` (text current to ${longDate(o.currentTo)})`;
  const words = o.text?.replace(/\s+/g, ' ').trim();
  if (words) out += `\n“${words}”`;
  return out;
}
