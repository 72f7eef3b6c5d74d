// The faults the elements review found (records, labels and facts read against the statute words),
// each tested as a kind: a fact meets only what its own words state, an element the words require
// together is not an alternative, a limit the words set (an age, a direction, a listed hurt, a time)
// is carried by the fact that meets it, and a section with two limbs gives each its own elements.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { z } from 'zod';
import { loadOffences } from '../../src/lib/offences.ts';
import { offenceSchema } from '../../src/schemas/index.ts';
import { FACTS, findProvisions, elementsOf, DERIVATIVE_ACTS, type Finding } from '../../src/lib/finder/index.ts';

const ALL = loadOffences(join(import.meta.dirname, '..', '..', 'content'));
const CURRENT = ALL.filter((o) => o.current);
const find = (facts: string[], records = ALL) => findProvisions(records, facts);
const row = (facts: string[], id: string, records = ALL) => find(facts, records).find((f) => f.offence.id === id);
const state = (f: Finding | undefined, key: string) => f?.elements.find((s) => s.element.key === key)?.state;
const full = (f: Finding | undefined) => Boolean(f && f.met === f.total);
const meets = (factId: string, category: string, tag: string) => ((FACTS.find((f) => f.id === factId)!.meets as Record<string, readonly string[]>)[category] ?? []).includes(tag);
const factsMeeting = (category: string, tag: string) => FACTS.filter((f) => meets(f.id, category, tag));

describe('a fact meets an element only where its own words state the element’s limits (faults 1, 4, 5, 8, 10, 11, 12)', () => {
  // Each narrow element, with the words any fact that meets it must carry. A fact that meets one
  // without saying so ("sexual purpose" for unnatural lust, "a debt" for debt bondage, any hurt for
  // the hurts s. 376(1A) lists) is the fault.
  const LIMITS: [string, string, RegExp[]][] = [
    ['purpose', 'unnatural-lust', [/unnatural/i]], // PPC 367A
    ['circumstances', 'hurt-caused', [/333/, /335/, /337\(3\)\(iv\)–\(vi\)/, /337C/, /337F\(v\)–\(vi\)/]], // PPC 376(1A)
    ['circumstances', 'from-lawful-guardianship', [/fourteen/, /sixteen/, /unsound mind/, /without the guardian’s consent/]], // PPC 361
    ['circumstances', 'from-pakistan', [/out of Pakistan/, /without the consent/]], // PPC 360
    ['circumstances', 'into-pakistan', [/into Pakistan/]], // PPC 366B
    ['act', 'import', [/into Pakistan/]], // PPC 366B, 370, 371
    ['act', 'export', [/out of Pakistan/]], // PPC 370, 371
    ['circumstances', 'habitual', [/habitually/]], // PPC 371
    ['purpose', 'secret-wrongful-confinement', [/secretly and wrongfully/]], // PPC 365
    ['circumstances', 'property-due-for-restoration', [/before the .*commenced/, /ninety days/]], // BLSA 13
    ['purpose', 'compelled-labour', [/compel|forced|bond|slave/i]], // PTPA s. 3(3)(b)
    ['victim', 'bonded-labourer', [/bonded/i]], // BLSA s. 2(b), (d)
    ['purpose', 'bonded-labour', [/bonded/i]],
    ['act', 'induce-to-act', [/to do an act/]], // PPC 366A
  ];
  for (const [category, tag, words] of LIMITS) {
    it(`every fact that meets ${category} "${tag}" says so`, () => {
      const fs = factsMeeting(category, tag);
      expect(fs.length, `no fact meets ${tag}`).toBeGreaterThan(0);
      for (const f of fs) for (const w of words) expect(f.label, `${f.id} meets ${tag}`).toMatch(w);
    });
  }

  it('"did it before" is repetition, not a habit (PPC 371 "habitually")', () => {
    for (const f of factsMeeting('circumstances', 'habitual')) expect(f.label).not.toMatch(/did it before, or/);
    expect(full(row(['sold', 'slavery', 'repetition'], 'ppc-371-2025'))).toBe(false);
    expect(state(row(['sold', 'slavery', 'repetition'], 'ppc-371-2025'), 'circumstances:habitual')).toBe('open');
    expect(full(row(['sold', 'slavery', 'habitual'], 'ppc-371-2025'))).toBe(true);
    // A habit is also repetition (PTPA s. 4(d)).
    expect(meets('habitual', 'circumstances', 'repetition')).toBe(true);
  });

  it('PPC 367A: a sexual purpose alone does not meet "unnatural lust"; the unnatural-lust purpose does', () => {
    for (const facts of [['kidnapped', 'sexual-exploitation'], ['adult-woman', 'kidnapped', 'sexual-exploitation'], ['girl', 'kidnapped', 'prostitution']]) {
      const r = row(facts, 'ppc-367a-2025');
      expect(state(r, 'purpose'), facts.join('+')).toBe('open');
      // Never ranked above the offences the facts do meet in full.
      expect(find(facts)[0].offence.id, facts.join('+')).not.toBe('ppc-367a-2025');
    }
    expect(full(row(['kidnapped', 'unnatural-lust'], 'ppc-367a-2025'))).toBe(true);
  });

  it('PPC 376(1A): the element and the fact name the hurts the section lists', () => {
    const el = elementsOf(ALL.find((o) => o.id === 'ppc-376-1a-2025')!).find((e) => e.key === 'circumstances:hurt-caused')!;
    expect(el.label).toMatch(/punishable under s\. 333, s\. 335, s\. 337\(3\)\(iv\)–\(vi\), s\. 337C or s\. 337F\(v\)–\(vi\)/);
  });

  it('a debt or advance alone is no fact: debt bondage, a bonded labourer and bonded labour each have their own', () => {
    expect(FACTS.some((f) => f.id === 'debt')).toBe(false);
    const r = row(['recruited', 'fraud', 'debt-bondage'], 'ptpa-2018-3-1-2025');
    expect(full(r)).toBe(true);
    expect(r!.elements.find((s) => s.element.key === 'purpose')!.facts).toEqual(['debt-bondage']);
    // Recruiting by fraud is not trafficking until a purpose is shown.
    expect(state(row(['recruited', 'fraud'], 'ptpa-2018-3-1-2025'), 'purpose')).toBe('open');
  });

  it('PPC 365: confinement is not secret and wrongful confinement; harbouring is neither', () => {
    expect(state(row(['kidnapped', 'confined'], 'ppc-365-2025'), 'purpose')).toBe('open');
    expect(full(row(['kidnapped', 'secret-confinement'], 'ppc-365-2025'))).toBe(true);
    for (const f of factsMeeting('act', 'harbour')) expect(meets(f.id, 'act', 'confine') || meets(f.id, 'act', 'conceal'), f.id).toBe(false);
  });

  it('BLSA s. 13 (federal and Punjab): property kept today is not enough; the property must be due for restoration under the Act', () => {
    for (const id of ['blsa-1992-13-1992', 'blsa-1992-punjab-13-2012']) {
      const r = row(['property-kept'], id);
      expect(full(r), id).toBe(false);
      expect(state(r, 'circumstances:property-due-for-restoration'), id).toBe('open');
      expect(full(row(['property-kept', 'property-before-commencement'], id)), id).toBe(true);
    }
  });
});

describe('the facts meet every element they could be asked to prove (faults 2, 6)', () => {
  it('a victim element some fact contradicts is met by some fact (else it can only ever be ruled out)', () => {
    const contradicted = new Set(FACTS.flatMap((f) => (f.contradicts?.victim ?? []) as string[]));
    const met = new Set(FACTS.flatMap((f) => (f.meets.victim ?? []) as string[]));
    expect([...contradicted].filter((t) => !met.has(t))).toEqual([]);
  });

  it('PPC 376(3): a child victim meets "a minor", so child rape ranks s. 376(3) above s. 376(1)', () => {
    for (const child of ['child', 'girl', 'under-fourteen', 'under-ten']) {
      const r = find([child, 'rape'], CURRENT);
      expect(full(r.find((f) => f.offence.id === 'ppc-376-3-2025')), child).toBe(true);
      const at = (id: string) => r.findIndex((f) => f.offence.id === id);
      expect(at('ppc-376-3-2025'), child).toBeLessThan(at('ppc-376-1-2025'));
    }
    // An adult is not a minor, but may be a person with a disability: the victim stays to prove.
    expect(state(row(['adult-woman', 'rape'], 'ppc-376-3-2025', CURRENT), 'victim')).toBe('open');
  });

  it('every conduct a record lists is met by some fact', () => {
    const acts = new Set(ALL.flatMap((o) => o.elements.act.filter((t) => !DERIVATIVE_ACTS.includes(t))));
    expect([...acts].filter((t) => !FACTS.some((f) => meets(f.id, 'act', t)))).toEqual([]);
  });

  it('PPC 366B: a girl brought into Pakistan meets it in full; a girl taken out of Pakistan does not meet "into Pakistan"', () => {
    expect(full(row(['girl', 'brought-in', 'sexual-exploitation'], 'ppc-366b-2025'))).toBe(true);
    expect(full(row(['young-woman', 'brought-in', 'sexual-exploitation'], 'ppc-366b-2025'))).toBe(true);
    for (const out of ['taken-out', 'sent-abroad', 'cross-border']) {
      const r = row(['girl', out, 'sexual-exploitation'], 'ppc-366b-2025');
      expect(state(r, 'circumstances:into-pakistan'), out).toBe('open');
      expect(state(r, 'act'), out).toBe('open');
    }
  });
});

describe('PPC 363: kidnapping from Pakistan (s. 360) or from lawful guardianship (s. 361), and nothing wider (fault 4)', () => {
  it('a border crossed into Pakistan, or a crossing only intended, is not conveying a person beyond the limits of Pakistan', () => {
    for (const f of ['cross-border', 'brought-in', 'sent-abroad']) expect(state(row(['kidnapped', f], 'ppc-363-2025'), 'circumstances:0'), f).toBe('open');
    expect(full(row(['kidnapped', 'taken-out'], 'ppc-363-2025'))).toBe(true);
  });

  it('an adult is not a minor kidnapped from guardianship: with no crossing of the border, s. 363 is ruled out, unless of unsound mind', () => {
    for (const adult of ['adult-woman', 'adult-man', 'young-woman']) {
      expect(state(row(['kidnapped', adult], 'ppc-363-2025'), 'circumstances:0'), adult).toBe('open');
      expect(row(['kidnapped', adult, 'within-pakistan'], 'ppc-363-2025'), adult).toBeUndefined();
      expect(row(['kidnapped', adult, 'within-pakistan', 'unsound-mind'], 'ppc-363-2025'), adult).toBeDefined();
    }
    // A child is not ruled out.
    expect(row(['kidnapped', 'child', 'within-pakistan'], 'ppc-363-2025')).toBeDefined();
    expect(full(row(['kidnapped', 'from-guardian'], 'ppc-363-2025'))).toBe(true);
  });
});

describe('purposes the words require together are separate elements (fault 3)', () => {
  it('every record that names benefit with another purpose requires both (PSMA s. 2(i) "for benefit, of illegal entry"; s. 4(1))', () => {
    for (const o of ALL.filter((x) => x.elements.purpose.includes('financial-or-material-benefit') && x.elements.purpose.length > 1)) {
      const purposes = elementsOf(o).filter((e) => e.category === 'purpose');
      expect(purposes.length, o.id).toBeGreaterThanOrEqual(2);
      expect(purposes.some((e) => e.anyOf.length === 1 && e.anyOf[0] === 'financial-or-material-benefit'), o.id).toBe(true);
      for (const e of purposes) expect(e.label, o.id).not.toMatch(/benefit or/);
    }
  });

  it('PSMA s. 4: a document alone leaves the benefit to prove; benefit alone leaves the smuggling purpose', () => {
    for (const id of ['psma-2018-4-2-2025', 'psma-2018-4-2-2018']) {
      const r = row(['documents'], id)!;
      expect(r.total, id).toBe(3);
      expect(r.elements.filter((s) => s.state === 'open').map((s) => s.element.label), id).toEqual(['Purpose: benefit']);
      expect(full(row(['documents', 'benefit'], id)), id).toBe(true);
      expect(state(row(['attempted', 'benefit'], id), 'purpose:1'), id).toBe('open');
    }
  });

  it('PSMA s. 3: illegal entry and benefit are each proved', () => {
    const r = row(['smuggled', 'migrant'], 'psma-2018-3-2025')!;
    expect(Object.fromEntries(r.elements.map((s) => [s.element.label, s.state]))).toMatchObject({ 'Purpose: benefit': 'open', 'Purpose: illegal entry': 'met' });
    expect(full(row(['smuggled', 'migrant', 'benefit'], 'psma-2018-3-2025'))).toBe(true);
  });

  it('the schema refuses purpose sets that leave out a purpose or name one the record lacks', () => {
    const base = ALL.find((o) => o.id === 'psma-2018-4-2-2025')!;
    const parse = (purposeGroups: string[][]) => offenceSchema(z).safeParse({ ...base, elements: { ...base.elements, purposeGroups } });
    expect(parse([['financial-or-material-benefit'], ['enabling-smuggling-of-migrants']]).success).toBe(true);
    expect(parse([['financial-or-material-benefit']]).success).toBe(false);
    expect(parse([['financial-or-material-benefit'], ['enabling-smuggling-of-migrants'], ['illegal-entry']]).success).toBe(false);
  });
});

describe('a section with two limbs gives each its own elements (fault 7: PPC 365B)', () => {
  it('kidnapping or abducting a woman needs no means; inducing her needs the means and covers illicit intercourse only', () => {
    const kidnap = row(['adult-woman', 'kidnapped', 'marriage'], 'ppc-365b-2025')!;
    expect(kidnap.elements.map((s) => s.element.category)).not.toContain('means');
    expect(full(kidnap)).toBe(true);
    const induce = row(['adult-woman', 'kidnapped', 'coercion', 'marriage'], 'ppc-365b-induce-2025')!;
    expect(full(induce)).toBe(false);
    expect(state(induce, 'purpose')).toBe('open');
    expect(full(row(['adult-woman', 'kidnapped', 'coercion', 'sexual-exploitation'], 'ppc-365b-induce-2025'))).toBe(true);
  });
});

describe('the seller and the buyer are different facts (fault 9: PPC 371A, 371B)', () => {
  it('no fact meets both a seller’s act and a buyer’s act', () => {
    const SELL = ['sell', 'let-to-hire', 'dispose'];
    const BUY = ['buy', 'hire', 'obtain-possession'];
    for (const f of FACTS) expect(SELL.some((t) => meets(f.id, 'act', t)) && BUY.some((t) => meets(f.id, 'act', t)), f.id).toBe(false);
  });
  it('a seller meets s. 371A, not s. 371B, and the other way round', () => {
    expect(full(row(['sold', 'prostitution'], 'ppc-371a-2025'))).toBe(true);
    expect(state(row(['sold', 'prostitution'], 'ppc-371b-2025'), 'act')).toBe('open');
    expect(full(row(['bought', 'prostitution'], 'ppc-371b-2025'))).toBe(true);
    expect(state(row(['bought', 'prostitution'], 'ppc-371a-2025'), 'act')).toBe('open');
  });
});

describe('lesser items', () => {
  it('PPC 366A: "by any means whatsoever" is no means element; inducing a girl to do an act reaches it', () => {
    const r = row(['girl', 'kidnapped', 'prostitution'], 'ppc-366a-2025')!;
    expect(r.elements.map((s) => s.element.category)).not.toContain('means');
    expect(full(r)).toBe(true);
    expect(full(row(['girl', 'induced-act', 'sexual-exploitation'], 'ppc-366a-2025'))).toBe(true);
  });
  it('PPC 364A: a child kidnapped for prostitution meets "the lust of any person"', () => {
    expect(full(row(['under-fourteen', 'kidnapped', 'prostitution'], 'ppc-364a-2025'))).toBe(true);
  });
  it('PSMA s. 3: an attempt stopped before the border is not hidden by "within Pakistan" (only a crossing neither made nor meant is)', () => {
    expect(FACTS.find((f) => f.id === 'within-pakistan')!.label).toMatch(/meant/);
    expect(row(['attempted', 'migrant', 'benefit'], 'psma-2018-3-2025')).toBeDefined();
  });
});
