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
  /** Offered as the law there now, or only for facts before the place's own Act. */
  when: 'now' | 'before';
  /** "Islamabad Capital Territory", "Sindh, for facts before its own Act came into force …". */
  words: string;
  /**
   * What offering this text there rests on: for `now`, the row's basis label ("Text held", "Press
   * reports only"); for `before`, the row's `earlier.basis` sentence (the federal Act's own s. 1(2)
   * and the provincial Act's date), never the provincial Act's basis.
   */
  basis: string;
  /** Said beside it where its application is not confirmed. */
  caveat?: string;
  /** The row's sources, for `now` (a source file, or a press report named in words); `before` names its own in `basis`. */
  sources: { file?: string; cite?: string }[];
}

/** The places the library offers this Act's text for: `now`, and `before` a provincial Act. */
export function placesForAct(actId: string, actJurisdiction: string, rows: Row[], date: (iso: string) => string): { now: WherePlace[]; before: WherePlace[] } {
  const now = rows.filter((r) => r.acts.includes(actId)).map((r): WherePlace => ({
    id: r.id,
    when: 'now',
    words: r.name,
    basis: BASIS_LABELS[r.basis],
    caveat: r.id === actJurisdiction ? undefined : r.caveat,
    sources: r.sources,
  }));
  const before = rows.filter((r) => r.earlier?.acts.includes(actId)).map((r): WherePlace => {
    const { earliest, latest } = r.earlier!.until;
    const when = earliest === latest ? `on ${date(earliest)}` : `between ${date(earliest)} and ${date(latest)}; the exact date is not confirmed`;
    const law = r.law.replace(/\s*\([^()]*\)$/, '').replace(/^The /, 'the ');
    return {
      id: r.id,
      when: 'before',
      words: `${r.name}, for facts before ${law} came into force (${when})`,
      basis: r.earlier!.basis,
      sources: [],
    };
  });
  return { now, before };
}

/** The disclosure's summary: places where the text is offered now, and those only for facts before their own Acts, counted apart. */
export function placesSummary(now: number, before: number): string {
  const places = (n: number) => (n === 1 ? 'one place' : `${n} places`);
  const earlier = (n: number) => `for facts before ${n === 1 ? 'its own Act' : 'their own Acts'}`;
  if (!before) return `The library offers this text for ${places(now)}`;
  if (!now) return `The library offers this text in ${places(before)}, ${earlier(before)}`;
  return `The library offers this text for ${places(now)} now, and ${before === 1 ? 'one' : before} more ${earlier(before)}`;
}
