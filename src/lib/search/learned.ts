// A learned reading of long queries: a naive Bayes model of which provision a story or question
// of facts asks for, trained at build time (scripts/search-model.ts) on the tuning split of the
// relevance queries (tests/relevance/tuning.json: stories and questions written before tuning,
// each with the provision a careful lawyer names and the source words that make it right). The
// held-out split is never read. Its features are what understandQuery() made of the words (the
// English read from Urdu and Roman Urdu, the glossary terms, the ages told), so a story told in
// one language teaches the others. It only weighs: rank.ts adds its share (TUNING.learned) to a
// provision's score, and the words, the glossary and the rules of reading still decide. Pure.
import type { Understood } from './understand.ts';
import { tokens } from './normalise.ts';
import { STOP_WORDS } from './words.ts';
import { sexTold } from './story-facts.ts';

/** The model as /data/search-model.json holds it (scripts/search-model.ts). */
export interface LearnedModel {
  /** What it is and what it was trained on, for a reader of the file. */
  about: string;
  /** Provision URL paths, one per class ("/ppc/s365a/"); federal and Punjab texts of one Bonded Labour section are one class. */
  classes: string[];
  /** Training examples per class. */
  examples: number[];
  /** Feature occurrences per class (the NB denominator before smoothing). */
  totals: number[];
  /** Feature -> [class index, examples of the class holding it, …] flattened pairs. */
  features: Record<string, number[]>;
  /** Additive smoothing. */
  alpha: number;
  /** Posterior temperature: log scores are divided by it before the softmax (calibration). */
  temperature: number;
}

/** A query is read by the model only when it tells this many words or more: a story or a question, not a term or a citation. */
export const LEARNED_MIN_WORDS = 6;

/**
 * Smoothing and temperature, chosen by leaving out each tuning batch in turn and reading it with a
 * model of the others (1554 stories in 32 batches: 91.5 % first, 97 % in the top three, the model alone).
 * Word pairs, and the typed words no English was read for, were tried and left out: each lowered both figures
 * (the typed words even for the Urdu-script stories alone, 59 % first against 75 %).
 */
export const LEARNED_ALPHA = 0.05;
export const LEARNED_TEMPERATURE = 4;

const stem = (w: string) => (w.length > 6 ? w.slice(0, 6) : w);
const content = (w: string) => w.length > 1 && !STOP_WORDS.has(w) && !/^\d+$/.test(w);

/** The federal and Punjab text of one Bonded Labour Act section: the model learns them as one (the place decides which, rank.ts). */
export const learnedClass = (url: string) => url.replace('/blsa-1992-punjab/', '/blsa-1992/');

/**
 * The features of an understood query, as strings: "w:" word stems of the English searched (the
 * lexicon's English for Urdu and Roman Urdu words among them), "t:" the glossary terms named, "age:" the youngest age told by the law's limits
 * (10, 14, 16, 18), "i:" the intent. In: understandQuery()'s output; out: distinct features.
 */
export function learnedFeatures(u: Understood): string[] {
  const words = u.words.map((w) => w.toLowerCase()).filter(content).map(stem);
  const f = new Set<string>();
  for (const w of words) f.add(`w:${w}`);
  for (const t of u.terms) f.add(`t:${t.term.id}`);
  if (u.ages?.length) {
    const age = Math.min(...u.ages);
    f.add(`age:${age < 10 ? '<10' : age < 14 ? '<14' : age < 16 ? '<16' : age < 18 ? '<18' : 'adult'}`);
  }
  f.add(`i:${u.intent}`);
  return [...f];
}

/** One training example: an understood query and the provision it asks for. */
export interface LearnedExample { features: string[]; url: string }

/**
 * Trains the model. In: examples (features, provision URL); alpha (smoothing, > 0); temperature
 * (> 0). Out: the model, every feature kept (a feature seen once is still a word of the law's
 * users). Throws on an example with no URL.
 */
export function trainLearned(examples: LearnedExample[], about: string, alpha = LEARNED_ALPHA, temperature = LEARNED_TEMPERATURE): LearnedModel {
  const classes: string[] = [];
  const index = new Map<string, number>();
  const counts: number[] = [];
  const totals: number[] = [];
  const byFeature = new Map<string, Map<number, number>>();
  for (const e of examples) {
    if (!e.url) throw new Error(`learned model: an example has no provision URL (features ${e.features.slice(0, 5).join(' ')})`);
    const c = learnedClass(e.url);
    let i = index.get(c);
    if (i === undefined) { i = classes.length; classes.push(c); index.set(c, i); counts.push(0); totals.push(0); }
    counts[i]++;
    totals[i] += e.features.length;
    for (const f of e.features) {
      const m = byFeature.get(f) ?? new Map<number, number>();
      m.set(i, (m.get(i) ?? 0) + 1);
      byFeature.set(f, m);
    }
  }
  const features: Record<string, number[]> = {};
  for (const [f, m] of [...byFeature].sort((a, b) => a[0].localeCompare(b[0]))) features[f] = [...m].flat();
  return { about, classes, examples: counts, totals, features, alpha, temperature };
}

/**
 * The model's reading of a query: each provision's share (0–1, summing to 1 over the classes) of
 * the posterior, softened by the model's temperature. Features the model never saw are passed
 * over. In: the model and the query's features; out: class URL -> share, the classes under 0.01 left out.
 */
export function learnedShares(model: LearnedModel, features: string[]): Record<string, number> {
  const n = model.classes.length;
  if (!n) return {};
  const known = features.filter((f) => f in model.features);
  const vocabulary = Object.keys(model.features).length;
  const all = model.examples.reduce((a, b) => a + b, 0);
  const log = model.classes.map((_, i) => Math.log(model.examples[i] / all) + known.length * (Math.log(model.alpha) - Math.log(model.totals[i] + model.alpha * vocabulary)));
  for (const f of known) {
    const pairs = model.features[f];
    for (let k = 0; k < pairs.length; k += 2) log[pairs[k]] += Math.log((pairs[k + 1] + model.alpha) / model.alpha);
  }
  const top = Math.max(...log);
  const exp = log.map((l) => Math.exp((l - top) / model.temperature));
  const sum = exp.reduce((a, b) => a + b, 0);
  const out: Record<string, number> = {};
  exp.forEach((e, i) => { if (e / sum >= 0.01) out[model.classes[i]] = e / sum; });
  return out;
}

/**
 * Provisions whose victim is by their words a woman or a girl: PPC s. 365B "any woman", s. 366A "any minor girl under
 * the age of eighteen years", s. 366B "any girl under the age of twenty-one years". (Rape is not among them: s. 375
 * Explanation 3, "'person' means male, female or transgender".)
 */
const WOMAN_VICTIM = new Set(['/ppc/s365b/', '/ppc/s366a/', '/ppc/s366b/']);

/**
 * The victim's age limit of a provision, in years, that a told age at or over it rules out: PPC s. 361 "under fourteen
 * years of age if a male, or under sixteen years of age if a female" (16 unless only a male is told), s. 364A "under the
 * age of fourteen years", s. 366A "under the age of eighteen years", s. 366B "under the age of twenty-one years".
 */
const ageLimitOf = (url: string, male: boolean): number | undefined =>
  ({ '/ppc/s361/': male ? 14 : 16, '/ppc/s364a/': 14, '/ppc/s366a/': 18, '/ppc/s366b/': 21 } as Record<string, number>)[url];

/**
 * The learned shares for an understood query, or {} for a query too short to be a story or
 * question (LEARNED_MIN_WORDS) or made only of citations. A bag of words cannot tell who did what,
 * or how old or where, so the reading never lifts what the facts the rules read rule out: a provision they mark as the
 * general one beside a more specific (u.general: the buyer's s. 371B where a seller is told); one whose victim is a woman
 * or girl where only males are told; one whose age limit every age told reaches; the Sindh Act where the place told is
 * elsewhere. In: the query, the model (absent: {}).
 */
export function learnedReading(u: Understood, model: LearnedModel | undefined): Record<string, number> {
  if (!model || u.citationOnly || u.actsOnly) return {};
  const words = tokens(u.raw);
  if (words.length < LEARNED_MIN_WORDS) return {};
  const shares = learnedShares(model, learnedFeatures(u));
  // Only males told, no woman or girl anywhere ("two brothers abducted a woman" tells both).
  const male = sexTold(words) === 'male';
  const youngest = u.ages?.length ? Math.min(...u.ages) : undefined;
  const placedElsewhere = !!u.placeActs?.length && !u.placeActs.includes('sindh-blsa-2015');
  for (const url of Object.keys(shares)) {
    const limit = ageLimitOf(url, male);
    if (u.general?.some((g) => learnedClass(g) === url) || (male && WOMAN_VICTIM.has(url)) || (youngest !== undefined && limit !== undefined && youngest >= limit)
      || (placedElsewhere && url.startsWith('/sindh-blsa-2015/'))) delete shares[url];
  }
  return shares;
}

/** A provision's learned share for the query (0 when none): the federal and Punjab texts of a Bonded Labour section share theirs. */
export function learnedShare(u: Understood, url: string): number {
  return u.learned?.[learnedClass(url)] ?? 0;
}

/** The least learned share for which a provision the words did not find is still brought in to be ranked. */
export const LEARNED_CANDIDATE = 0.05;

/**
 * The provisions to rank beside those the words found: the glossary's (u.priors) and the learned
 * reading's (share ≥ LEARNED_CANDIDATE, a Bonded Labour section with its Punjab text: the place
 * the query names picks one). In: the understood query; out: URL paths (some may not exist: the caller looks each up).
 */
export function candidateUrls(u: Understood): string[] {
  const urls = new Set(Object.keys(u.priors));
  for (const [url, share] of Object.entries(u.learned ?? {})) {
    if (share < LEARNED_CANDIDATE) continue;
    urls.add(url);
    if (url.startsWith('/blsa-1992/')) urls.add(url.replace('/blsa-1992/', '/blsa-1992-punjab/'));
  }
  return [...urls];
}

/** A labelled query as the relevance files hold it. */
export interface LabelledQuery { q: string; expect: string }

/**
 * The training examples of labelled queries: each read by `read` (understandQuery with the site's vocabulary).
 * In: the queries, the reader, the URL paths of current provisions, the file's name (for errors). Out: examples.
 * Throws, naming the file, the query's number and the field, on an empty query or an expected provision that is no
 * current provision (a renamed or mistyped URL would teach the model a page that does not exist).
 */
export function learnedExamples(queries: LabelledQuery[], read: (q: string) => Understood, provisions: Set<string>, file: string): LearnedExample[] {
  return queries.map((x, i) => {
    if (typeof x.q !== 'string' || !x.q.trim()) throw new Error(`${file}: query ${i}: field "q" is empty`);
    if (!provisions.has(x.expect)) throw new Error(`${file}: query ${i} ("${x.q.slice(0, 40)}"): field "expect" ${JSON.stringify(x.expect)} is no current provision`);
    return { features: learnedFeatures(read(x.q)), url: x.expect };
  });
}

/** The least learned share for which the model's strongest reading is kept among the first three results. */
export const LEARNED_RESCUE = 0.2;

/**
 * The ranked results with the learned reading's strongest provision among the first three: where the ranking put it
 * lower, it moves to third place, and the rest keep their order. The words and rules still decide first and second;
 * a provision the model reads strongly is never buried. Chosen on blind tuning batches scored before tuning (aj–as):
 * of 67 stories not ranked first, it would have brought 11 into the top three and pushed none out.
 * In: results in order, each with its URL path; the understood query (u.learned). Out: a new array.
 */
export function withLearnedInTopThree<T extends { url?: string }>(ordered: T[], u: Understood): T[] {
  const [best, share] = Object.entries(u.learned ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!best || (share ?? 0) < LEARNED_RESCUE || ordered.length < 4) return ordered;
  const at = ordered.findIndex((r) => r.url !== undefined && learnedClass(r.url) === best);
  if (at < 3) return ordered;
  const out = [...ordered];
  const [moved] = out.splice(at, 1);
  out.splice(2, 0, moved);
  return out;
}
