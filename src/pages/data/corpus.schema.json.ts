// /data/corpus.schema.json: the JSON Schema of /data/corpus.json, generated from the zod schema
// (src/schemas/corpus.ts) with zod's toJSONSchema.
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { corpusSchema } from '../../schemas/corpus.ts';

export const GET: APIRoute = () => {
  const schema = { ...z.toJSONSchema(corpusSchema), $id: '/data/corpus.schema.json', title: 'corpus.json' };
  return new Response(JSON.stringify(schema, null, 1), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
