// The "Listed under: …" line of a search result: the glossary phrases under which a provision was
// found. It names each term once, and only where it tells the reader something the card does not
// already say: a phrase whose words are all in the card's title or quoted text is left out
// ("Kidnapping; kidnap; kidnapped" under "Section 359. Kidnapping"), so is another form of a
// phrase already named ("bonded labour" after "Bonded labour"), and so is a phrase the card just
// above named (the federal and the Punjab text of one section, one after the other). Pure
// functions: the search page, the header's panel and the downloaded copy use them.

/** Words that tell nothing about a term. */
const FILLER = new Set([
  'a', 'an', 'the', 'of', 'in', 'into', 'to', 'for', 'or', 'and', 'by', 'on', 'with', 'from', 'at', 'as', 'be', 'is', 'are', 'was', 'were',
  'it', 'its', 'he', 'she', 'him', 'her', 'his', 'they', 'them', 'their', 'that', 'which', 'who', 'whom', 'this', 'these', 'those',
  'any', 'etc', 'under', 'such', 'so', 'not', 'no', 'got', 'get', 'gets', 'case', 'cases', 'can', 'does', 'do', 'what', 'how',
]);
const IRREGULAR: Record<string, string> = { women: 'woman', men: 'man', children: 'child', sold: 'sell', sale: 'sell', bought: 'buy' };

/** A word's stem, close enough to tell forms of one word apart from other words: kidnap, kidnaps, kidnapped, kidnapping. */
function stem(word: string): string {
  let w = IRREGULAR[word] ?? word;
  if (w.length > 4) w = w.replace(/(?:ings?|ed|es|s)$/, '');
  return w.slice(0, 5);
}

/** The stems of the words of a text that say something (no articles, prepositions, pronouns). */
export function termStems(text: string): Set<string> {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  return new Set(words.filter((w) => !FILLER.has(w)).map(stem));
}

const within = (a: Set<string>, b: Set<string>) => [...a].every((s) => b.has(s));

/**
 * The phrases worth naming on a card, in their order, at most `max`: each says something the
 * card's own text (`shown`: its title, its excerpt) does not, and none is a form of another one
 * named, or of one in `before` (what the card above named).
 */
export function listedUnder(phrases: readonly string[], shown: readonly string[] = [], opts: { before?: readonly string[]; max?: number } = {}): string[] {
  const seen = termStems(shown.join(' '));
  const earlier = (opts.before ?? []).map(termStems);
  const kept: { text: string; stems: Set<string> }[] = [];
  for (const raw of phrases) {
    const text = raw.replace(/\s+/g, ' ').replace(/[\s;.,]+$/, '').trim();
    const stems = termStems(text);
    if (!stems.size || within(stems, seen)) continue;
    if (earlier.some((e) => within(stems, e)) || kept.some((k) => within(stems, k.stems))) continue;
    // A longer phrase that holds a shorter one already named says both: keep the longer only.
    for (let i = kept.length - 1; i >= 0; i--) if (within(kept[i].stems, stems)) kept.splice(i, 1);
    kept.push({ text, stems });
  }
  return kept.slice(0, opts.max ?? 3).map((k) => k.text);
}

/** Down a list of cards, each card's phrases without those the card just above named. */
export function listedDownTheList(cards: readonly (readonly string[])[]): string[][] {
  let before: string[] = [];
  return cards.map((phrases) => {
    const now = listedUnder(phrases, [], { before, max: Infinity });
    before = now;
    return now;
  });
}

/**
 * The line for a provision the glossary points to: the term, and what the reader typed for it
 * where that is other words ("Glossary: Kidnapping (agwa)"), never the term again ("Child (child)",
 * "Child (children)").
 */
export function glossaryNote(term: string, typed: string): string {
  const t = termStems(typed);
  return !typed.trim() || within(t, termStems(term)) ? `Glossary: ${term}` : `Glossary: ${term} (${typed.trim()})`;
}
