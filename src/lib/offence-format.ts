// Words and sort keys for offence records: "up to 14 years and fine up to Rs 2,000,000".
import type { OffenceData } from '../schemas/index.ts';

export type Offence = OffenceData;

const rupees = (n: number) => `Rs ${n.toLocaleString('en-US')}`;
const yrs = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

export function imprisonmentText(o: Offence): string {
  const im = o.punishment.imprisonment;
  const parts: string[] = [];
  if (im.death) parts.push('death');
  if (im.remainderOfLife) parts.push('imprisonment for the remainder of natural life');
  if (im.life) parts.push('imprisonment for life');
  const kind = im.kind === 'rigorous' ? 'rigorous ' : im.kind === 'simple' ? 'simple ' : im.kind === 'either' ? 'either description, ' : '';
  if (im.minYears && im.maxYears) parts.push(`${kind}${yrs(im.minYears)} to ${yrs(im.maxYears)}`);
  else if (im.maxYears) parts.push(`${kind}up to ${yrs(im.maxYears)}`);
  else if (im.minYears) parts.push(`${kind}not less than ${yrs(im.minYears)}`);
  return parts.join(', or ') || '—';
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

export function fineText(o: Offence): string {
  const f = o.punishment.fine;
  if (f.minRupees && f.maxRupees) return `fine of ${rupees(f.minRupees)} to ${rupees(f.maxRupees)}`;
  if (f.maxRupees) return `fine up to ${rupees(f.maxRupees)}`;
  if (f.minRupees) return `fine not less than ${rupees(f.minRupees)}`;
  if (f.liable || f.unlimited) return 'fine (no limit stated)';
  return '—';
}

export function punishmentSummary(o: Offence): string {
  const im = imprisonmentText(o);
  const fine = fineText(o);
  if (im === '—' && fine === '—') return o.punishment.text ? `as stated: “${o.punishment.text}”` : '—';
  if (fine === '—') return im;
  const join = o.punishment.combination === 'or' ? ' or ' : o.punishment.combination === 'or-both' ? ', or ' : o.punishment.combination === 'and-or' ? ' and/or ' : ' and ';
  if (o.punishment.combination === 'or-both') return `${im}, or ${fine}, or both`;
  return `${im}${join}${fine}`;
}

/** Sort keys: death and life rank above any term of years. */
export function maxTermKey(o: Offence): number {
  const im = o.punishment.imprisonment;
  if (im.death) return 1000;
  if (im.life || im.remainderOfLife) return 900;
  return im.maxYears ?? -1;
}
export const minTermKey = (o: Offence) => o.punishment.imprisonment.minYears ?? 0;
export const maxFineKey = (o: Offence) => o.punishment.fine.maxRupees ?? (o.punishment.fine.liable || o.punishment.fine.unlimited ? 0.5 : 0);

export const yesNo = (b: boolean | null) => (b === null ? 'law silent' : b ? 'Yes' : 'No');

/** "3(2)" -> { number: "3", pin: "s3-2" }; "371A" -> { number: "371A" }; "2(fa)" -> pin "s2-fa". */
export function splitProvisionRef(ref: string): { number: string; pin?: string } {
  const m = /^(\d+[A-Z]?)((?:\([^)]+\))*)$/.exec(ref);
  if (!m) return { number: ref };
  const parts = [...m[2].matchAll(/\(([^)]+)\)/g)].map((x) => x[1].toLowerCase());
  return { number: m[1], pin: parts.length ? `s${m[1].toLowerCase()}-${parts.join('-')}` : undefined };
}
