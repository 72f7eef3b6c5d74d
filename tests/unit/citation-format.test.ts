import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { citeLong, citeShort, citeHeadnote, cite, citationClip, practiceNumber, practiceCitation, pinpointText, longDate, type CitableAct } from '../../src/lib/citation-format.ts';

// The Acts as the library holds them: a new Act without an expected citation below fails this test.
const ACTS_DIR = join(import.meta.dirname, '..', '..', 'content', 'acts');
const acts = Object.fromEntries(readdirSync(ACTS_DIR).filter((f) => f.endsWith('.yaml'))
  .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(ACTS_DIR, f), 'utf8')) as CitableAct]));

// One pinpoint per Act, in the three forms courts use.
const EXPECTED: Record<string, { number: string; pin: string; long: string; short: string; headnote: string }> = {
  'ptpa-2018': { number: '3', pin: '(2)', long: 'section 3(2) of the Prevention of Trafficking in Persons Act, 2018', short: 's. 3(2) PTPA 2018', headnote: 'Prevention of Trafficking in Persons Act (XXXIV of 2018)---S. 3(2)' },
  'psma-2018': { number: '6', pin: '(a)', long: 'section 6(a) of the Prevention of Smuggling of Migrants Act, 2018', short: 's. 6(a) PSMA 2018', headnote: 'Prevention of Smuggling of Migrants Act (XXVIII of 2018)---S. 6(a)' },
  ppc: { number: '371A', pin: '', long: 'section 371-A of the Pakistan Penal Code, 1860', short: 's. 371-A PPC', headnote: 'Penal Code (XLV of 1860)---S. 371-A' },
  'blsa-1992': { number: '11', pin: '', long: 'section 11 of the Bonded Labour System (Abolition) Act, 1992', short: 's. 11 BLSA 1992', headnote: 'Bonded Labour System (Abolition) Act (III of 1992)---S. 11' },
  'sindh-blsa-2015': { number: '2', pin: '(c)', long: 'section 2(c) of the Sindh Bonded Labour System (Abolition) Act, 2015', short: 's. 2(c) Sindh BLSA 2015', headnote: 'Sindh Bonded Labour System (Abolition) Act (XX of 2016)---S. 2(c)' },
  'blsa-1992-punjab': { number: '4', pin: '(1)', long: 'section 4(1) of the Bonded Labour System (Abolition) Act, 1992, as applied in the Punjab', short: 's. 4(1) BLSA 1992 (Punjab)', headnote: 'Bonded Labour System (Abolition) Act (III of 1992) (Punjab)---S. 4(1)' },
};

describe('citation forms', () => {
  it('writes the forms Pakistani courts use', () => {
    const ptpa = acts['ptpa-2018'];
    expect(citeLong(ptpa, '3', '(2)')).toBe('section 3(2) of the Prevention of Trafficking in Persons Act, 2018');
    expect(citeShort(ptpa, '3', '(2)')).toBe('s. 3(2) PTPA 2018');
    expect(citeHeadnote(ptpa, '3', '(2)')).toBe('Prevention of Trafficking in Persons Act (XXXIV of 2018)---S. 3(2)');
  });

  it('has an expected citation for every Act in the library, and writes each one right', () => {
    expect(Object.keys(acts).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [id, e] of Object.entries(EXPECTED)) {
      expect(cite('long', acts[id], e.number, e.pin), id).toBe(e.long);
      expect(cite('short', acts[id], e.number, e.pin), id).toBe(e.short);
      expect(cite('headnote', acts[id], e.number, e.pin), id).toBe(e.headnote);
    }
  });

  it('writes PPC lettered sections as practitioners do', () => {
    expect(practiceNumber('371A')).toBe('371-A');
    expect(practiceNumber('3')).toBe('3');
    expect(citeShort(acts.ppc, '371A')).toBe('s. 371-A PPC');
    expect(citeHeadnote(acts.ppc, '365B')).toBe('Penal Code (XLV of 1860)---S. 365-B');
    expect(citeShort(acts.ppc, '371A', ', Explanation(a)')).toBe('s. 371-A, Explanation (a), PPC');
  });
  it('writes an offence record\'s pinpoint citation in the same form, leaving a sub-section\'s letter alone', () => {
    expect(practiceCitation('365B')).toBe('365-B');
    expect(practiceCitation('371A(1)')).toBe('371-A(1)');
    expect(practiceCitation('376(1A)')).toBe('376(1A)');
    expect(practiceCitation('3(2)')).toBe('3(2)');
  });

  it('puts provisos and Explanations after the section with the commas running text needs', () => {
    const ptpa = acts['ptpa-2018'];
    expect(pinpointText(', Explanation(a)')).toBe(', Explanation (a)');
    expect(pinpointText('(3)(a)(i)')).toBe('(3)(a)(i)');
    expect(citeLong(ptpa, '10', '(1), proviso')).toBe('section 10(1), proviso, of the Prevention of Trafficking in Persons Act, 2018');
    expect(citeShort(ptpa, '10', '(1), proviso')).toBe('s. 10(1), proviso, PTPA 2018');
    expect(citeHeadnote(ptpa, '10', '(1), proviso')).toBe('Prevention of Trafficking in Persons Act (XXXIV of 2018)---S. 10(1), proviso');
  });

  it('cites the preamble by name', () => {
    expect(citeShort(acts['ptpa-2018'], 'preamble')).toBe('Preamble, PTPA 2018');
  });

  it('refuses an unknown form', () => {
    expect(() => cite('bluebook' as never, acts.ppc, '371A')).toThrow(/unknown citation form/);
  });
});

describe('what a cite control copies', () => {
  const ptpa = acts['ptpa-2018'];
  it('the citation alone by default', () => {
    expect(citationClip(ptpa, '3', '(2)', { form: 'short' })).toBe('s. 3(2) PTPA 2018');
  });
  it('names an earlier text, and adds the date and the words when asked', () => {
    expect(citationClip(ptpa, '3', '(2)', { form: 'short', earlierVersion: 'As enacted, 2018', currentTo: '2018-06-02', text: ' (2) If the offence\n of trafficking ' }))
      .toBe('s. 3(2) PTPA 2018 (As enacted, 2018) (text current to 2 June 2018)\n“(2) If the offence of trafficking”');
  });
  it('writes dates in words and leaves anything else alone', () => {
    expect(longDate('2025-04-23')).toBe('23 April 2025');
    expect(longDate('2025-13-01')).toBe('2025-13-01');
    expect(longDate('not a date')).toBe('not a date');
  });
});
