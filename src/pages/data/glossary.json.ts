// /data/glossary.json: the search glossary (content/glossary/), for the search's query
// understanding (src/lib/search/) in the site and in the downloaded copy. Editorial.
import type { APIRoute } from 'astro';
import { getGlossary } from '../../lib/library.ts';

export const GET: APIRoute = async () => {
  const terms = (await getGlossary()).map(({ id, term, english, urdu, roman, descriptions, provisions, names, facet }) => ({ id, term, english, urdu, roman, descriptions, provisions, names, facet }));
  return new Response(JSON.stringify({ editorial: true, terms }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
