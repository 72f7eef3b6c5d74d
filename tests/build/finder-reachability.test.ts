// Every offence record can be offered by some combination of the finder's facts. A record no fact
// reaches is invisible to a prosecutor who uses the finder; this test lists any such record.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadOffences } from '../../src/lib/offences.ts';
import { FACTS, findProvisions, elementsOf, DERIVATIVE_ACTS } from '../../src/lib/finder/index.ts';
import { ROOT } from '../support/site.ts';

const records = loadOffences(join(ROOT, 'content'));

/** The smallest set of facts (one, then two) that offers the record, or null. */
function reach(id: string): string[] | null {
  const offered = (facts: string[]) => findProvisions(records, facts).some((f) => f.offence.id === id);
  for (const a of FACTS) if (offered([a.id])) return [a.id];
  for (const [i, a] of FACTS.entries()) for (const b of FACTS.slice(i + 1)) if (offered([a.id, b.id])) return [a.id, b.id];
  return null;
}

describe('reachability of the offence records by the finder', () => {
  it(`every one of the ${records.length} records is offered by some facts (the list names any that is not)`, () => {
    expect(records.length).toBeGreaterThanOrEqual(58);
    const unreachable = records.filter((r) => reach(r.id) === null).map((r) => r.id);
    expect(unreachable, `records no combination of facts offers: ${unreachable.join(', ')}`).toEqual([]);
  });

  it('the fourteen records the old finder could never offer are each reached', () => {
    const were = ['ppc-364-2025', 'ppc-365-2025', 'ppc-365a-2025', 'ppc-367a-2025', 'ppc-368-2025', 'ppc-370-2025', 'ppc-371-2025', 'ppc-374-2-2025', 'ppc-375a-2025', 'ppc-376-1-2025', 'ppc-376-1a-2025', 'ppc-376-4-2025', 'ppc-376a-1-2025', 'ppc-377-2025'];
    for (const id of were) expect(reach(id), id).not.toBeNull();
  });

  it('no record is offered for facts its words exclude: its reaching facts plus a fact that rules out a required element drop it', () => {
    const wrong: string[] = [];
    for (const r of records.filter((x) => !x.elements.act.some((t) => DERIVATIVE_ACTS.includes(t)))) {
      const seed = reach(r.id)!;
      const ticked = FACTS.filter((f) => seed.includes(f.id));
      for (const f of FACTS) {
        const cat = (m: unknown, c: string) => ((m as Record<string, readonly string[]> | undefined)?.[c] ?? []);
        const rulesOut = elementsOf(r).some((e) => !e.evidenceOnly
          && !ticked.some((t) => e.anyOf.some((x) => cat(t.meets, e.category).includes(x)))
          && e.anyOf.every((x) => [...ticked, f].some((t) => cat(t.contradicts, e.category).includes(x)) && ![...ticked, f].some((t) => cat(t.admits, e.category).includes(x))));
        if (rulesOut && findProvisions(records, [...seed, f.id]).some((x) => x.offence.id === r.id)) wrong.push(`${r.id} <- ${[...seed, f.id].join('+')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the records the review found hard to reach are reached by the facts that state them', () => {
    const by = (id: string, facts: string[]) => findProvisions(records, facts).find((f) => f.offence.id === id);
    expect(by('ppc-367a-2025', ['kidnapped', 'unnatural-lust'])?.met).toBe(2);
    expect(by('ppc-366b-2025', ['girl', 'brought-in', 'sexual-exploitation'])?.met).toBe(4);
    expect(by('ppc-365b-induce-2025', ['adult-woman', 'kidnapped', 'coercion', 'sexual-exploitation'])?.met).toBe(4);
    expect(by('blsa-1992-13-1992', ['property-kept', 'property-before-commencement'])?.met).toBe(3);
  });
});
