// Ranking: the full-text score Pagefind gives a provision, weighed with what the query says
// about it — its heading or common name matching the words, the glossary pointing to it, the
// Act the query names, a question about procedure or a story of facts. Pure; tuned on
// tests/relevance/tuning.json and tests/relevance-queries.json (tests/e2e/relevance.spec.ts).
import type { Understood } from './understand.ts';
import { tokens } from './normalise.ts';
import { STOP_WORDS } from './words.ts';
import { lawFamily } from './glossary.ts';
import { learnedShare } from './learned.ts';

export interface Candidate {
  /** URL path of the provision: "/ppc/s365a/". */
  url: string;
  /** Act id. */
  act?: string;
  heading?: string;
  /** "offence", "procedure", "definition"… */
  kind?: string;
  /** "in-force", "repealed", "omitted". */
  status?: string;
  /** Pagefind's score (any scale; 0 when only the glossary found it). */
  pagefind: number;
  /** How far the query's words stand together in its text (0–1, search-results.ts proximity). */
  near?: number;
  /** The share of the query's words (0–1) found in the statute's own words, not only in its search words. */
  text?: number;
  /** The share of the query's words (0–1) in a term the provision defines (defines.ts). */
  defines?: number;
  /** The age limits (years) the provision sets for its victim (story-facts.ts ageLimitsIn). */
  ageLimits?: number[];
}

export const TUNING = {
  /** How much more a provision counts for using the reader's words side by side. */
  alpha: 1.5,
  /** The share of the query's words found in the heading, counted like a full-text match. */
  heading: 0.6,
  /** The glossary's pointing, against a full-text score of at most 1 (+ proximity). */
  prior: 1.6,
  /** The learned reading's share of a story or question (learned.ts), against the glossary's pointing. */
  learned: 2,
  /** A province's own text of a Bonded Labour section, when the query names no place or Act: the federal text, which
   * "extends to the whole of Pakistan" (BLSA 1992 s. 1(2)), comes first of the two. */
  unplaced: 0.97,
  /** Repealed and omitted provisions follow the law in force. */
  repealed: 0.4,
  /** Provisions of an Act the query names, and of the others. */
  namedAct: 1.8,
  otherAct: 0.5,
  /** A provision of the law the query's terms are about together, at full affinity. */
  affinity: 0.8,
  /** Procedure sections for a question about procedure; offences for a story of facts. */
  procedure: 1.6,
  story: 1.25,
  /** The definitions section for a question of what a word means. */
  meaning: 1.6,
  /** A procedure section for a story of facts: it answers how a case is run, not what was done. */
  storyProcedure: 0.8,
  /** A provision whose own words hold the query's words, against one whose search words (the glossary's) do. */
  text: 1.0,
  /** The provision that defines the term the query names, against those that use it. */
  defines: 0.6,
  /** A provision whose age limit the told age is under ("8 saal ki bachi": s. 364A, under fourteen). */
  ageWithin: 1.1,
  /** One whose heading names its victim young ("child under ten", "minor girl") and the age told exceeds the limit. */
  ageBeyond: 0.75,
  /** A provision that punishes nothing, when the query asks for the punishment ("what fine", "sentence for"). */
  punishmentAsked: 0.8,
  /** A general provision when the query tells the facts of a more specific one (Understood.general). */
  general: 0.7,
  /** The provision the query's facts or question single out (decisivePrior), against the words' matches elsewhere. */
  decisive: 1.35,
  /** A prior counts as decisive at this weight or more, and this many times the next provision's. */
  decisiveAt: 1.0,
  decisiveMargin: 1.5,
};

/** TUNING.learned, or a tuning run's trial weight (window.__learnedWeight, set by tests/e2e/relevance.spec.ts from LEARNED_WEIGHT). */
const learnedWeight = () => (globalThis as { __learnedWeight?: number }).__learnedWeight ?? TUNING.learned;

const decided = new WeakMap<object, string | undefined>();
/** The federal and the Punjab text of one Bonded Labour Act section, as one. */
const sameSection = (url: string) => url.replace('/blsa-1992-punjab/', '/blsa-1992/');

/**
 * The provision a rule of reading singled out: the query's facts or its question (understand.ts) lifted its prior
 * well above every other's, and a long story's words, matched in passing elsewhere, should not outweigh that.
 * The federal and Punjab texts of one section count as one. In: the understood query; out: its URL, or undefined.
 */
export function decisivePrior(u: Understood): string | undefined {
  if (decided.has(u)) return decided.get(u);
  const ordered = Object.entries(u.priors ?? {}).sort((a, b) => b[1] - a[1]);
  const [top, w] = ordered[0] ?? [];
  const next = ordered.find(([url]) => sameSection(url) !== sameSection(top ?? ''))?.[1] ?? 0;
  const url = top && w >= TUNING.decisiveAt && w >= TUNING.decisiveMargin * next ? top : undefined;
  decided.set(u, url);
  return url;
}

const stem = (w: string) => w.slice(0, Math.max(4, Math.min(w.length, w.length > 6 ? 6 : w.length)));

/** The share of the query's search words (stop words aside) that the heading uses. */
export function headingShare(words: string[], heading: string | undefined) {
  const q = words.filter((w) => !STOP_WORDS.has(w) && !/^\d/.test(w));
  if (!q.length || !heading) return 0;
  const h = new Set(tokens(heading).flatMap((w) => w.split('-')).map(stem));
  return q.filter((w) => w.split('-').every((p) => h.has(stem(p)))).length / q.length;
}

/** A candidate's score for the query (see TUNING). */
export function score(c: Candidate, u: Understood, maxPagefind: number) {
  const pf = maxPagefind > 0 ? c.pagefind / maxPagefind : 0;
  let s = pf * (1 + TUNING.alpha * (c.near ?? 0)) + TUNING.heading * headingShare(u.words, c.heading) * (pf > 0 || u.priors[c.url] ? 1 : 0);
  // Only a query that is the term itself asks for its definition: "advance peshgi", not
  // "recruitment of women for sexual exploitation", which asks for the offence.
  s *= (1 + TUNING.text * (c.text ?? 0)) * (c.defines === 1 ? 1 + TUNING.defines : 1);
  s += TUNING.prior * (u.priors[c.url] ?? 0) + learnedWeight() * learnedShare(u, c.url);
  if (c.status && c.status !== 'in-force') s *= TUNING.repealed;
  if (u.acts.length && c.act) s *= u.acts.includes(c.act) ? TUNING.namedAct : TUNING.otherAct;
  // A place names the bonded-labour law offered there: it orders the Bonded Labour Acts, and leaves the other laws alone.
  // Where that text is held only in part (Sindh), the federal text is neither lifted nor lowered: the sources do not
  // say it still applies there (content/jurisdictions.yaml gives it as the law until the Sindh Act), nor that it does not.
  else if (u.placeActs?.length && c.act && /blsa/.test(c.act)) {
    if (u.placeActs.includes(c.act)) s *= TUNING.namedAct;
    else if (!(c.act === 'blsa-1992' && u.placeActs.some((a) => !a.startsWith('blsa-1992')))) s *= TUNING.otherAct;
  } else if (c.act === 'blsa-1992-punjab' && !u.acts.length) s *= TUNING.unplaced;
  // In a question of procedure the law of the facts picks its procedure section; it lifts no offence, save of a
  // law with no procedure sections of its own (the Penal Code), whose offence page says how it is tried.
  const family = c.act && lawFamily(c.act);
  const ownProcedure = !u.procedural || (!!family && u.procedural.includes(family));
  if (family && (u.intent !== 'procedure' || (c.kind !== 'offence' && c.kind !== 'definition') || !ownProcedure)) s *= 1 + TUNING.affinity * (u.affinity?.[family] ?? 0);
  // A question of how a case is run may ask how it treats the victim (compensation, not being charged).
  if (u.intent === 'procedure' && (c.kind === 'procedure' || c.kind === 'protection')) s *= TUNING.procedure;
  if (u.intent === 'meaning' && c.kind === 'definition') s *= TUNING.meaning;
  // A story tells an offence: a section that punishes one, or one that defines it (PPC ss. 359–362
  // kidnapping and abduction, s. 375 rape). The interpretation section ("Definitions") holds every
  // word of a story but is not what happened, and a procedure section is how a case is run.
  const interpretation = c.kind === 'definition' && /^definitions$/i.test(c.heading ?? '');
  if (u.intent === 'story' && (c.kind === 'offence' || (c.kind === 'definition' && !interpretation))) s *= TUNING.story;
  // A procedure section whose own fact the story tells ("partnership firm": BLSA s. 18; "father agreed": PTPA s. 7) is not lowered.
  if (u.intent === 'story' && (c.kind === 'procedure' || interpretation) && !u.named?.includes(c.url)) s *= TUNING.storyProcedure;
  if (u.general?.includes(c.url)) s *= TUNING.general;
  const decisive = decisivePrior(u);
  if (decisive && sameSection(c.url) === sameSection(decisive)) s *= TUNING.decisive;
  // A question of the punishment asks for a section that punishes, not one that declares a custom void or abolished.
  if (c.kind !== 'offence' && u.intent !== 'procedure' && u.terms?.some((t) => t.term.id === 'punishment' && t.kind === 'english')) s *= TUNING.punishmentAsked;
  // The youngest age told is the victim's, as a rule: a provision whose limit it is under is lifted.
  // One it exceeds is lowered only where the heading names the victim young (ss. 364A, 366A, 366B,
  // 369): elsewhere a limit may be one clause of several (s. 375 "sixthly", PTPA s. 2's "child").
  if (u.ages?.length && c.ageLimits?.length) {
    const within = Math.min(...u.ages) < Math.max(...c.ageLimits);
    if (within) s *= TUNING.ageWithin;
    else if (/\b(under|minor|child|girl|guardianship)\b/i.test(c.heading ?? '')) s *= TUNING.ageBeyond;
  }
  return s;
}

/**
 * The candidates in the order to show them, best first; ties keep Pagefind's order. Provisions
 * the glossary points to but the text search missed are added by the caller as candidates with
 * `pagefind: 0`.
 */
export function rank<C extends Candidate>(cands: C[], u: Understood): C[] {
  const max = Math.max(0, ...cands.map((c) => c.pagefind));
  return cands
    .map((c, i) => ({ c, i, s: score(c, u, max) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}
