// The applicable-provisions finder: from facts a prosecutor ticks to the offence records whose
// stated elements match them. Built only from the records' element tags; each mapping from a fact
// to tags is listed here and shown on the page, so the reader sees why a provision is offered.
import { maxTermKey, type Offence } from './offence-format.ts';

export interface Fact { id: string; label: string; group: FactGroup; tags: Partial<Record<'victim' | 'purpose' | 'means' | 'circumstances', string[]>> }
export type FactGroup = 'victim' | 'movement' | 'means' | 'purpose' | 'circumstances';

export const FACT_GROUPS: { id: FactGroup; label: string }[] = [
  { id: 'victim', label: 'Who is the victim?' },
  { id: 'movement', label: 'Was the victim moved?' },
  { id: 'means', label: 'By what means?' },
  { id: 'purpose', label: 'For what purpose?' },
  { id: 'circumstances', label: 'In what circumstances?' },
];

export const FACTS: Fact[] = [
  { id: 'child', group: 'victim', label: 'A child (under eighteen)', tags: { victim: ['child', 'child-under-fourteen', 'child-under-ten', 'minor', 'minor-girl-under-eighteen', 'girl-under-twenty-one'] } },
  { id: 'woman', group: 'victim', label: 'A woman or girl', tags: { victim: ['woman', 'minor-girl-under-eighteen', 'girl-under-twenty-one'] } },
  { id: 'migrant', group: 'victim', label: 'A migrant or foreigner', tags: { victim: ['migrant', 'non-citizen-without-status'] } },
  { id: 'bonded-labourer', group: 'victim', label: 'A labourer bound by a debt', tags: { victim: ['bonded-labourer'] } },
  { id: 'cross-border', group: 'movement', label: 'Across a border (into or out of Pakistan)', tags: { circumstances: ['cross-border'] } },
  { id: 'internal', group: 'movement', label: 'Within Pakistan', tags: {} },
  { id: 'force', group: 'means', label: 'Force', tags: { means: ['force', 'compulsion'] } },
  { id: 'fraud', group: 'means', label: 'Fraud or deception', tags: { means: ['fraud'] } },
  { id: 'coercion', group: 'means', label: 'Coercion or threats', tags: { means: ['coercion', 'criminal-intimidation', 'compulsion'] } },
  { id: 'debt', group: 'means', label: 'A debt or advance (peshgi)', tags: { purpose: ['bonded-labour'], victim: ['bonded-labourer'] } },
  { id: 'sexual-exploitation', group: 'purpose', label: 'Sexual exploitation', tags: { purpose: ['sexual-exploitation', 'commercial-sex-acts', 'prostitution', 'illicit-intercourse'] } },
  { id: 'prostitution', group: 'purpose', label: 'Prostitution', tags: { purpose: ['prostitution', 'illicit-intercourse', 'commercial-sex-acts', 'sexual-exploitation'] } },
  { id: 'organized-beggary', group: 'purpose', label: 'Organized beggary', tags: { purpose: ['organized-beggary'] } },
  { id: 'compelled-labour', group: 'purpose', label: 'Compelled or forced labour', tags: { purpose: ['compelled-labour', 'forced-labour'] } },
  { id: 'bonded-labour', group: 'purpose', label: 'Bonded labour', tags: { purpose: ['bonded-labour', 'compelled-labour'] } },
  { id: 'slavery', group: 'purpose', label: 'Slavery', tags: { purpose: ['slavery', 'compelled-labour'] } },
  { id: 'smuggling', group: 'purpose', label: 'Illegal entry into another country for money', tags: { purpose: ['illegal-entry', 'financial-or-material-benefit', 'enabling-smuggling-of-migrants'] } },
  { id: 'marriage', group: 'purpose', label: 'Forced marriage', tags: { purpose: ['forced-marriage'] } },
  { id: 'organized-group', group: 'circumstances', label: 'An organized criminal group', tags: { circumstances: ['organized-group'] } },
  { id: 'injury-or-death', group: 'circumstances', label: 'Serious injury, illness or death', tags: { circumstances: ['injury-or-death', 'endangerment'] } },
  { id: 'documents-confiscated', group: 'circumstances', label: 'Travel documents confiscated or destroyed', tags: { circumstances: ['documents-confiscated'] } },
  { id: 'repetition', group: 'circumstances', label: 'The offender did it before', tags: { circumstances: ['repetition', 'habitual'] } },
  { id: 'cruel-treatment', group: 'circumstances', label: 'Cruel, inhuman or degrading treatment', tags: { circumstances: ['cruel-treatment'] } },
];

/** Circumstances that make an aggravated form, as opposed to those that define a basic offence. */
const AGGRAVATING = new Set(['injury-or-death', 'endangerment', 'cruel-treatment', 'organized-group', 'documents-confiscated', 'repetition', 'habitual', 'gang', 'hurt-caused', 'public-servant']);
const SPECIFIC_VICTIMS = (o: Offence) => o.elements.victim.filter((v) => v !== 'any');

export interface Match { offence: Offence; matched: string[]; kind: 'offence' | 'aggravated' | 'abetment' }

function selectedTags(factIds: string[]) {
  const out = { victim: new Set<string>(), purpose: new Set<string>(), means: new Set<string>(), circumstances: new Set<string>() };
  for (const f of FACTS.filter((x) => factIds.includes(x.id))) {
    for (const [k, tags] of Object.entries(f.tags)) for (const t of tags) out[k as keyof typeof out].add(t);
  }
  return out;
}

/**
 * Records that the facts point to. A record is offered when a chosen purpose (or, with no purpose
 * chosen, a chosen victim or means) matches its stated elements; it is left out when it names a
 * particular kind of victim that none of the chosen facts describes, or requires a border crossing
 * the facts rule out. An aggravated form is offered when one of its circumstances is chosen and
 * its basic offence is offered. Abetment and conspiracy follow the offences they refer to.
 */
export function findProvisions(records: Offence[], factIds: string[]): Match[] {
  const sel = selectedTags(factIds);
  const onlyInternal = factIds.includes('internal') && !factIds.includes('cross-border');
  const hits = (tags: string[], set: Set<string>) => tags.filter((t) => set.has(t));
  const out: Match[] = [];
  const base = new Map<string, Match>();
  for (const o of records) {
    const e = o.elements;
    if (e.act.includes('abet') || e.act.includes('conspire')) continue;
    const specific = SPECIFIC_VICTIMS(o);
    if (specific.length && !hits(specific, sel.victim).length) continue;
    if (onlyInternal && e.circumstances.includes('cross-border')) continue;
    const aggr = e.circumstances.filter((c) => AGGRAVATING.has(c));
    const purpose = hits(e.purpose, sel.purpose);
    const matched = [...purpose, ...hits(specific, sel.victim), ...hits(e.means, sel.means), ...hits(e.circumstances, sel.circumstances)];
    const purposeOk = sel.purpose.size ? purpose.length > 0 : matched.length > 0;
    // "Where an offence under section 3 involves …": decided once the basic offences are known.
    if (e.act.includes('commit-base-offence')) continue;
    if (!purposeOk) continue;
    if (aggr.length && !hits(aggr, sel.circumstances).length) continue;
    const m: Match = { offence: o, matched: [...new Set(matched)], kind: aggr.length ? 'aggravated' : 'offence' };
    out.push(m);
    base.set(`${o.act}:${o.provision}:${o.version}`, m);
  }
  for (const o of records) {
    if (!o.elements.act.includes('commit-base-offence')) continue;
    const triggered = hits(o.elements.circumstances, sel.circumstances);
    const basic = o.related.filter((r) => r.relation === 'basic-offence').some((r) => [...base.keys()].some((k) => k.startsWith(`${r.act}:${r.provision.replace(/\(.*$/, '')}:`) && k.endsWith(`:${o.version}`)));
    if (triggered.length && basic) out.push({ offence: o, matched: triggered, kind: 'aggravated' });
  }
  for (const o of records) {
    if (!(o.elements.act.includes('abet') || o.elements.act.includes('conspire'))) continue;
    const refersTo = o.related.some((r) => out.some((m) => m.offence.act === r.act && m.offence.provision === r.provision.replace(/\(.*$/, '') && m.offence.version === o.version));
    if (refersTo) out.push({ offence: o, matched: [], kind: 'abetment' });
  }
  // Most facts matched first; then the heavier punishment.
  const weight = (m: Match) => m.matched.length * 10000 + maxTermKey(m.offence);
  return out.sort((a, b) => weight(b) - weight(a));
}

/** The facts as URL parameters (?f=child&f=sexual-exploitation) and back, ignoring unknown ids. */
export const factsFromParams = (params: URLSearchParams) => params.getAll('f').filter((f) => FACTS.some((x) => x.id === f));
export const factsToParams = (ids: string[]) => new URLSearchParams(ids.map((f) => ['f', f]));
