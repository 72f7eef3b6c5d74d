// The finder: from ticked facts to the offence records they point to. Facts are evidence, not
// filters. A record is offered when the facts meet at least one of its elements and contradict
// none; it is ranked by the share of its elements the facts meet; each result lists the elements
// met and those still to prove. Aggravated forms ("where an offence under section 3 involves")
// carry the elements of their basic offence plus their own; abetment and conspiracy follow the
// offences they refer to. Unticked facts are unknown, not false.
import type { OffenceData } from '../../schemas/index.ts';
import { FACTS, type Fact, type Category } from './facts.ts';
import { elementsOf, type Element } from './elements.ts';
import { practiceCitation } from '../citation-format.ts';

export type ElementState = 'met' | 'open' | 'contradicted';
export interface ElementStatus {
  element: Element;
  state: ElementState;
  /** Facts that meet (or contradict) it. */
  facts: string[];
  /** For an aggravated form: the basic offence the element belongs to. */
  of?: string;
  /** Met because the law excuses its proof for the victim the facts describe (PTPA s. 7), not by evidence. */
  excused?: boolean;
}

export type FinderRecord = Pick<OffenceData, 'id' | 'act' | 'provision' | 'version' | 'elements' | 'related' | 'punishment'> & { citation?: string };

export interface Finding<R extends FinderRecord = FinderRecord> {
  offence: R;
  kind: 'offence' | 'aggravated' | 'abetment';
  elements: ElementStatus[];
  met: number;
  /** Elements counted: every required one, and evidence-only ones that are met. */
  total: number;
  /** For an aggravated form, abetment or conspiracy: the offences it refers to that the facts point to. */
  basis: string[];
}

export interface FindOptions {
  /** Facts beyond the ticked ones, by tag (the date of the offence meets "after-commencement"). */
  extraMeets?: Partial<Record<Category, string[]>>;
}

const citationOf = (r: FinderRecord) => r.citation ?? r.provision;
/** For the reader: in the form the section pages print ("s. 365-B"). */
const citedAs = (r: FinderRecord) => `s. ${practiceCitation(citationOf(r))}`;

function judge(element: Element, facts: Fact[], extra: FindOptions['extraMeets']): ElementStatus {
  const meets = facts.filter((f) => element.anyOf.some((t) => (f.meets[element.category] as readonly string[] | undefined)?.includes(t)));
  const extraMet = element.anyOf.some((t) => extra?.[element.category]?.includes(t));
  if (meets.length || extraMet) return { element, state: 'met', facts: meets.map((f) => f.id) };
  // PTPA s. 7: where the victim is a child, the means need not be proved.
  const excusedBy = element.excusedFor ? facts.filter((f) => element.excusedFor!.some((t) => (f.meets.victim as readonly string[] | undefined)?.includes(t))) : [];
  if (excusedBy.length) return { element, state: 'met', facts: excusedBy.map((f) => f.id), excused: true };
  // Contradicted when the ticked facts rule out every alternative of the element (and none meets
  // it): each alternative contradicted by some fact ("an adult" rules out guardianship, "within
  // Pakistan" rules out conveying beyond its limits), unless a ticked fact admits it (a person of
  // unsound mind may be kidnapped from lawful guardianship at any age: s. 361).
  const has = (m: Fact['meets'] | undefined, t: string) => (m?.[element.category] as readonly string[] | undefined)?.includes(t) ?? false;
  const against = (t: string) => (facts.some((f) => has(f.admits, t)) ? [] : facts.filter((f) => has(f.contradicts, t)));
  if (!element.evidenceOnly && element.anyOf.every((t) => against(t).length)) return { element, state: 'contradicted', facts: [...new Set(element.anyOf.flatMap(against).map((f) => f.id))] };
  return { element, state: 'open', facts: [] };
}

function tally<R extends FinderRecord>(offence: R, kind: Finding['kind'], elements: ElementStatus[], basis: string[] = []): Finding<R> {
  const counted = elements.filter((s) => !s.element.evidenceOnly || s.state === 'met');
  return { offence, kind, elements: counted, met: counted.filter((s) => s.state === 'met').length, total: counted.length, basis };
}

/** Whether `r` is the provision a relation names: "3" names 3(1) and 3(2); "3(2)" names 3(2) only. */
export function names(rel: { act: string; provision: string }, r: FinderRecord, version: string) {
  if (rel.act !== r.act || r.version !== version) return false;
  return rel.provision === citationOf(r) || rel.provision === r.provision;
}

const isDerivative = (r: FinderRecord, act: string) => r.elements.act.includes(act as never);

/**
 * Every record the facts point to, best first. `records` are the texts in scope (date and place
 * already applied); `factIds` the ticked facts (unknown ids ignored).
 */
export function findProvisions<R extends FinderRecord>(records: R[], factIds: string[], options: FindOptions = {}): Finding<R>[] {
  const facts = FACTS.filter((f) => factIds.includes(f.id));
  const out: Finding<R>[] = [];
  // Offered when a ticked fact meets an element (the date alone, meeting "after the Act came into
  // force", does not make a provision relevant) and no element is contradicted.
  // A victim status ("child") or a generic purpose ("benefit") alone does not make a provision
  // relevant: a ticked fact must meet a distinguishing element — its conduct, its purpose, or a
  // circumstance — where the record has one.
  // Generic: age, sex or disability of the victim, the means, a benefit. A status the provision is
  // about (a slave, a bonded labourer, a prisoner of war, a migrant) distinguishes it.
  const STATUS = ['non-citizen-without-status', 'prisoner-of-war-or-protected-person'];
  const GENERIC = /^(child|minor|girl|woman|person-with-disability|financial-or-material-benefit)/;
  const distinguishing = (s: ElementStatus) => s.element.category !== 'means' && !s.element.anyOf.every((t) => GENERIC.test(t));
  const offered = (f: Finding) => {
    const byFact = f.elements.filter((s) => s.state === 'met' && s.facts.length > 0 && !s.excused);
    // A provision about a foreigner without status or a prisoner of war is offered
    // only when that status is ticked: shared conduct ("harbours") alone does not point to it.
    const aboutStatus = f.elements.filter((s) => s.element.category === 'victim' && s.element.anyOf.every((t) => STATUS.includes(t)));
    if (aboutStatus.some((s) => s.state !== 'met')) return false;
    const need = f.elements.some(distinguishing) ? byFact.some(distinguishing) : byFact.length > 0;
    return need && !f.elements.some((s) => s.state === 'contradicted');
  };

  // 1. Offences with elements of their own.
  const base: Finding<R>[] = [];
  for (const r of records) {
    if (isDerivative(r, 'commit-base-offence') || isDerivative(r, 'abet') || isDerivative(r, 'conspire')) continue;
    const f = tally(r, 'offence', elementsOf(r).map((e) => judge(e, facts, options.extraMeets)));
    if (offered(f)) base.push(f);
  }
  out.push(...base);

  // 2. Aggravated forms of an offence ("where an offence under section 3 involves ..."): the
  //    best-met basic offence's elements, then the form's own circumstances.
  for (const r of records) {
    if (!isDerivative(r, 'commit-base-offence')) continue;
    const bases = base.filter((b) => r.related.some((rel) => rel.relation === 'basic-offence' && names(rel, b.offence, r.version)));
    if (!bases.length) continue;
    const best = [...bases].sort(compare)[0];
    const own = elementsOf(r).map((e) => judge(e, facts, options.extraMeets));
    const of = citedAs(best.offence);
    const f = tally(r, 'aggravated', [...best.elements.map((s) => ({ ...s, of })), ...own], bases.map((b) => citedAs(b.offence)));
    if (!f.elements.some((s) => s.state === 'contradicted')) out.push(f);
  }

  // 3. Abetment and conspiracy follow the offences they refer to.
  const offences = [...out];
  for (const r of records) {
    if (!(isDerivative(r, 'abet') || isDerivative(r, 'conspire'))) continue;
    const refersTo = offences.filter((b) => r.related.some((rel) => rel.relation === 'basic-offence' && names(rel, b.offence, r.version)));
    if (!refersTo.length) continue;
    const tags = r.elements.act.filter((t) => t === 'abet' || t === 'conspire');
    const element: Element = { key: 'act', category: 'act', anyOf: tags, label: tags.includes('abet') ? 'Conduct: abetment (aiding, instigating or taking part as an accomplice)' : 'Conduct: party to a criminal conspiracy' };
    out.push(tally(r, 'abetment', [judge(element, facts, options.extraMeets)], [...new Set(refersTo.map((b) => citedAs(b.offence)))]));
  }
  return out.sort(compare);
}

/** Heaviest punishment as a sort key: death and life above any term of years. */
function severity(r: FinderRecord) {
  const im = r.punishment.imprisonment;
  if (im.death) return 1000;
  if (im.life || im.remainderOfLife) return 900;
  return im.maxYears ?? im.minYears ?? 0;
}

/** Offences before abetment; then the larger share of elements met; then more met; then the heavier punishment. */
export function compare(a: Finding, b: Finding): number {
  const k = (f: Finding) => (f.kind === 'abetment' ? 1 : 0);
  return k(a) - k(b)
    || b.met / b.total - a.met / a.total
    || b.met - a.met
    || severity(b.offence) - severity(a.offence)
    || a.offence.id.localeCompare(b.offence.id);
}
