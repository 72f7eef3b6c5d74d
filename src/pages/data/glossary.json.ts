// /data/glossary.json: the search glossary (content/glossary/), for the search's query
// understanding (src/lib/search/) in the site and in the downloaded copy, with the word lexicon
// (content/lexicon.yaml) and the places of each jurisdiction (content/jurisdictions.yaml). Editorial.
import type { APIRoute } from 'astro';
import { getGlossary, getLexicon } from '../../lib/library.ts';
import { getCollection } from 'astro:content';
import { placesOf, type PlaceLaw } from '../../lib/search/places.ts';
import { lexiconWords } from '../../lib/search/glossary.ts';
import ENGLISH from 'an-array-of-english-words' with { type: 'json' };

export const GET: APIRoute = async () => {
  const terms = (await getGlossary()).map(({ id, term, english, urdu, roman, descriptions, provisions, names, facet }) => ({ id, term, english, urdu, roman, descriptions, provisions, names, facet }));
  // The lexicon's Roman spellings that are English words too are marked, to be read only in a
  // Roman Urdu query (src/lib/search/understand.ts readLexicon).
  const english = new Set(ENGLISH as string[]);
  const lexicon = lexiconWords(await getLexicon(), english);
  // Places, for a bonded-labour query that names where it happened (content/jurisdictions.yaml).
  const rows = (await getCollection('jurisdictions')).map((j) => j.data);
  const places = placesOf(rows);
  // The law each place has, for the note on a bonded-labour card whose text is not the one offered there.
  const jurisdictions: PlaceLaw[] = rows.filter((r) => r.places.length).map(({ name, law, acts, places, note, notHeld, earlier }) => ({ name, law, acts, places, note, ...(notHeld ? { notHeld } : {}), ...(earlier ? { earlier: { acts: earlier.acts, until: { words: earlier.until.words } } } : {}) }));
  return new Response(JSON.stringify({ editorial: true, terms, lexicon, places, jurisdictions }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
