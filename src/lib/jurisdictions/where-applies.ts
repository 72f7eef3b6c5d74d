// Where an Act applies, as said above its text on every page of it: the Act's own `where`
// (content/acts/*.yaml) and, for a bonded-labour text, the places content/jurisdictions.yaml
// offers it for, now or for facts before a provincial Act, each with what that rests on.
// Pure: takes the rows and a date formatter, so it is unit-testable.
import { BASIS_LABELS } from './basis.ts';

interface Row {
  id: string; name: string; basis: keyof typeof BASIS_LABELS; law: string; caveat?: string;
  sources: { file?: string; cite?: string }[];
  acts: string[];
  earlier?: { acts: string[]; until: { earliest: string; latest: string; words: string }; basis: string };
}

export interface WherePlace {
  id: string;
  /** "Islamabad Capital Territory", "Sindh, for facts before its own Act came into force …". */
  words: string;
  /** What the row rests on, in words ("Text held", "Press reports only"). */
  basis: string;
  /** Said beside it where its application is not confirmed. */
  caveat?: string;
  /** The row's sources: a source file, or a press report named in words. */
  sources: { file?: string; cite?: string }[];
}

/** The places the library offers this Act's text for: `now`, and `before` a provincial Act. */
export function placesForAct(actId: string, actJurisdiction: string, rows: Row[], date: (iso: string) => string): { now: WherePlace[]; before: WherePlace[] } {
  const now = rows.filter((r) => r.acts.includes(actId)).map((r) => ({
    id: r.id,
    words: r.name,
    basis: BASIS_LABELS[r.basis],
    caveat: r.id === actJurisdiction ? undefined : r.caveat,
    sources: r.sources,
  }));
  const before = rows.filter((r) => r.earlier?.acts.includes(actId)).map((r) => {
    const { earliest, latest } = r.earlier!.until;
    const when = earliest === latest ? `on ${date(earliest)}` : `between ${date(earliest)} and ${date(latest)}; the exact date is not confirmed`;
    const law = r.law.replace(/\s*\([^()]*\)$/, '').replace(/^The /, 'the ');
    return {
      id: r.id,
      words: `${r.name}, for facts before ${law} came into force (${when})`,
      basis: BASIS_LABELS[r.basis],
      sources: r.sources,
    };
  });
  return { now, before };
}
