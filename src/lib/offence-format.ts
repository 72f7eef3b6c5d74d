// Words and sort keys for offence records. The whole punishment, as the provision shapes it: the
// kind of imprisonment, death, life, the remainder of natural life, how imprisonment and fine
// combine ("and", "or", "or ... or both"), a fine one is "liable to", a fine with no limit stated,
// forfeiture of property; and, where a fine alone is lawful, that a minimum term binds only a
// sentence of imprisonment. Conventions: content/offences/README.md.
import type { OffenceData } from '../schemas/index.ts';

export type Offence = OffenceData;

const rupees = (n: number) => `Rs ${n.toLocaleString('en-US')}`;
/** "1 year", "7 years". */
export const yrs = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

const KIND_WORDS: Record<Offence['punishment']['imprisonment']['kind'], string> = {
  either: 'imprisonment of either description',
  rigorous: 'rigorous imprisonment',
  simple: 'simple imprisonment',
  unspecified: 'imprisonment',
};
/** "imprisonment of either description", "rigorous imprisonment", "imprisonment" (the text says no more). */
export const imprisonmentKindText = (o: Offence) => KIND_WORDS[o.punishment.imprisonment.kind];

/** The term of years alone: "2 to 10 years", "up to 7 years", "not less than 14 years", or "" if none. */
export function termText(o: Offence): string {
  const im = o.punishment.imprisonment;
  if (im.minYears && im.maxYears) return `${im.minYears} to ${yrs(im.maxYears)}`;
  if (im.maxYears) return `up to ${yrs(im.maxYears)}`;
  if (im.minYears) return `not less than ${yrs(im.minYears)}`;
  return '';
}

/** The custodial alternatives: "death, or imprisonment for life, or rigorous imprisonment up to 10 years". */
export function imprisonmentText(o: Offence): string {
  const im = o.punishment.imprisonment;
  const parts: string[] = [];
  if (im.death) parts.push('death');
  if (im.remainderOfLife) parts.push('imprisonment for the remainder of natural life');
  if (im.life) parts.push('imprisonment for life');
  const term = termText(o);
  const kind = imprisonmentKindText(o);
  if (term) parts.push(/^up to/.test(term) ? `${kind} ${term}` : im.kind === 'either' ? `${kind}, ${term}` : `${kind} of ${term}`);
  return parts.join(', or ') || '—';
}

/** Death and life alone, for their own column: "death; imprisonment for life", or "—". */
export function deathOrLifeText(o: Offence): string {
  const im = o.punishment.imprisonment;
  return [im.death && 'death', im.remainderOfLife && 'imprisonment for the remainder of natural life', im.life && 'imprisonment for life'].filter(Boolean).join('; ') || '—';
}

/** The heaviest punishment alone: "death", "imprisonment for life", "14 years". */
export function maxTermText(o: Offence): string {
  const im = o.punishment.imprisonment;
  if (im.death) return 'death';
  if (im.remainderOfLife) return 'imprisonment for the remainder of natural life';
  if (im.life) return 'imprisonment for life';
  if (im.maxYears) return yrs(im.maxYears);
  return im.minYears ? 'no maximum stated' : '—';
}

/** A fine alone is lawful: imprisonment and fine are alternatives ("or with fine"). */
export const fineAloneLawful = (o: Offence) => o.punishment.combination === 'or' || o.punishment.combination === 'or-both';

/** The minimum term, and whether it binds: "2 years (only if imprisonment is imposed: a fine alone is lawful)". */
export function minTermText(o: Offence): string {
  const min = o.punishment.imprisonment.minYears;
  if (!min) return '—';
  return fineAloneLawful(o) ? `${yrs(min)} (only if imprisonment is imposed: a fine alone is lawful)` : yrs(min);
}

/** The fine's amount: "fine up to Rs 1,000,000", "fine of not less than Rs 50,000 (no maximum stated)", "fine (no limit stated)". */
export function fineAmountText(o: Offence): string {
  const f = o.punishment.fine;
  if (o.punishment.combination === null) return '';
  if (f.minRupees && f.maxRupees) return `fine of ${rupees(f.minRupees)} to ${rupees(f.maxRupees)}`;
  if (f.maxRupees) return `fine up to ${rupees(f.maxRupees)}`;
  if (f.minRupees) return `fine of not less than ${rupees(f.minRupees)} (no maximum stated)`;
  return 'fine (no limit stated)';
}

/** The fine column: amount, "liable to", forfeiture; "no fine" where none is provided. */
export function fineText(o: Offence): string {
  const amount = fineAmountText(o);
  const parts = [amount ? (o.punishment.fine.liable ? `liable to ${amount}` : amount) : 'no fine'];
  if (o.punishment.forfeiture) parts.push('liable to forfeiture of property');
  return parts.join('; ');
}

/** How imprisonment and fine combine, in words, for its own column. */
export function combinationText(o: Offence): string {
  switch (o.punishment.combination) {
    case 'and': return o.punishment.fine.liable ? 'imprisonment, and also liable to fine' : 'imprisonment and fine (both)';
    case 'or-both': return 'imprisonment, or fine, or both';
    case 'or': return 'imprisonment or fine';
    case 'and-or': return 'imprisonment and/or fine';
    default: return 'no fine provided';
  }
}

/**
 * The whole punishment in one line, shaped as the text shapes it:
 * "imprisonment up to 7 years, or fine up to Rs 1,000,000, or both";
 * "imprisonment up to 10 years and fine up to Rs 1,000,000";
 * "death, or imprisonment for life; and liable to forfeiture of property".
 */
export function punishmentSummary(o: Offence): string {
  const im = imprisonmentText(o);
  const amount = fineAmountText(o);
  if (im === '—' && !amount && !o.punishment.forfeiture) return o.punishment.text ? `as stated: “${o.punishment.text}”` : '—';
  let out = im === '—' ? '' : im;
  const several = /, or /.test(out);
  switch (o.punishment.combination) {
    case 'and': out += o.punishment.fine.liable ? `${several ? ';' : ','} and liable to ${amount}` : `${several ? ';' : ''} and ${amount}`; break;
    case 'or-both': out += `, or ${amount}, or both`; break;
    case 'or': out += `, or ${amount}`; break;
    case 'and-or': out += ` and/or ${amount}`; break;
    default: break;
  }
  if (o.punishment.forfeiture) out += `; and liable to forfeiture of property`;
  if (o.punishment.imprisonment.minYears && fineAloneLawful(o)) out += ` (the minimum of ${yrs(o.punishment.imprisonment.minYears)} applies only if imprisonment is imposed: the words allow a fine alone)`;
  return out;
}

/** Sort keys: death and life rank above any term of years. */
export function maxTermKey(o: Offence): number {
  const im = o.punishment.imprisonment;
  if (im.death) return 1000;
  if (im.life || im.remainderOfLife) return 900;
  return im.maxYears ?? -1;
}
export const minTermKey = (o: Offence) => o.punishment.imprisonment.minYears ?? 0;
export const maxFineKey = (o: Offence) => o.punishment.fine.maxRupees ?? (o.punishment.combination !== null ? 0.5 : 0);

export const yesNo = (b: boolean | null) => (b === null ? 'law silent' : b ? 'Yes' : 'No');

/** "3(2)" -> { number: "3", pin: "s3-2" }; "371A" -> { number: "371A" }; "2(fa)" -> pin "s2-fa". */
export function splitProvisionRef(ref: string): { number: string; pin?: string } {
  const m = /^(\d+[A-Z]?)((?:\([^)]+\))*)$/.exec(ref);
  if (!m) return { number: ref };
  const parts = [...m[2].matchAll(/\(([^)]+)\)/g)].map((x) => x[1].toLowerCase());
  return { number: m[1], pin: parts.length ? `s${m[1].toLowerCase()}-${parts.join('-')}` : undefined };
}
