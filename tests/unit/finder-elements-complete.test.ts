// "Elements met" must not overclaim: every required element of a provision is recorded, and one
// fact that bundles several acts ("recruited … or obtained") does not meet a narrower element
// (buying). Read from the real offence data.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadOffences } from '../../src/lib/offences.ts';
import { findProvisions, FACTS } from '../../src/lib/finder/index.ts';

const records = loadOffences(join(import.meta.dirname, '..', '..', 'content'));
const all = (facts: string[], id: string) => findProvisions(records, facts).find((f) => f.offence.id === id);

describe('elements met are not overclaimed', () => {
  it('PPC s. 368 needs the person to have been kidnapped or abducted: "confined" alone does not meet it all', () => {
    const f = all(['bonded-labourer', 'confined'], 'ppc-368-2025')!;
    expect(f.met).toBeLessThan(f.total);
    expect(f.elements.find((e) => e.state === 'open')?.element.label).toMatch(/kidnapped or abducted/);
    const g = all(['kidnapped', 'confined'], 'ppc-368-2025')!;
    expect(g.met).toBe(g.total);
  });
  it('PPC s. 371B (buys, hires or obtains possession) is not met by "recruited … or obtained"', () => {
    const f = all(['recruited', 'sexual-exploitation'], 'ppc-371b-2025');
    expect(f === undefined || f.met < f.total).toBe(true);
    const g = all(['bought', 'sexual-exploitation'], 'ppc-371b-2025')!;
    expect(g.met).toBe(g.total);
  });
  it('no record of two or more elements is "all elements met" by a single generic fact', () => {
    // Generic: a victim status, a movement, a means, a purpose, or a conduct fact that bundles
    // several acts. (A fact naming one provision's own conduct, e.g. "took payment on a bonded
    // debt after it was extinguished", may meet that provision whole.)
    const GENERIC = new Set(['recruited', 'kidnapped', 'sold', 'bought', 'confined', 'harboured']);
    const over: string[] = [];
    for (const fact of FACTS.filter((f) => ['victim', 'movement', 'means', 'purpose'].includes(f.group) || GENERIC.has(f.id))) {
      for (const f of findProvisions(records, [fact.id])) {
        if (f.kind === 'offence' && f.total >= 2 && f.met === f.total) over.push(`${fact.id} -> ${f.offence.id}`);
      }
    }
    expect(over).toEqual([]);
  });
});

describe('generic facts do not offer unrelated offences (fault 3)', () => {
  const ids = (facts: string[]) => findProvisions(records, facts).map((f) => f.offence.id);
  it('a forced-labour case by force is not offered s. 374(2) (prisoner of war into the armed forces)', () => {
    expect(ids(['compelled-work', 'force'])).not.toContain('ppc-374-2-2025');
    expect(ids(['compelled-military', 'prisoner-of-war'])).toContain('ppc-374-2-2025');
  });
  it('"child" alone offers nothing on age alone: not s. 377B', () => {
    expect(ids(['child'])).not.toContain('ppc-377b-2025');
    expect(ids(['child', 'sexual-abuse'])).toContain('ppc-377b-2025');
  });
});

describe('internal cases are not offered the smuggling offences (fault 3)', () => {
  const ids = (facts: string[]) => findProvisions(records, facts).map((f) => f.offence.id);
  it('brick kiln and begging within Pakistan: no PSMA provision', () => {
    expect(ids(['bonded-labourer', 'confined', 'compelled-work', 'within-pakistan']).filter((i) => i.startsWith('psma'))).toEqual([]);
    expect(ids(['child', 'organized-beggary', 'recruited', 'within-pakistan']).filter((i) => i.startsWith('psma'))).toEqual([]);
  });
  it('a foreigner without status harboured for benefit: PSMA s. 5 is offered', () => {
    expect(ids(['foreigner-unlawful', 'confined'])).toContain('psma-2018-5-2025');
  });
});
