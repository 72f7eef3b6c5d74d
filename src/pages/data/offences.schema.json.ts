// dist/data/offences.schema.json: the JSON Schema of dist/data/offences.json, generated from the
// zod schema the export is built to (zod's toJSONSchema), so the two cannot drift apart.
import { z } from 'zod';
import { offencesExportSchema } from '../../schemas/offence-export.ts';

export function GET() {
  const schema = { ...z.toJSONSchema(offencesExportSchema), $id: '/data/offences.schema.json', title: 'Offence records (dist/data/offences.json)' };
  return new Response(JSON.stringify(schema, null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
}
