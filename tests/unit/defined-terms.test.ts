// Defined terms read from the real definitions provisions, their scope, and finding them in text.
import { describe, it, expect } from 'vitest';
import { statuteLinesFromMdx, findTermOccurrences, termApplies, type DefinedTerm } from '../../src/lib/defined-terms.ts';
import { termsOf } from '../support/corpus.ts';

const PTPA = termsOf('ptpa-2018', '2025-04-23');
const PTPA_1 = termsOf('ptpa-2018', '2018-06-02');
const PSMA = termsOf('psma-2018', '2025-04-21');
const BLSA = termsOf('blsa-1992', '1992-03-17');
const BLSA_P = termsOf('blsa-1992-punjab', '2012-02-11');
const PPC = termsOf('ppc', '2025-11-30');
const get = (terms: DefinedTerm[], term: string) => {
  const t = terms.find((x) => x.term === term);
  if (!t) throw new Error(`no term "${term}" in ${terms[0]?.act}`);
  return t;
};

describe('statuteLinesFromMdx', () => {
  it('gives each <L> line as plain text: markers dropped, escapes undone, headings kept as words', () => {
    const body = '<L id="s2-fa" akn="x" kind="para" cite="(fa)" depth={0}>\n<Fn f="F1" s="2" k={1} />\\[(fa) “sexual exploitation” means\\]\n</L>\n\n<L id="s9-text-1" akn="y" kind="text" cite="" depth={1}>\n<Hd>9\\. Cognizance.</Hd>—An offence\n</L>';
    expect(statuteLinesFromMdx(body)).toEqual([
      { id: 's2-fa', depth: 0, cite: '(fa)', text: '[(fa) “sexual exploitation” means]' },
      { id: 's9-text-1', depth: 1, cite: '', text: '9. Cognizance.—An offence' },
    ]);
  });
});

describe('definitions in the texts', () => {
  it('PTPA s. 2 (current): every term in curly quotes, with its pinpoint and the words of the definition', () => {
    expect(PTPA.filter((t) => t.number === '2').map((t) => [t.term, t.pin])).toEqual([
      ['child', 's2-a'], ['Code', 's2-b'], ['Government', 's2-c'], ['Penal Code', 's2-d'], ['prescribed', 's2-e'],
      ['Provincial Government', 's2-f'], ['sexual exploitation', 's2-fa'], ['victim', 's2-g'],
    ]);
    const child = get(PTPA, 'child');
    expect(child).toMatchObject({ act: 'ptpa-2018', version: '2025-04-23', number: '2', pin: 's2-a', cite: 's. 2(a)', scope: { kind: 'act' } });
    expect(child.definition).toBe('“child” means a person under eighteen years of age;');
    // Inserted in 2025: not in the Act as enacted.
    expect(PTPA_1.some((t) => t.term === 'sexual exploitation')).toBe(false);
  });

  it('PTPA s. 3(3): "In this section" terms apply in s. 3 only; sub-clauses are part of the definition', () => {
    const coercion = get(PTPA, 'coercion');
    expect(coercion.scope).toEqual({ kind: 'sections', sections: ['3'] });
    expect(coercion.lines).toEqual(['s3-3-a', 's3-3-a-i', 's3-3-a-ii', 's3-3-a-iii', 's3-3-a-iv']);
    expect(coercion.definition).toMatch(/^“coercion” means use or threat of use of force.*\(iv\) psychological pressure;/);
    expect(get(PTPA, 'organized beggary').lines).toHaveLength(6);
    expect(get(PTPA, 'compelled labour').scope).toEqual({ kind: 'sections', sections: ['3'] });
    expect(termApplies(coercion, '3')).toBe(true);
    expect(termApplies(coercion, '7')).toBe(false);
  });

  it('PTPA s. 4 Explanation: ‘organized criminal group’, in single quotes, for s. 4', () => {
    const ocg = get(PTPA, 'organized criminal group');
    expect(ocg).toMatchObject({ pin: 's4-expl', cite: 's. 4, Explanation', scope: { kind: 'sections', sections: ['4'] } });
    expect(ocg.definition).toMatch(/^‘organized criminal group’ means a structured group of two or more persons/);
  });

  it('PSMA s. 2: single quotes, "includes" and "shall have the same meaning"', () => {
    expect(PSMA.map((t) => t.term)).toEqual([
      'benefit', 'Code', 'Government', 'illegal entry', 'harbour', 'migrant', 'organized criminal group', 'Penal Code', 'smuggling of migrants', 'smuggled migrant',
    ]);
    expect(get(PSMA, 'benefit').definition).toBe('‘benefit’ includes monetary profit, proceeds or payment in cash or in kind;');
    expect(get(PSMA, 'harbour').definition).toBe('‘harbour’ shall have the same meaning as in section 52-A of the Penal Code;');
    expect(get(PSMA, 'organized criminal group').scope).toEqual({ kind: 'act' });
  });

  it('BLSA s. 2: the mismatched quotes of "nominal wages’, and a qualifier before "means"', () => {
    expect(BLSA.filter((t) => t.number === '2').map((t) => t.term)).toEqual([
      'advance (peshgi)', 'bonded debt', 'bonded labour', 'bonded labourer', 'bonded labour system', 'family', 'nominal wages', 'prescribed',
    ]);
    const nw = get(BLSA, 'nominal wages');
    expect(nw.definition).toMatch(/^"nominal wages’, in relation to any labour, means a wage which is less than,— \(a\) the minimum wages/);
    expect(nw.lines).toEqual(['s2-g', 's2-g-a', 's2-g-b']);
    expect(get(BLSA, 'bonded labour system').lines).toHaveLength(10);
    // The Punjab text: "bonded labourer” (straight then curly), and its own "Government".
    expect(get(BLSA_P, 'bonded labourer').pin).toBe('s2-d');
    expect(get(BLSA_P, 'Government').definition).toBe('"Government" means Government of the Punjab;');
    expect(BLSA.some((t) => t.term === 'Government')).toBe(false);
  });

  it('BLSA ss. 14 and 18: Explanations "for the purposes of this section"', () => {
    expect(get(BLSA, 'abetment').scope).toEqual({ kind: 'sections', sections: ['14'] });
    expect(get(BLSA, 'company')).toMatchObject({ pin: 's18-expl-a', scope: { kind: 'sections', sections: ['18'] } });
    expect(get(BLSA, 'director').definition).toBe('“director”, in relation to a firm, means a partner in the firm.');
  });

  it('PPC: s. 361, s. 371A ("this section and section 371B"), s. 374, s. 375 and its Explanations', () => {
    expect(get(PPC, 'lawful guardian')).toMatchObject({ pin: 's361-expl', scope: { kind: 'sections', sections: ['361'] } });
    expect(get(PPC, 'illicit intercourse').scope).toEqual({ kind: 'sections', sections: ['371A', '371B'] });
    expect(termApplies(get(PPC, 'illicit intercourse'), '371B')).toBe(true);
    expect(termApplies(get(PPC, 'illicit intercourse'), '366A')).toBe(false);
    expect(get(PPC, 'prisoner of war').pin).toBe('s374-expl');
    expect(get(PPC, 'protected person').pin).toBe('s374-expl');
    expect(get(PPC, 'vagina').scope).toEqual({ kind: 'sections', sections: ['375'] });
    expect(get(PPC, 'person')).toMatchObject({ pin: 's375-expl-3-text-1', scope: { kind: 'chapter' } });
    const rape = get(PPC, 'rape');
    expect(rape.pin).toBe('s375-text-1');
    expect(rape.definition).toMatch(/^A person A is said to commit “rape” if A— \(a\) penetrates/);
    // Explanation 3 ("“rape” includes “gang rape”") adds to it: the term is not linked there either.
    expect(rape.lines).toContain('s375-expl-3-text-1');
    expect(PPC.filter((t) => t.term === 'rape')).toHaveLength(1);
  });
});

describe('findTermOccurrences', () => {
  const found = (text: string, terms: DefinedTerm[]) => findTermOccurrences(text, terms).map((o) => [o.text, o.term.term]);

  it('finds whole words, plurals and a capital first letter; longest term first', () => {
    expect(found('a victim or victims of a child; Child victims', PTPA)).toEqual([
      ['victim', 'victim'], ['victims', 'victim'], ['child', 'child'], ['Child', 'child'], ['victims', 'victim'],
    ]);
    expect(found('the bonded labour system and a bonded labourer', BLSA)).toEqual([
      ['bonded labour system', 'bonded labour system'], ['bonded labourer', 'bonded labourer'],
    ]);
    expect(found('any advance (peshgi) made', BLSA)).toEqual([['advance (peshgi)', 'advance (peshgi)']]);
    expect(found('childhood victimisation', PTPA)).toEqual([]);
  });

  it('does not take a capitalised term inside a longer proper name', () => {
    expect(found('The Government or a Provincial Government', PTPA)).toEqual([
      ['Government', 'Government'], ['Provincial Government', 'Provincial Government'],
    ]);
    expect(found('the Federal Government', PTPA)).toEqual([]);
    expect(found('the Government of a Province', PTPA)).toEqual([]);
    expect(found('the Pakistan Penal Code and the Penal Code', PTPA)).toEqual([['Penal Code', 'Penal Code']]);
    expect(found('the Code of Criminal Procedure; under the Code', PTPA)).toEqual([['Code', 'Code']]);
    expect(found('the Special Court (Central)', PTPA)).toEqual([]);
  });
});
