// The Code of Criminal Procedure, 1898, Schedule II rows for PPC ss. 363-377B, read from
// ../shared/sources/crpc-schedule-ii-359-377.tsv. Pure: takes the file's text, never the file
// system. Two tables come out of it, and they are kept apart:
//  - the VERBATIM table (`rows`): every cell exactly as in the file, footnote markers {C2}…,
//    brackets, "Ditto ..", ".." leaders and source misprints included, with the footnote texts
//    of the NOTES block;
//  - the EDITORIAL table (`resolved`): the compilers' reading with "Ditto" expanded. It is not
//    official text and every row carries `editorial: true`.
// `classify(section)` gives cognizable / bailable / compoundable for a PPC section from the
// editorial table ("May arrest without warrant" in col. 3 = cognizable).
import { splitHeader } from './source-file.ts';

/** The Schedule's columns, shared by the verbatim table and the editorial reading. */
interface ScheduleCells {
  /** The PPC section the row describes, markers and brackets removed: "363", "364A". */
  section: string;
  /** Col. 2. */
  offence: string;
  /** Col. 3: whether the police may arrest without warrant or not. */
  arrest: string;
  /** Col. 4: whether a warrant or a summons shall ordinarily issue in the first instance. */
  warrantOrSummons: string;
  /** Col. 5: whether bailable or not. */
  bailable: string;
  /** Col. 6: whether compoundable or not. */
  compoundable: string;
  /** Col. 7: punishment under the Pakistan Penal Code. */
  punishment: string;
  /** Col. 8: by what Court triable. */
  court: string;
}

/** A row of the verbatim table; cells as printed (with their {Cn} markers and brackets). */
export interface CrpcRow extends ScheduleCells {
  /** Col. 1 exactly as printed, e.g. "{C6}[364A". */
  sectionCell: string;
  /** The footnotes the file lists for the row (its last column), e.g. ["C2", "C3"]. */
  footnotes: string[];
  /** The Code's group heading above the row ("Of Kidnapping, Abduction, Slavery and Forced Labour"), verbatim. */
  group: string;
}

export interface CrpcSubheading {
  /** Verbatim, e.g. "{C20}[Of Rape]". */
  text: string;
  footnotes: string[];
}

/**
 * A row of the compilers' RESOLVED table: an editorial reading, not official text. Its arrest
 * cell reads "Yes (may arrest without warrant)", "No (shall not arrest without warrant)" or
 * "Yes"; its punishment is col. 7 with "Ditto" resolved.
 */
export interface CrpcResolvedRow extends ScheduleCells {
  editorial: true;
  remark: string;
}

export interface CrpcSchedule {
  header: Record<string, string>;
  /** The column headings of the verbatim table, quoted from the Schedule's header row. */
  columns: string[];
  rows: CrpcRow[];
  subheadings: CrpcSubheading[];
  /** Footnote id ("C2") -> text, verbatim from the NOTES block. */
  notes: Record<string, string>;
  resolved: CrpcResolvedRow[];
}

const MARKER = /\{(C\d+)\}/g;

/** A cell without its footnote markers, brackets, ".." leaders and trailing full stop: for matching only. */
export function bareCell(cell: string): string {
  return cell
    .replace(MARKER, '')
    .replace(/\[\s*\*\s*\*\s*\]/g, '')
    .replace(/[[\]]/g, '')
    .replace(/\s*\.\.+\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\.$/, '')
    .replace(/\s+,/g, ',');
}

/** The footnote ids whose markers stand in a cell, in order. */
export function markersIn(cell: string): string[] {
  return [...cell.matchAll(MARKER)].map((m) => m[1]);
}

export function parseCrpcSchedule(text: string): CrpcSchedule {
  const { header, body } = splitHeader(text);
  const at = (re: RegExp) => {
    const i = body.findIndex((l) => re.test(l));
    if (i < 0) throw new Error(`CrPC schedule file has no line matching ${re}`);
    return i;
  };
  const iTable = at(/^TABLE\b/);
  const iNotes = at(/^NOTES\b/);
  const iResolved = at(/^RESOLVED\b/);
  if (!(iTable < iNotes && iNotes < iResolved)) throw new Error('CrPC schedule file: expected TABLE, then NOTES, then RESOLVED');

  // Verbatim table.
  const tableLines = body.slice(iTable + 1, iNotes).filter((l) => l.trim() !== '');
  const columns = tableLines[0].split('\t');
  if (columns.length !== 9) throw new Error(`CrPC schedule table header: expected 9 columns, found ${columns.length}`);
  const rows: CrpcRow[] = [];
  const subheadings: CrpcSubheading[] = [];
  let group = '';
  for (const [n, line] of tableLines.slice(1).entries()) {
    const cells = line.split('\t');
    while (cells.length < 9) cells.push('');
    if (cells.length > 9) throw new Error(`CrPC schedule table row ${n + 1}: ${cells.length} cells, expected 9`);
    const footnotes = cells[8].trim() ? cells[8].trim().split(/\s+/) : [];
    if (cells[0] === '[Sub-heading]') {
      group = cells[1];
      subheadings.push({ text: cells[1], footnotes });
      continue;
    }
    const section = bareCell(cells[0]);
    if (!/^\d+[A-Z]?$/.test(section)) throw new Error(`CrPC schedule table row ${n + 1}: "${cells[0]}" is not a section number`);
    rows.push({
      section,
      sectionCell: cells[0],
      offence: cells[1],
      arrest: cells[2],
      warrantOrSummons: cells[3],
      bailable: cells[4],
      compoundable: cells[5],
      punishment: cells[6],
      court: cells[7],
      footnotes,
      group,
    });
  }

  // Footnotes.
  const notes: Record<string, string> = {};
  for (const line of body.slice(iNotes + 1, iResolved)) {
    if (!line.trim()) continue;
    const m = /^\{(C\d+)\}\t(.*)$/.exec(line);
    if (!m) throw new Error(`CrPC schedule NOTES: cannot read "${line}"`);
    notes[m[1]] = m[2];
  }

  // Editorial resolved table.
  const resLines = body.slice(iResolved + 1).filter((l) => l.trim() !== '');
  const resolved: CrpcResolvedRow[] = [];
  for (const line of resLines.slice(1)) {
    const c = line.split('\t');
    while (c.length < 9) c.push('');
    resolved.push({
      editorial: true,
      section: c[0].trim(),
      offence: c[1],
      arrest: c[2],
      warrantOrSummons: c[3],
      bailable: c[4],
      compoundable: c[5],
      punishment: c[6],
      court: c[7],
      remark: c[8],
    });
  }
  return { header, columns, rows, subheadings, notes, resolved };
}

/**
 * "Ditto" expanded in cols. 3-6 and 8 of the verbatim table, by carrying down the cell of the
 * row printed above (in the printed order, which includes rows for repealed sections). Cells are
 * given bare (no markers, brackets or leaders). An independent reading, used to check the
 * compilers' RESOLVED table; col. 7 (punishment) is not expanded here, because its Dittos are
 * the doubtful ones (row 370) and the punishment is read from the Penal Code itself.
 */
export function expandDitto(rows: CrpcRow[]): Array<Pick<CrpcRow, 'section' | 'arrest' | 'warrantOrSummons' | 'bailable' | 'compoundable' | 'court'>> {
  const keys = ['arrest', 'warrantOrSummons', 'bailable', 'compoundable', 'court'] as const;
  const out: Array<Pick<CrpcRow, 'section' | 'arrest' | 'warrantOrSummons' | 'bailable' | 'compoundable' | 'court'>> = [];
  for (const [i, row] of rows.entries()) {
    const r = { section: row.section } as (typeof out)[number];
    for (const k of keys) {
      const bare = bareCell(row[k]);
      if (/^Ditto$/i.test(bare)) {
        if (i === 0) throw new Error(`row ${row.section}: "Ditto" in the first row`);
        r[k] = out[i - 1][k];
      } else r[k] = bare;
    }
    out.push(r);
  }
  return out;
}

export interface Classification {
  cognizable: boolean;
  bailable: boolean;
  compoundable: boolean;
  /** The editorial row it was read from. */
  row: CrpcResolvedRow;
}

export function readArrest(cell: string): boolean {
  const c = bareCell(cell);
  if (/^(Yes\b|May arrest without warrant)/i.test(c)) return true;
  if (/^(No\b|Shall not arrest without warrant)/i.test(c)) return false;
  throw new Error(`cannot read arrest column "${cell}"`);
}
export function readBailable(cell: string): boolean {
  const c = bareCell(cell);
  if (/^Bailable$/i.test(c)) return true;
  if (/^Not bailable$/i.test(c)) return false;
  throw new Error(`cannot read bailable column "${cell}"`);
}
export function readCompoundable(cell: string): boolean {
  const c = bareCell(cell);
  if (/^Compoundable$/i.test(c)) return true;
  // "Not compounable" is a misprint of the source, kept there.
  if (/^Not compou?n?d?able$/i.test(c)) return false;
  throw new Error(`cannot read compoundable column "${cell}"`);
}

/** "376(1A)" -> "376"; "374(2)" -> "374"; "371A" -> "371A". Schedule II has one row per section. */
export const scheduleRowOf = (provision: string) => provision.replace(/\(.*$/, '').trim().toUpperCase();

/**
 * Cognizable (police may arrest without warrant), bailable and compoundable for a PPC section,
 * from the editorial RESOLVED table. Sub-sections take the row of their section. Throws when
 * Schedule II has no row for it (e.g. 375, 377A: definitions).
 */
export function classify(schedule: CrpcSchedule, provision: string): Classification {
  const section = scheduleRowOf(provision);
  const row = schedule.resolved.find((r) => r.section === section);
  if (!row) throw new Error(`CrPC Schedule II has no row for PPC s. ${section}`);
  return {
    cognizable: readArrest(row.arrest),
    bailable: readBailable(row.bailable),
    compoundable: readCompoundable(row.compoundable),
    row,
  };
}

/** The year of the Act a Schedule footnote names ("Ins. by Act No. XLIV of 2016, s.15." -> 2016), or null. */
const footnoteYear = (text: string | undefined) => {
  const m = text ? /\bof (\d{4})\b/.exec(text) : null;
  return m ? Number(m[1]) : null;
};

/**
 * A row whose cells say "Ditto" but which was inserted before the row above it was substituted
 * (s. 376A, inserted by Act XLIV of 2016, below s. 376 as substituted by Act LVI of 2021): the
 * "Ditto" was written to repeat a row that is no longer printed, so reading it as repeating the
 * row above as it now stands is an editorial assumption. Returns the caution in words, or null.
 */
export function dittoCaution(schedule: CrpcSchedule, section: string): string | null {
  const i = schedule.rows.findIndex((r) => r.section === section);
  if (i <= 0) return null;
  const row = schedule.rows[i];
  const above = schedule.rows[i - 1];
  const usesDitto = [row.arrest, row.warrantOrSummons, row.bailable, row.compoundable, row.court].some((c) => /Ditto/i.test(c));
  if (!usesDitto) return null;
  // Only whole rows count: a row that opens with its own marker and bracket ("{C22}[376A") was
  // inserted or substituted as a whole by the Act that footnote names.
  const rowNote = (r: CrpcRow) => /^\{(C\d+)\}\[/.exec(r.sectionCell)?.[1];
  const ownId = rowNote(row);
  const aboveId = rowNote(above);
  if (!ownId || !aboveId) return null;
  const own = footnoteYear(schedule.notes[ownId]);
  const aboveYear = footnoteYear(schedule.notes[aboveId]);
  if (own === null || aboveYear === null || aboveYear <= own) return null;
  const note = (r: CrpcRow) => `“${schedule.notes[rowNote(r)!]}”`;
  return `The row for s. ${section} says “Ditto” and was inserted in ${own} (${note(row)}); the row above it, s. ${above.section}, was substituted later, in ${aboveYear} (${note(above)}). Reading this row’s “Ditto” as repeating row ${above.section} as it now stands is an editorial reading: the row it repeated when it was inserted is not printed in the consolidation and is not in the library.`;
}
