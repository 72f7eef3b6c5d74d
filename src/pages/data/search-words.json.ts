// /data/search-words.json: the words of the statutes (all versions) with their footnotes and notes, the provision headings and
// the glossary's English, with how often each occurs, most used first; hyphenated words are kept
// whole ("non-bailable") as well as in parts. The search reads word forms and corrects spelling
// from it (src/lib/search/words.ts, spelling.ts), and leaves alone the English words in `notSlips`.
import type { APIRoute } from 'astro';
import { getActs, versionsOf, getProvisions, getGlossary, getLexicon } from '../../lib/library.ts';
import { splitEditorial } from '../../lib/notes.ts';
import { realWordsNotSlips } from '../../lib/search/spelling.ts';
import { everydayWords, lexiconStrays } from '../../lib/search/glossary.ts';
import ENGLISH from 'an-array-of-english-words' with { type: 'json' };

export const GET: APIRoute = async () => {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().replace(/[’']s\b/g, '').match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
      const ws = w.includes('-') ? [w, ...w.split('-')] : [w];
      for (const x of ws) if (x.length >= 2) counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  };
  for (const act of await getActs()) {
    add(`${act.fullTitle} ${act.shortTitle} ${act.aliases.join(' ')}`);
    for (const v of versionsOf(act)) {
      for (const e of await getProvisions(act.id, v.id)) {
        // The MDX body without its tags and attributes: the statute text as printed.
        add(`${e.data.heading} ${(e.body ?? '').replace(/<[^>]*>/g, ' ').replace(/\\/g, '')}`);
        // Footnotes (less the compilers' editorial remarks) and notes are searched too.
        for (const f of e.data.footnotes) add(splitEditorial(f.text).filter((x) => !x.editorial).map((x) => x.text).join(' '));
        for (const n of e.data.notes ?? []) add(n);
      }
    }
  }
  for (const t of await getGlossary()) add([t.term, ...t.english, ...t.descriptions].join(' ; '));
  // The lexicon translates into the library's words only: a word no text uses would find nothing.
  const stray = lexiconStrays(await getLexicon(), counts);
  if (stray.length) throw new Error(stray.join('\n'));
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // English words the spelling correction must leave alone (spelling.ts realWordsNotSlips).
  const notSlips = realWordsNotSlips(ENGLISH, words);
  // The everyday words of the glossary's told facts: searched as typed, never a correction's target.
  const everyday = everydayWords(await getGlossary(), counts);
  return new Response(JSON.stringify({ words, notSlips, everyday }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
