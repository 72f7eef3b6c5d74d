// The finder treats facts as evidence, not filters. Each fault found in the old finder is a case
// here, and each case is tested as a kind: for every fact and every record, a fact that does not
// contradict a record never takes it away.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadOffences } from '../../src/lib/offences.ts';
import { FACTS, findProvisions, elementsOf, factsFromParams, names, DERIVATIVE_ACTS, type Finding } from '../../src/lib/finder/index.ts';

const ALL = loadOffences(join(import.meta.dirname, '..', '..', 'content'));
const CURRENT = ALL.filter((o) => o.current);
const ids = (fs: Finding[]) => fs.map((f) => f.offence.id);
const find = (facts: string[], records = ALL) => findProvisions(records, facts);
const offers = (facts: string[], id: string, records = ALL) => ids(find(facts, records)).includes(id);
const byId = (id: string) => ALL.find((o) => o.id === id)!;

/**
 * Does fact `f` contradict an element the record requires (every alternative of it)? An aggravated
 * form, abetment or conspiracy is contradicted when each offence it refers to that `seed` offers is.
 */
function contradicts(factId: string, recordId: string, seed?: string): boolean {
  const fact = FACTS.find((f) => f.id === factId)!;
  const r = byId(recordId);
  if (r.elements.act.some((t) => DERIVATIVE_ACTS.includes(t))) {
    const bases = ALL.filter((b) => b.id !== r.id && r.related.some((rel) => rel.relation === 'basic-offence' && names(rel, b, r.version)) && (!seed || offers([seed], b.id)));
    if (bases.length && bases.every((b) => contradicts(factId, b.id, seed))) return true;
  }
  const together = [fact, ...(seed ? [FACTS.find((f) => f.id === seed)!] : [])];
  const has = (m: (typeof fact)['meets'] | undefined, c: string, t: string) => ((m as Record<string, readonly string[]> | undefined)?.[c] ?? []).includes(t);
  return elementsOf(r).some((e) => !e.evidenceOnly && e.anyOf.every((t) => together.some((f) => has(f.contradicts, e.category, t)) && !together.some((f) => has(f.admits, e.category, t))));
}

describe('the cases that the filtering finder got wrong', () => {
  it('migrants taken to Iran for a fee, "migrant" unticked: PSMA s. 3 is offered (2018 and 2025 texts)', () => {
    const r = find(['cross-border', 'smuggled']);
    expect(ids(r)).toEqual(expect.arrayContaining(['psma-2018-3-2025', 'psma-2018-3-2018']));
    const row = r.find((f) => f.offence.id === 'psma-2018-3-2025')!;
    expect(row.elements.find((s) => s.element.category === 'victim')).toMatchObject({ state: 'open' });
  });

  it('a child taken within Pakistan: PPC s. 363 is offered ("within Pakistan" does not contradict kidnapping from lawful guardianship)', () => {
    expect(offers(['child', 'within-pakistan', 'kidnapped'], 'ppc-363-2025')).toBe(true);
    expect(offers(['child', 'within-pakistan', 'from-guardian'], 'ppc-363-2025')).toBe(true);
  });

  it('"within Pakistan" contradicts an offence that requires a border crossing (PPC 366B: imports into Pakistan)', () => {
    expect(offers(['girl', 'sexual-exploitation'], 'ppc-366b-2025')).toBe(true);
    expect(offers(['girl', 'sexual-exploitation', 'within-pakistan'], 'ppc-366b-2025')).toBe(false);
  });

  it('"Slavery" offers PPC 370 and 371', () => {
    expect(ids(find(['slavery']))).toEqual(expect.arrayContaining(['ppc-370-2025', 'ppc-371-2025']));
  });

  it('an adult woman is never offered PPC 366A (minor girl under eighteen), whatever else is ticked; a girl is', () => {
    // Every other fact, except one that names a second victim who is a girl.
    for (const f of FACTS.filter((x) => !(x.meets.victim ?? []).includes('child'))) expect(offers(['adult-woman', f.id], 'ppc-366a-2025'), `adult woman + ${f.id}`).toBe(false);
    expect(offers(['girl', 'kidnapped'], 'ppc-366a-2025')).toBe(true);
    // An adult woman still meets "a child or a woman" (PTPA s. 3(2)).
    expect(offers(['adult-woman', 'recruited'], 'ptpa-2018-3-2-2025')).toBe(true);
  });

  it('debt bondage alone offers PTPA s. 3 (compelled labour includes debt bondage, s. 3(3)(b)); a bare debt is no fact of its own', () => {
    expect(ids(find(['debt-bondage']))).toEqual(expect.arrayContaining(['ptpa-2018-3-1-2025', 'ptpa-2018-3-1-2018']));
    expect(FACTS.find((f) => f.id === 'debt')).toBeUndefined();
  });

  it('"Bonded labour" reaches PPC 374(1)', () => {
    expect(offers(['bonded-labour'], 'ppc-374-1-2025')).toBe(true);
  });

  it('BLSA s. 8(2) stays once a purpose is ticked', () => {
    expect(offers(['extinguished-debt'], 'blsa-1992-8-2-1992')).toBe(true);
    for (const f of FACTS.filter((x) => x.group === 'purpose')) expect(offers(['extinguished-debt', f.id], 'blsa-1992-8-2-1992'), f.id).toBe(true);
  });

  it('rape records are reached by the new facts: group of persons, hurt, public servant', () => {
    expect(offers(['rape', 'group-of-persons'], 'ppc-375a-2025')).toBe(true);
    expect(offers(['rape', 'hurt'], 'ppc-376-1a-2025')).toBe(true);
    expect(offers(['rape', 'public-servant'], 'ppc-376-4-2025')).toBe(true);
    expect(offers(['rape'], 'ppc-376-1-2025')).toBe(true);
    // Hurt alone is not rape: s. 376(1A) needs the offence and the hurt.
    const row = find(['hurt']).find((f) => f.offence.id === 'ppc-376-1a-2025')!;
    expect(row.elements.map((s) => s.state)).toEqual(['open', 'met']);
  });
});

describe('facts exclude only by contradiction (every fact, every record)', () => {
  // For each record, the first single fact that offers it; adding any fact that does not
  // contradict the record must keep it offered.
  for (const r of ALL) {
    it(`${r.id}: no fact that does not contradict it takes it away`, () => {
      const seed = FACTS.find((f) => offers([f.id], r.id));
      if (!seed) return; // reached only by a combination: the reachability test covers it
      for (const f of FACTS) {
        if (contradicts(f.id, r.id, seed.id)) continue;
        expect(offers([seed.id, f.id], r.id), `${seed.id} + ${f.id}`).toBe(true);
      }
    });
  }

  it('a fact that contradicts a record removes it, and names the element', () => {
    const r = find(['girl', 'kidnapped'], ALL);
    expect(ids(r)).toContain('ppc-366a-2025');
    expect(ids(find(['girl', 'kidnapped', 'adult-woman']))).toContain('ppc-366a-2025'); // two victims: the girl still counts
    expect(ids(find(['kidnapped', 'adult-woman']))).not.toContain('ppc-366a-2025');
  });
});

describe('each row says what the facts meet and what remains to prove, best first', () => {
  it('PTPA s. 3(2): conduct and victim met; means and purpose to prove', () => {
    const row = find(['adult-woman', 'recruited'], CURRENT).find((f) => f.offence.id === 'ptpa-2018-3-2-2025')!;
    const state = Object.fromEntries(row.elements.map((s) => [s.element.key, s.state]));
    expect(state).toEqual({ act: 'met', means: 'open', purpose: 'open', victim: 'met' });
    expect(row.elements.find((s) => s.element.key === 'means')!.element.label).toBe('Means: force, fraud or coercion');
  });

  it('a child victim: the means need not be proved (PTPA s. 7), and the row says so', () => {
    for (const id of ['ptpa-2018-3-2-2025', 'ptpa-2018-3-2-2018', 'ptpa-2018-3-1-2025']) {
      const row = find(['child', 'recruited']).find((f) => f.offence.id === id)!;
      expect(row.elements.find((s) => s.element.key === 'means'), id).toMatchObject({ state: 'met', excused: true });
    }
    // Not for other offences that name means.
    const b = find(['child', 'kidnapped', 'marriage']).find((f) => f.offence.id === 'ppc-365b-2025');
    expect(b?.elements.find((s) => s.element.key === 'means')?.excused).toBeUndefined();
  });

  it('an aggravated form ranks below its basic offence until one of its circumstances is met, then above', () => {
    const order = (facts: string[]) => ids(find(facts, CURRENT)).filter((id) => /^ptpa-2018-(3-1|4)-/.test(id));
    expect(order(['recruited', 'force'])).toEqual(['ptpa-2018-3-1-2025', 'ptpa-2018-4-2025']);
    expect(order(['recruited', 'force', 'organized-group'])).toEqual(['ptpa-2018-4-2025', 'ptpa-2018-3-1-2025']);
  });

  it('abetment and conspiracy follow the offences they refer to, after them', () => {
    const r = find(['recruited'], CURRENT);
    const kinds = r.map((f) => f.kind);
    expect(ids(r)).toEqual(expect.arrayContaining(['ptpa-2018-5-1-2025', 'ptpa-2018-5-2-2025']));
    expect(kinds.indexOf('abetment')).toBeGreaterThan(kinds.lastIndexOf('offence'));
  });

  it('the date alone offers nothing: meeting "after the Act came into force" does not make a bonded-labour offence relevant', () => {
    const extra = { extraMeets: { circumstances: ['after-commencement'] } };
    expect(ids(findProvisions(ALL, ['child', 'recruited'], extra)).filter((id) => id.startsWith('blsa'))).toEqual([]);
    const row = findProvisions(ALL, ['bond-enforced'], extra).find((f) => f.offence.id === 'blsa-1992-12-1992')!;
    expect(row.elements.find((s) => s.element.key === 'circumstances:after-commencement')!.state).toBe('met');
  });

  it('no facts, no rows; unknown fact ids in the URL are ignored', () => {
    expect(find([])).toEqual([]);
    expect(factsFromParams(new URLSearchParams('f=child&f=nonsense&f=child'))).toEqual(['child']);
  });
});
