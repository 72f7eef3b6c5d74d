// dist/data/offences.json: every offence record in the export format documented in README.md and
// published as JSON Schema in dist/data/offences.schema.json.
import { getOffences, offenceProvisionHref, getActs, versionsOf, getJurisdictions } from '../../lib/library.ts';
import { toExport } from '../../lib/offences.ts';
import { periodWords } from '../../lib/versions/in-force.ts';
import { placesOf } from '../../lib/jurisdictions/places.ts';
import { offencesExportSchema } from '../../schemas/offence-export.ts';

export async function GET() {
  const records = getOffences();
  const acts = await getActs();
  const rows = await getJurisdictions();
  const urls = new Map(await Promise.all(records.map(async (o) => [o.id, await offenceProvisionHref(o)] as const)));
  const out = records.map((o) => {
    const act = acts.find((a) => a.id === o.act)!;
    const v = versionsOf(act).find((x) => x.id === o.version)!;
    return toExport(o, (r) => urls.get(r.id)!, { period: v.applies, periodWords: periodWords(v), places: placesOf(act, rows) });
  });
  // The export is checked against its own schema as it is written: a wrong field stops the build.
  offencesExportSchema.parse(out);
  return new Response(JSON.stringify(out, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
