// The model of /compare/offences/: one column per law, one row per question a judge asks, each
// cell built from the offence records (content/offences) and the statute lines they cite, and each
// item linked to the provision line it rests on. Pure: the page passes in records, a line lookup
// and a URL builder, so the same model serves every version of the law.
import type { OffenceComparisonData, LineRef } from '../../schemas/editorial.ts';
import { practiceCitation } from '../citation-format.ts';

export interface Record {
  act: string;
  version: string;
  provision: string;
  pinpoint: string;
  /** Pinpoint citation: "3(2)", "371". */
  citation: string;
  label: string;
  elements: { act: string[]; means: string[]; purpose: string[]; victim: string[]; circumstances: string[] };
  punishment: { text: string };
  cognizable: boolean | null;
  bailable: boolean | null;
  compoundable: boolean | null;
  classificationSource: string;
  court: string;
  agency: string;
  related: { act: string; provision: string; relation: string }[];
}

export interface VersionInfo { id: string; label: string; inForceFrom: string; inForceUntil?: string; current: boolean; /** The period in words, from the shared version rule, when given. */ period?: string }

export interface CellItem {
  /** quote: words of the statute line; record: from an offence record; editorial: the library's reading. */
  kind: 'quote' | 'record' | 'editorial';
  text: string;
  /** Site path with the pinpoint anchor of the line the item rests on. */
  href: string;
  /** What the link names: "s. 3(4)". */
  cite: string;
}
export interface Row { id: string; label: string; editorial: boolean; cells: CellItem[][] }

export interface TableInput {
  columns: OffenceComparisonData['columns'];
  records: Record[];
  /** The version of each Act the table shows. */
  versionOf: (act: string) => VersionInfo;
  /** The words and cite of a line, or null when the version has no such line. */
  line: (act: string, version: string, pin: string) => { text: string; cite: string } | null;
  /** Site path of a section in a version, with `anchor` (a pinpoint id, or the section's own id). */
  href: (act: string, version: string, section: string, anchor: string) => string;
}

const tagText = (tags: string[]) => tags.map((t) => t.replace(/-/g, ' ')).join(', ');
const yn = (b: boolean | null) => (b === null ? 'the law is silent' : b ? 'yes' : 'no');
/** "s. 3(4)" for a line; "s. 7" for a section-level line. */
const citeOf = (section: string, cite: string) => `s. ${section}${/^\(/.test(cite) ? cite.replace(/,.*$/, '') : cite.startsWith(',') ? cite : ''}`;

/** The first section reference in a text ("s. 10(1) proviso", "(s. 8(2))") as section and pinpoint candidates. */
export function firstSectionRef(text: string): { section: string; pins: string[] } | null {
  const m = /\bs\.\s?(\d+[A-Z]?)((?:\([0-9A-Za-z]+\))*)/.exec(text);
  if (!m) return null;
  const parts = [...m[2].matchAll(/\(([^)]+)\)/g)].map((x) => x[1].toLowerCase());
  const pins: string[] = [];
  for (let i = parts.length; i > 0; i--) pins.push(`s${m[1].toLowerCase()}-${parts.slice(0, i).join('-')}`);
  return { section: m[1], pins };
}

/**
 * Builds the rows of the comparison for one version of each law.
 * In: TableInput. Out: rows in reading order, each with one list of items per column; every item
 * links to a line or section of the version shown. Throws when a record or line the
 * configuration names is missing, naming the column and the reference.
 */
export function buildOffenceTable(input: TableInput): Row[] {
  const { columns, records, versionOf, line, href } = input;
  const cols = columns.map((c) => {
    const v = versionOf(c.act);
    const recs = records.filter((r) => r.act === c.act && r.version === v.id && c.provisions.includes(r.provision));
    if (!recs.length) throw new Error(`content/compare/offences.yaml: column "${c.id}": no offence records for ${c.act} ${v.id} in sections ${c.provisions.join(', ')}`);
    const recHref = (r: Record) => href(c.act, v.id, r.provision, r.pinpoint);
    const sectionHref = (section: string) => href(c.act, v.id, section, `s${section.toLowerCase()}`);
    const quote = (ref: LineRef): CellItem[] => {
      const l = line(c.act, v.id, ref.pin);
      const out: CellItem[] = [];
      if (l) out.push({ kind: 'quote', text: l.text, href: href(c.act, v.id, ref.section, ref.pin), cite: citeOf(ref.section, l.cite) });
      else out.push({ kind: 'editorial', text: `This text (${v.label}) has no such line (${ref.pin}).`, href: sectionHref(ref.section), cite: `s. ${ref.section}` });
      if (ref.note && l) out.push({ kind: 'editorial', text: ref.note, href: href(c.act, v.id, ref.section, ref.pin), cite: citeOf(ref.section, l.cite) });
      return out;
    };
    const principalPins = new Set(c.principal.map((p) => p.pin));
    const principal = recs.filter((r) => principalPins.has(r.pinpoint));
    const basis = principal.length ? principal : [recs[0]];
    // A record is an aggravated form when another record of the column names it so.
    const aggravatedRefs = new Set(recs.flatMap((r) => r.related.filter((x) => x.relation === 'aggravated-form' && x.act === c.act).map((x) => x.provision)));
    const isAggravated = (r: Record) => aggravatedRefs.has(r.citation) || (aggravatedRefs.has(r.provision) && !principalPins.has(r.pinpoint));
    return { c, v, recs, recHref, sectionHref, quote, basis, isAggravated };
  });

  const tags = (field: keyof Record['elements'], none: string) =>
    cols.map(({ basis, recHref }) =>
      basis.map((r) => {
        const t = r.elements[field];
        return { kind: 'editorial' as const, text: t.length ? tagText(t) : none, href: recHref(r), cite: `s. ${practiceCitation(r.citation)}` };
      }),
    );
  const procedure = (get: (r: Record) => string, ppcAnchor: string) =>
    cols.map(({ c, v, recs, recHref }) => {
      const seen = new Map<string, Record[]>();
      for (const r of recs) seen.set(get(r), [...(seen.get(get(r)) ?? []), r]);
      return [...seen.entries()].map(([text, rs]) => {
        const ref = firstSectionRef(text);
        const own = rs.map((r) => r.citation).join(', ');
        let target = recHref(rs[0]);
        let cite = `s. ${practiceCitation(rs[0].citation)}`;
        if (/CrPC/.test(text)) { target = href(c.act, v.id, rs[0].provision, ppcAnchor); cite = `CrPC Sch. II, s. ${rs[0].provision}`; }
        else if (ref) {
          const pin = ref.pins.find((p) => line(c.act, v.id, p));
          target = href(c.act, v.id, ref.section, pin ?? `s${ref.section.toLowerCase()}`);
          cite = `s. ${ref.section}`;
        }
        // Where neither the Act nor the Schedule names it (the Penal Code's investigating agency), the entry is the records' editorial reading.
        const kind = /editorial/i.test(text) || (!ref && !/CrPC/.test(text)) ? ('editorial' as const) : ('record' as const);
        return { kind, text: recs.length > 1 ? `${text} (${rs.length === recs.length ? 'all' : own})` : text, href: target, cite };
      });
    });

  return [
    { id: 'offences', label: 'Offences in these sections', editorial: false, cells: cols.map(({ recs, recHref }) => recs.map((r) => ({ kind: 'record', text: r.label, href: recHref(r), cite: `s. ${practiceCitation(r.citation)}` }))) },
    { id: 'text', label: 'The offence, in the words of the text', editorial: false, cells: cols.map(({ c, quote }) => c.principal.flatMap((p) => quote({ section: p.section, pin: p.pin }))) },
    { id: 'act', label: 'Act (what the offender does)', editorial: true, cells: tags('act', 'none named') },
    { id: 'means', label: 'Means', editorial: true, cells: tags('means', 'no means named') },
    { id: 'purpose', label: 'Purpose', editorial: true, cells: tags('purpose', 'no purpose named') },
    { id: 'consent', label: 'Does consent matter?', editorial: false, cells: cols.map(({ c, quote }) => c.consent.flatMap(quote)) },
    { id: 'border', label: 'Must a border be crossed?', editorial: false, cells: cols.map(({ c, quote }) => c.border.flatMap(quote)) },
    { id: 'victim', label: 'Who is the victim, and can they be prosecuted?', editorial: false, cells: cols.map(({ c, quote }, i) => [...tags('victim', 'not stated')[i].map((x) => ({ ...x, text: `Victim: ${x.text}` })), ...c.victim.flatMap(quote)]) },
    { id: 'penalty', label: 'Penalties', editorial: false, cells: cols.map(({ recs, recHref, isAggravated }) => recs.filter((r) => !isAggravated(r)).map((r) => ({ kind: 'quote', text: r.punishment.text, href: recHref(r), cite: `s. ${practiceCitation(r.citation)}` }))) },
    {
      id: 'aggravated', label: 'Aggravated forms', editorial: false,
      cells: cols.map(({ recs, recHref, isAggravated, basis }) => {
        const agg = recs.filter(isAggravated);
        if (!agg.length) return [{ kind: 'editorial', text: 'No aggravated form in these sections.', href: recHref(basis[0]), cite: `s. ${practiceCitation(basis[0].citation)}` }];
        return agg.map((r) => ({ kind: 'quote', text: `${r.label}: ${r.punishment.text}`, href: recHref(r), cite: `s. ${practiceCitation(r.citation)}` }));
      }),
    },
    { id: 'classification', label: 'Cognizable, bailable, compoundable', editorial: false, cells: procedure((r) => `Cognizable: ${yn(r.cognizable)}; bailable: ${yn(r.bailable)}; compoundable: ${yn(r.compoundable)} (${r.classificationSource})`, 'crpc-h') },
    { id: 'court', label: 'Trial court', editorial: false, cells: procedure((r) => r.court, 'crpc-h') },
    { id: 'agency', label: 'Investigating agency', editorial: false, cells: procedure((r) => r.agency, 'crpc-h') },
    {
      id: 'version', label: 'Version shown and period', editorial: false,
      cells: cols.map(({ v, basis, recHref }) => [{ kind: 'record', text: v.period ? `${v.label}. Governs: ${v.period}.` : `${v.label}. In force: ${v.inForceFrom}${v.inForceUntil ? `, until ${v.inForceUntil}` : ''}.`, href: recHref(basis[0]), cite: `s. ${practiceCitation(basis[0].citation)}` }]),
    },
  ];
}
