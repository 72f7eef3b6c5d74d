// The citation parser against the library's real catalogue: Act names from content/acts/*.yaml,
// section numbers from the current version's files in content/provisions/<act>/<version>/.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseCitations, parseCitation, isCitationOnly, actsOnly, pinpointId, practiceForm, type CatalogueAct } from '../../src/lib/citation-parse.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function loadCatalogue(): CatalogueAct[] {
  const dir = join(ROOT, 'content', 'acts');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => {
    const id = f.replace(/\.yaml$/, '');
    const y = parseYaml(readFileSync(join(dir, f), 'utf8'));
    const current = y.versions.find((v: { current: boolean }) => v.current);
    const vid = current.id instanceof Date ? current.id.toISOString().slice(0, 10) : String(current.id);
    const files = readdirSync(join(ROOT, 'content', 'provisions', id, vid)).filter((n) => n.endsWith('.mdx'));
    const numbers = files.map((n) => n.replace(/\.mdx$/, '')).map((n) => (n === 'preamble' ? n : n.slice(1).toUpperCase()));
    const provisions = numbers.map((n) => {
      const body = readFileSync(join(ROOT, 'content', 'provisions', id, vid, `${n === 'preamble' ? n : `s${n.toLowerCase()}`}.mdx`), 'utf8');
      const pins: Record<string, string> = {};
      for (const m of body.matchAll(/<L\s[^>]*?\bid="([^"]+)"[^>]*?\bcite="([^"]*)"/g)) pins[m[1]] = m[2];
      return { number: n, heading: '', citation: '', url: `/${id}/${n === 'preamble' ? n : `s${n.toLowerCase()}`}/`, pins };
    });
    return { act: id, abbreviation: y.abbreviation, aliases: y.aliases ?? [], shortTitle: y.shortTitle, fullTitle: y.fullTitle, citationShort: y.citation.short, numbers, provisions };
  });
}

const CAT = loadCatalogue();
const one = (q: string) => {
  const r = parseCitations(q, CAT);
  expect(r, `"${q}" should be read as a citation`).not.toBeNull();
  expect(r!.length, `"${q}" should give one citation`).toBe(1);
  return r![0];
};

describe('catalogue fixture', () => {
  it('holds the six Acts and their sections', () => {
    expect(CAT.map((a) => a.act).sort()).toEqual(['blsa-1992', 'blsa-1992-punjab', 'ppc', 'psma-2018', 'ptpa-2018', 'sindh-blsa-2015']);
    expect(CAT.find((a) => a.act === 'ppc')!.numbers).toContain('371A');
    expect(CAT.find((a) => a.act === 'ptpa-2018')!.numbers).toContain('3');
  });
});

describe('PPC section numbers in every practice form', () => {
  it.each(['371-A', '371A', '371a', '371 A', '371 a', '371‑A', '371–A', 's.371A', 's. 371-A', 'S.371-A', 'section 371-A', 'sec. 371A', 'u/s 371-A', 'U/S 371-A', 'u/s. 371-A', 'u.s. 371-A', '§ 371A', 's. 371-A PPC', 's.371-A P.P.C.', '371-A PPC', 'PPC 371-A', 'PPC s. 371-A', 'section 371-A of the Pakistan Penal Code', 'Pakistan Penal Code s 371A', 'Penal Code 371A', 'section 371-A, PPC'])(
    '%s -> s. 371-A PPC',
    (q) => {
      const c = one(q);
      expect(c.act).toBe('ppc');
      expect(c.section).toBe('371A');
      expect(c.exists).toBe(true);
      expect(c.label).toBe('s. 371-A PPC');
      expect(c.url).toBe('/ppc/s371a/');
    },
  );

  it('a bare number found only in the PPC is inferred to be the PPC', () => {
    for (const q of ['364A', '364-A', '365 A', '371', '377-B']) {
      const c = one(q);
      expect(c.act, q).toBe('ppc');
      expect(c.inferred, q).toBe(true);
    }
    expect(one('364A').url).toBe('/ppc/s364a/');
  });

  it('a bare number with a letter the library lacks is not linked', () => {
    const c = one('371-C');
    expect(c.section).toBe('371C');
    expect(c.exists).toBe(false);
    expect(c.act).toBeUndefined();
    expect(c.url).toBeUndefined();
  });

  it('a PPC section outside ss. 359–377B is named but does not exist in the library', () => {
    const c = one('s. 302 PPC');
    expect(c).toMatchObject({ act: 'ppc', section: '302', exists: false, label: 's. 302 PPC' });
    expect(c.url).toBeUndefined();
  });

  it('the omitted and repealed sections still resolve (their pages say so)', () => {
    expect(one('369-A').url).toBe('/ppc/s369a/');
    expect(one('s. 372 PPC').url).toBe('/ppc/s372/');
  });
});

describe('sections of the special Acts', () => {
  it('u/s 3(2) PTPA', () => {
    const c = one('u/s 3(2) PTPA');
    expect(c).toMatchObject({ act: 'ptpa-2018', section: '3', pinpoint: '(2)', exists: true, label: 's. 3(2) PTPA', anchor: 's3-2', url: '/ptpa-2018/s3/#s3-2' });
  });

  it('section 3 PTPA / PTPA 3(2) / PTPA s.3', () => {
    expect(one('section 3 PTPA')).toMatchObject({ act: 'ptpa-2018', section: '3', url: '/ptpa-2018/s3/' });
    expect(one('PTPA 3(2)')).toMatchObject({ act: 'ptpa-2018', section: '3', pinpoint: '(2)', url: '/ptpa-2018/s3/#s3-2' });
    expect(one('PTPA s.3')).toMatchObject({ act: 'ptpa-2018', section: '3' });
    expect(one('P.T.P.A. 3')).toMatchObject({ act: 'ptpa-2018', section: '3' });
    expect(one('PTPA 2018 s 4')).toMatchObject({ act: 'ptpa-2018', section: '4' });
    expect(one('s. 6 of PTPA')).toMatchObject({ act: 'ptpa-2018', section: '6' });
  });

  it('deep pinpoints link to the clause, or the nearest enclosing one', () => {
    expect(one('s. 3(3)(a)(i) PTPA')).toMatchObject({ pinpoint: '(3)(a)(i)', anchor: 's3-3-a-i', url: '/ptpa-2018/s3/#s3-3-a-i' });
    expect(one('s. 3 (3) (c) PTPA')).toMatchObject({ pinpoint: '(3)(c)', anchor: 's3-3-c' });
    // (9) does not exist in s. 3: the link goes to the section itself.
    const c = one('s. 3(9) PTPA');
    expect(c.pinpoint).toBe('(9)');
    expect(c.anchor).toBeUndefined();
    expect(c.url).toBe('/ptpa-2018/s3/');
    expect(one('s. 376(1A) PPC')).toMatchObject({ section: '376', pinpoint: '(1A)', label: 's. 376(1A) PPC', anchor: 's376-1a' });
  });

  it('S. 3 PSMA and the PSMA by its titles', () => {
    expect(one('S. 3 PSMA')).toMatchObject({ act: 'psma-2018', section: '3', url: '/psma-2018/s3/' });
    expect(one('s. 4 Prevention of Smuggling of Migrants Act')).toMatchObject({ act: 'psma-2018', section: '4' });
    expect(one('Prevention of Smuggling of Migrants Act, 2018, section 6(a)')).toMatchObject({ act: 'psma-2018', section: '6', pinpoint: '(a)', anchor: 's6-a' });
    expect(one('section 8 migrant smuggling act')).toMatchObject({ act: 'psma-2018', section: '8' });
  });

  it('Act short titles, with or without the year, before or after the number', () => {
    expect(one('Prevention of Trafficking in Persons Act s 3')).toMatchObject({ act: 'ptpa-2018', section: '3' });
    expect(one('The Prevention of Trafficking in Persons Act, 2018, s. 3')).toMatchObject({ act: 'ptpa-2018', section: '3' });
    expect(one('section 3 of the Prevention of Trafficking in Persons Act, 2018')).toMatchObject({ act: 'ptpa-2018', section: '3' });
    expect(one('s 13 trafficking act')).toMatchObject({ act: 'ptpa-2018', section: '13' });
  });

  it('the Bonded Labour Act, federal and Punjab', () => {
    expect(one('sec 11 bonded labour act')).toMatchObject({ act: 'blsa-1992', section: '11', url: '/blsa-1992/s11/' });
    expect(one('sec 11 bonded labor act')).toMatchObject({ act: 'blsa-1992', section: '11' });
    expect(one('s. 4 BLSA')).toMatchObject({ act: 'blsa-1992', section: '4' });
    expect(one('Bonded Labour System (Abolition) Act, 1992 s. 2')).toMatchObject({ act: 'blsa-1992', section: '2' });
    expect(one('BLSA Punjab s 11')).toMatchObject({ act: 'blsa-1992-punjab', section: '11', url: '/blsa-1992-punjab/s11/' });
    expect(one('s. 11 Punjab Bonded Labour Act')).toMatchObject({ act: 'blsa-1992-punjab', section: '11' });
    expect(one('s. 30 BLSA')).toMatchObject({ act: 'blsa-1992', section: '30', exists: false });
  });
});

describe('ambiguous bare numbers', () => {
  it('section 3 is in four Acts: candidates, no link', () => {
    const c = one('section 3');
    expect(c.act).toBeUndefined();
    expect(c.candidates?.sort()).toEqual(['blsa-1992', 'blsa-1992-punjab', 'psma-2018', 'ptpa-2018']);
    expect(c.exists).toBe(true);
    expect(c.url).toBeUndefined();
    expect(c.label).toBe('s. 3');
  });

  it('a bare 3(2) is ambiguous too', () => {
    expect(one('3(2)').candidates?.length).toBeGreaterThan(1);
  });

  it('s. 17 is in the PSMA and both BLSA texts, not the PTPA', () => {
    expect(one('s 17').candidates?.sort()).toEqual(['blsa-1992', 'blsa-1992-punjab', 'psma-2018']);
  });

  it('a number no Act holds', () => {
    expect(one('section 300')).toMatchObject({ section: '300', exists: false });
    expect(one('section 300').candidates).toBeUndefined();
  });
});

describe('several citations in one query', () => {
  it('u/s 371-A r/w 371-B PPC', () => {
    const r = parseCitations('u/s 371-A r/w 371-B PPC', CAT)!;
    expect(r.map((c) => [c.act, c.section])).toEqual([['ppc', '371A'], ['ppc', '371B']]);
  });

  it('read with, r.w., commas and "and"', () => {
    expect(parseCitations('s. 371-A read with s. 371-B PPC', CAT)!.map((c) => c.section)).toEqual(['371A', '371B']);
    expect(parseCitations('371-A r.w. 371-B', CAT)!.map((c) => c.act)).toEqual(['ppc', 'ppc']);
    expect(parseCitations('ss. 3, 4 and 5 PTPA', CAT)!.map((c) => `${c.act}:${c.section}`)).toEqual(['ptpa-2018:3', 'ptpa-2018:4', 'ptpa-2018:5']);
  });

  it('each group takes its own Act', () => {
    const r = parseCitations('s. 3 PTPA r/w s. 371-A PPC', CAT)!;
    expect(r.map((c) => `${c.act}:${c.section}`)).toEqual(['ptpa-2018:3', 'ppc:371A']);
    const r2 = parseCitations('PTPA 3 r/w PPC 371A', CAT)!;
    expect(r2.map((c) => `${c.act}:${c.section}`)).toEqual(['ptpa-2018:3', 'ppc:371A']);
    const r3 = parseCitations('PTPA 3(2) r/w 4', CAT)!;
    expect(r3.map((c) => `${c.act}:${c.section}`)).toEqual(['ptpa-2018:3', 'ptpa-2018:4']);
  });

  it('the same citation twice is given once', () => {
    expect(parseCitations('371-A 371A', CAT)!.length).toBe(1);
  });
});

describe('laws outside the library', () => {
  it('CrPC provisions are named, not linked', () => {
    for (const q of ['u/s 161 CrPC', 's. 161 Cr.P.C.', 'section 161 Code of Criminal Procedure', 'CrPC 22-A', 's.497 Cr.PC']) {
      const c = one(q);
      expect(c.outside?.abbreviation, q).toBe('CrPC');
      expect(c.act, q).toBeUndefined();
      expect(c.exists, q).toBe(false);
      expect(c.url, q).toBeUndefined();
    }
    expect(one('CrPC 22-A').section).toBe('22A');
    expect(one('u/s 22 A CrPC').section).toBe('22A');
  });

  it('a library Act and the CrPC in one query', () => {
    const r = parseCitations('u/s 3 PTPA r/w 161 CrPC', CAT)!;
    expect(r[0]).toMatchObject({ act: 'ptpa-2018', section: '3', exists: true });
    expect(r[1]).toMatchObject({ section: '161', outside: { abbreviation: 'CrPC' } });
  });

  it('other laws practitioners cite', () => {
    expect(one('s. 7 ATA').outside?.abbreviation).toBe('ATA');
    expect(one('Article 46 QSO')).toBeTruthy();
  });
});

describe('queries that are not citations', () => {
  it.each([
    'coercion',
    'debt bondage',
    'recruits, harbours, transports',
    'ten years imprisonment',
    'fine of 1 million rupees',
    'punishment under 10 years',
    'trafficking act',
    'PTPA',
    'Prevention of Trafficking in Persons Act, 2018',
    'selling a girl for prostitution',
    '',
    '   ',
    '2018',
    '<img src=x onerror=alert(1)>',
  ])('%s -> null', (q) => {
    expect(parseCitations(q, CAT)).toBeNull();
  });

  it('a three-figure number only the PPC holds is read as a citation even among words', () => {
    expect(one('rape 376')).toMatchObject({ act: 'ppc', section: '376', inferred: true });
    expect(one('what does 371 say')).toMatchObject({ act: 'ppc', section: '371' });
    expect(parseCitations('under 18 girl', CAT)).toBeNull();
    expect(parseCitations('fine 100 rupees', CAT)).toBeNull();
  });

  it('a possessive is not the "s" of "s. 3"', () => {
    expect(parseCitations("victim's 3 children", CAT)).toBeNull();
    expect(one("s. 7 Foreigner's Act").outside?.abbreviation).toBe('Foreigners Act');
  });

  it('a letter after a number is not a suffix unless the section exists or is written as one', () => {
    // "3 a" is not s. 3A: the library has no 3A and the letter is an article.
    const c = one('section 3 a victim');
    expect(c.section).toBe('3');
  });

  it('parseCitation returns the first citation or null', () => {
    expect(parseCitation('u/s 371-A r/w 371-B PPC', CAT)?.section).toBe('371A');
    expect(parseCitation('coercion', CAT)).toBeNull();
  });

  it('works with an empty catalogue', () => {
    expect(parseCitations('s. 3 PTPA', [])).toEqual([{ section: '3', exists: false, label: 's. 3' }]);
  });
});

describe('citation-only queries and Act names alone', () => {
  it('isCitationOnly: nothing but citations', () => {
    expect(isCitationOnly('u/s 371-A r/w 371-B PPC', CAT)).toBe(true);
    expect(isCitationOnly('section 3 of the Prevention of Trafficking in Persons Act, 2018', CAT)).toBe(true);
    expect(isCitationOnly('364A', CAT)).toBe(true);
    expect(isCitationOnly('punishment u/s 371-A', CAT)).toBe(false);
    expect(isCitationOnly('coercion', CAT)).toBe(false);
  });
  it('actsOnly: a query that only names Acts', () => {
    expect(actsOnly('PTPA', CAT)).toEqual(['ptpa-2018']);
    expect(actsOnly('Bonded Labour Act', CAT)).toEqual(['blsa-1992']);
    expect(actsOnly('The Prevention of Smuggling of Migrants Act, 2018', CAT)).toEqual(['psma-2018']);
    expect(actsOnly('PTPA and PSMA', CAT)).toEqual(['ptpa-2018', 'psma-2018']);
    expect(actsOnly('PTPA victims', CAT)).toBeNull();
    expect(actsOnly('s. 3 PTPA', CAT)).toBeNull();
    expect(actsOnly('coercion', CAT)).toBeNull();
  });
});

describe('helpers', () => {
  it('pinpointId', () => {
    expect(pinpointId('3', '(2)')).toBe('s3-2');
    expect(pinpointId('3', '(3)(a)(i)')).toBe('s3-3-a-i');
    expect(pinpointId('371A')).toBe('s371a');
  });
  it('practiceForm', () => {
    expect(practiceForm('371A')).toBe('371-A');
    expect(practiceForm('3')).toBe('3');
  });
});

describe('pinpoints of every form go to the line, labelled as printed', () => {
  it.each([
    ['section 3 sub-section 2 PTPA', 'ptpa-2018', 's3-2', 's. 3(2) PTPA'],
    ['s. 3 subsection (2) of the PTPA', 'ptpa-2018', 's3-2', 's. 3(2) PTPA'],
    ['s.10(1) proviso PTPA', 'ptpa-2018', 's10-1-proviso', 's. 10(1), proviso PTPA'],
    ['s. 375 Explanation 3 PPC', 'ppc', 's375-expl-3', 's. 375, Explanation 3 PPC'],
    ['376(1A)', 'ppc', 's376-1a', 's. 376(1A) PPC'],
    ['376(1-A) PPC', 'ppc', 's376-1a', 's. 376(1A) PPC'],
    ['361 PPC Exception', 'ppc', 's361-exception', 's. 361, Exception PPC'],
    ['s. 364 Illustration PPC', 'ppc', 's364-illus', 's. 364, Illustrations PPC'],
    ['s. 4 Explanation PTPA', 'ptpa-2018', 's4-expl', 's. 4, Explanation PTPA'],
    ['BLSA s. 6(5) proviso', 'blsa-1992', 's6-5-proviso', 's. 6(5), proviso BLSA'],
    ['s 4(1)(b) Prevention of Smuggling of Migrants Act', 'psma-2018', 's4-1-b', 's. 4(1)(b) PSMA'],
    ['section 3 sub-section 3 clause (c) PTPA', 'ptpa-2018', 's3-3-c', 's. 3(3)(c) PTPA'],
    // The pinpoint named before its section, as a charge or a judgment says it.
    ['proviso to section 10(1) of PTPA', 'ptpa-2018', 's10-1-proviso', 's. 10(1), proviso PTPA'],
    ['Explanation 2 to s. 375 PPC', 'ppc', 's375-expl-2', 's. 375, Explanation 2 PPC'],
    ['Illustration (b) to s. 364 PPC', 'ppc', 's364-illus-b', 's. 364, Illustrations(b) PPC'],
    ['clause (b) of sub-section (1) of section 4 PSMA', 'psma-2018', 's4-1-b', 's. 4(1)(b) PSMA'],
    // A section's only proviso, cited without the sub-section it stands under.
    ['proviso to s. 10 PTPA', 'ptpa-2018', 's10-1-proviso', 's. 10(1), proviso PTPA'],
    // Abbreviated and bare forms.
    ['sub-s (2) of s 3 PTPA', 'ptpa-2018', 's3-2', 's. 3(2) PTPA'],
    ['Expl 1 s375', 'ppc', 's375-expl-1', 's. 375, Explanation 1 PPC'],
    // A province's text named with the province first.
    ['Punjab BLSA s. 2(ff)', 'blsa-1992-punjab', 's2-ff', 's. 2(ff) BLSA Punjab'],
  ])('%s', (q, act, anchor, label) => {
    const c = one(q);
    expect(c).toMatchObject({ act, anchor, label, exists: true });
    expect(c.url).toMatch(new RegExp(`#${anchor}$`));
    expect(c.pinpointMissing).toBeUndefined();
  });

  it('"Explanation 3" is a pinpoint of the section, never section 3', () => {
    const all = parseCitations('s. 375 Explanation 3 PPC', CAT)!;
    expect(all.map((c) => c.section)).toEqual(['375']);
  });

  it('a pinpoint the section does not have says so, and offers the section or the nearest line', () => {
    const expl = one('s. 375 Explanation 7 PPC');
    expect(expl).toMatchObject({ act: 'ppc', section: '375', exists: true, pinpointMissing: ', Explanation 7', url: '/ppc/s375/' });
    expect(expl.anchor).toBeUndefined();
    const proviso = one('s. 3(2) proviso PTPA');
    expect(proviso.pinpointMissing).toBe('(2), proviso');
    expect(proviso).toMatchObject({ anchor: 's3-2', url: '/ptpa-2018/s3/#s3-2' });
  });

  it('a pinpoint before a number that is not "to"/"of" its section stays apart: "3 to 5" is still a range', () => {
    expect(parseCitations('3 to 5 PTPA', CAT)!.map((c) => c.label)).toEqual(['s. 3 PTPA', 's. 5 PTPA']);
    // s. 3 PTPA has no proviso: said so, never a proviso of another section.
    expect(one('proviso to s. 3 PTPA')).toMatchObject({ section: '3', pinpointMissing: ', proviso', url: '/ptpa-2018/s3/' });
  });

  it('Urdu words beside an Act’s name or a section are words to search: the query is neither Act-only nor citation-only', () => {
    expect(actsOnly('انسانی ٹریفکنگ کی سزا PTPA', CAT)).toBeNull();
    expect(isCitationOnly('دفعہ 365 اغوا', CAT)).toBe(false);
    expect(isCitationOnly('دفعہ 365-اے', CAT)).toBe(true);
  });

  it('the word "explanation" in a question is not a citation', () => {
    expect(parseCitations('explanation of rape', CAT)).toBeNull();
  });
});

describe('citations typed in Urdu or Roman Urdu', () => {
  it.each([
    ['دفعہ 371 اے تعزیرات پاکستان', 'ppc', '371A'],
    ['دفعہ ۳۷۶ ت پ', 'ppc', '376'],
    ['dafa 365-A PPC', 'ppc', '365A'],
    ['zer e dafa 3 PTPA', 'ptpa-2018', '3'],
  ])('%s', (q, act, section) => {
    const c = parseCitations(q, CAT)?.[0];
    expect(c).toMatchObject({ act, section, exists: true });
  });
});
