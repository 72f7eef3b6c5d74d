import { describe, it, expect } from 'vitest';
import { citeLong, citeShort, citeHeadnote, practiceNumber } from '../../src/lib/citation-format.ts';

const ptpa = { fullTitle: 'The Prevention of Trafficking in Persons Act, 2018', abbreviation: 'PTPA', citation: { long: 'Prevention of Trafficking in Persons Act, 2018', short: 'PTPA 2018', headnote: 'Prevention of Trafficking in Persons Act (XXXIV of 2018)' } };
const ppc = { fullTitle: 'The Pakistan Penal Code', abbreviation: 'PPC', citation: { long: 'Pakistan Penal Code, 1860', short: 'PPC', headnote: 'Penal Code (XLV of 1860)' } };

describe('citation forms', () => {
  it('writes the forms Pakistani courts use', () => {
    expect(citeLong(ptpa, '3', '(2)')).toBe('section 3(2) of the Prevention of Trafficking in Persons Act, 2018');
    expect(citeShort(ptpa, '3', '(2)')).toBe('s. 3(2) PTPA 2018');
    expect(citeHeadnote(ptpa, '3', '(2)')).toBe('Prevention of Trafficking in Persons Act (XXXIV of 2018)---S. 3(2)');
  });
  it('writes PPC lettered sections as practitioners do', () => {
    expect(practiceNumber('371A')).toBe('371-A');
    expect(citeShort(ppc, '371A')).toBe('s. 371-A PPC');
  });
});
