// dist/data/offences.json: every offence record in the export format documented in README.md.
import { getOffences, offenceProvisionHref } from '../../lib/library.ts';
import { toExport } from '../../lib/offences.ts';

export async function GET() {
  const records = getOffences();
  const urls = new Map(await Promise.all(records.map(async (o) => [o.id, await offenceProvisionHref(o)] as const)));
  const out = records.map((o) => toExport(o, (r) => urls.get(r.id)!));
  return new Response(JSON.stringify(out, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
