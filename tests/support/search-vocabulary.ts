// The search's vocabulary read straight from content/ (no build), as the site serves it in
// /data/catalogue.json, /data/search-words.json and /data/glossary.json: for unit tests of the
// query understanding (src/lib/search/).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossaryIndex, everydayWords, lexiconIndex, lexiconWords, type GlossaryTerm, type LexiconWord } from '../../src/lib/search/glossary.ts';
import { existsSync } from 'node:fs';
import type { SearchVocabulary } from '../../src/lib/search/understand.ts';
import type { CatalogueAct } from '../../src/lib/citation-parse.ts';
import { realWordsNotSlips } from '../../src/lib/search/spelling.ts';
import { placesOf } from '../../src/lib/search/places.ts';
import ENGLISH from 'an-array-of-english-words' with { type: 'json' };

const ROOT = join(import.meta.dirname, '..', '..');

export function loadGlossary(): GlossaryTerm[] {
  const dir = join(ROOT, 'content', 'glossary');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => {
    const y = parse(readFileSync(join(dir, f), 'utf8'));
    return { id: f.replace(/\.yaml$/, ''), english: [], names: [], ...y } as GlossaryTerm;
  });
}

/** content/lexicon.yaml, with its Roman spellings that are English words marked (as /data/glossary.json has it). */
export function loadLexicon(): LexiconWord[] {
  const file = join(ROOT, 'content', 'lexicon.yaml');
  if (!existsSync(file)) return [];
  return lexiconWords(parse(readFileSync(file, 'utf8')) ?? [], new Set(ENGLISH as string[]));
}

export function loadVocabulary(): SearchVocabulary {
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().replace(/[’']s\b/g, '').match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
      for (const x of w.includes('-') ? [w, ...w.split('-')] : [w]) if (x.length >= 2) counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  };
  const acts: CatalogueAct[] = [];
  const dir = join(ROOT, 'content', 'acts');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const id = f.replace(/\.yaml$/, '');
    const y = parse(readFileSync(join(dir, f), 'utf8'));
    add(`${y.fullTitle} ${y.shortTitle} ${(y.aliases ?? []).join(' ')}`);
    const current = y.versions.find((v: { current: boolean }) => v.current);
    const vid = current.id instanceof Date ? current.id.toISOString().slice(0, 10) : String(current.id);
    const provisions = readdirSync(join(ROOT, 'content', 'provisions', id, vid)).filter((n) => n.endsWith('.mdx')).map((n) => {
      const body = readFileSync(join(ROOT, 'content', 'provisions', id, vid, n), 'utf8');
      const front = parse(body.split('---')[1]);
      const number = String(front.number);
      add(`${front.heading} ${body.split('---').slice(2).join(' ').replace(/<[^>]*>/g, ' ').replace(/\\/g, '')}`);
      for (const f of front.footnotes ?? []) add(String(f.text).replace(/\[Editorial[^\]]*\]/g, ' '));
      for (const n of front.notes ?? []) add(String(n));
      const pins: Record<string, string> = {};
      for (const m of body.matchAll(/<L\s[^>]*?\bid="([^"]+)"[^>]*?\bcite="([^"]*)"/g)) pins[m[1]] = m[2];
      const slug = number === 'preamble' ? 'preamble' : `s${number.toLowerCase()}`;
      return { number, heading: front.heading, kind: front.kind, status: front.status, citation: '', url: `/${id}/${slug}/`, pins };
    });
    acts.push({ act: id, abbreviation: y.abbreviation, aliases: y.aliases ?? [], shortTitle: y.shortTitle, fullTitle: y.fullTitle, citationShort: y.citation.short, numbers: provisions.map((p) => p.number), provisions, ...(current.partial ? { partial: current.completeness } : {}) });
  }
  const glossary = loadGlossary();
  for (const t of glossary) add([t.term, ...t.english, ...t.descriptions].join(' ; '));
  const everyday = new Set(everydayWords(glossary, counts));
  const rows = parse(readFileSync(join(ROOT, 'content', 'jurisdictions.yaml'), 'utf8'));
  const places = new Map(Object.entries(placesOf(rows)));
  return { catalogue: acts, words: counts, glossary: glossaryIndex(glossary), lexicon: lexiconIndex(loadLexicon()), places, jurisdictions: rows.filter((r: { places?: string[] }) => r.places?.length), notSlips: new Set(realWordsNotSlips(ENGLISH, [...counts])), everyday };
}
