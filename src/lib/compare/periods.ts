// Which of the two pre-rendered tables of /compare/offences/ a date of offence calls for, from
// the shared version-in-force rule (src/lib/versions/in-force.ts) and the Acts' `applies` periods.
// Pure: used by the page's bundled script.
import { textsInForce, type VersionWithPeriod } from '../versions/in-force.ts';

export interface ActPeriods { act: string; name: string; versions: VersionWithPeriod[] }
export interface TablesForDate {
  /** Show the table of the current texts. */
  now: boolean;
  /** Show the table of the earlier texts (the PTPA and PSMA as enacted). */
  before: boolean;
  /** A text's application on the date depends on a commencement date that is not confirmed. */
  uncertain: boolean;
  /** One line per Act: which text governs, in words. */
  lines: string[];
}

/**
 * The tables to show for a date of offence. In: the Acts held in more than one version, with their
 * versions' `applies` periods, and an ISO date. Out: TablesForDate; where no text held was in
 * force on the date, the earlier table is shown and the line says so. Throws on a bad date (from
 * the shared rule).
 */
export function tablesFor(acts: ActPeriods[], date: string): TablesForDate {
  let now = false;
  let before = false;
  let uncertain = false;
  const lines: string[] = [];
  for (const a of acts) {
    const texts = textsInForce(a.versions, date);
    if (!texts.length) { before = true; lines.push(`${a.name}: no text held was in force on that date`); continue; }
    for (const t of texts) {
      if (t.version.current) now = true; else before = true;
      if (t.standing === 'uncertain') uncertain = true;
    }
    lines.push(`${a.name}: governed by the text ${texts.map((t) => `${t.version.label}${t.standing === 'uncertain' ? ` (may apply: ${t.why})` : ''}`).join('; or by the text ')}`);
  }
  return { now, before, uncertain, lines };
}
