// /data/search-words.json: the words of the statutes (all versions), the provision headings and
// the search terms, with how often each occurs, most used first. The search page suggests a
// spelling from it when a word is used by no provision ("traficking" -> "trafficking").
import type { APIRoute } from 'astro';
import { getActs, versionsOf, getProvisions } from '../../lib/library.ts';
import { SEARCH_TERMS, COMMON_NAMES } from '../../lib/search-terms.ts';

export const GET: APIRoute = async () => {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  for (const act of await getActs()) {
    add(`${act.fullTitle} ${act.shortTitle} ${act.aliases.join(' ')}`);
    for (const v of versionsOf(act)) {
      for (const e of await getProvisions(act.id, v.id)) {
        // The MDX body without its tags and attributes: the statute text as printed.
        add(`${e.data.heading} ${(e.body ?? '').replace(/<[^>]*>/g, ' ').replace(/\\/g, '')}`);
      }
    }
  }
  for (const t of [...Object.values(SEARCH_TERMS), ...Object.values(COMMON_NAMES)]) add(t);
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Response(JSON.stringify({ words }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
