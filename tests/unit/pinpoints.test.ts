import { describe, it, expect } from 'vitest';
import { assignPinpoints, assignPreamblePins } from '../../src/lib/pinpoints.ts';

const ids = (sec: string, lines: string[]) => assignPinpoints(sec, lines).map((p) => p.id);

describe('assignPinpoints', () => {
  it('numbers sub-sections, clauses and sub-clauses (PTPA s. 3)', () => {
    const pins = assignPinpoints('3', [
      '3. Trafficking in persons.—(1) Any person …',
      '(2) If the offence …',
      '(3) In this section:',
      '(a) “coercion” means …—',
      '(i) threat of harm …;',
      '(ii) any scheme …;',
      '(b) “compelled labour” includes …',
      '{F2}[(4) A victim’s consent …]',
    ]);
    expect(pins.map((p) => p.id)).toEqual(['s3-1', 's3-2', 's3-3', 's3-3-a', 's3-3-a-i', 's3-3-a-ii', 's3-3-b', 's3-4']);
    expect(pins[4]).toMatchObject({ akn: 'sec_3__subsec_3__para_a__subpara_i', cite: '(3)(a)(i)', depth: 2 });
  });

  it('reads clause (i) after (h) as a letter, and (i) after (i) as a roman numeral (PSMA s. 2)', () => {
    expect(ids('2', ['2. Definitions.—In this Act,—', '(h) ‘Penal Code’ …;', '(i) ‘smuggling of migrants’ means …,—', '(i) is a foreigner …;', '(ii) is a citizen …; and', '(j) ‘smuggled migrant’ …'])).toEqual(
      ['s2-text-1', 's2-h', 's2-i', 's2-i-i', 's2-i-ii', 's2-j'],
    );
  });

  it('nests a list that restarts inside a clause and returns to the outer run (BLSA s. 2(g))', () => {
    expect(ids('2', ['2. Definitions.—In this Act,—', '(f) “family” …', '(g) "nominal wages’ … less than,—', '(a) the minimum wages …', '(b) where no such …', '(h) “prescribed” …'])).toEqual(
      ['s2-text-1', 's2-f', 's2-g', 's2-g-a', 's2-g-b', 's2-h'],
    );
  });

  it('places an inserted clause (fa) between (f) and (g)', () => {
    expect(ids('2', ['2. Definitions.—In this Act,—', '(f) x', '{F1}[(fa) “sexual exploitation” …]', '(g) “victim” …'])).toEqual(['s2-text-1', 's2-f', 's2-fa', 's2-g']);
  });

  it('gives provisos, explanations, wrap-up text and illustrations their own ids', () => {
    expect(ids('4', ['4. Aggravating circumstances.—Where an offence …:', '(a) serious injury …;', '(d) repetition …;', 'the offender shall be punished …', 'Explanation.—In this section …'])).toEqual(
      ['s4-text-1', 's4-a', 's4-d', 's4-text-2', 's4-expl'],
    );
    expect(ids('10', ['10. Cognizance.—(1) Notwithstanding …:', 'Provided that …', '(2) Where …'])).toEqual(['s10-1', 's10-1-proviso', 's10-2']);
    expect(ids('364', ['364. Kidnapping …—Whoever …', 'Illustrations', '(a) A kidnaps Z …', '(b) A forcibly …'])).toEqual(['s364-text-1', 's364-illus', 's364-illus-a', 's364-illus-b']);
  });

  it('numbers numbered explanations and keeps ids unique', () => {
    const got = ids('375', ['375. Rape.—A person A …', '(a) penetrates …', 'firstly, against B’s will;', 'Explanation 1.—…', 'Explanation 2.—…', 'Provided that …']);
    expect(got).toEqual(['s375-text-1', 's375-a', 's375-firstly', 's375-expl-1', 's375-expl-2', 's375-expl-2-proviso']);
    expect(new Set(got).size).toBe(got.length);
  });
});

describe('assignPreamblePins', () => {
  it('names the Act number, long title, preamble and enacting formula', () => {
    expect(assignPreamblePins(['ACT NO. XXXIV OF 2018', 'An Act to prevent …', 'WHEREAS it is necessary …', 'AND WHEREAS …', 'It is hereby enacted as follows:—']).map((p) => p.id)).toEqual(
      ['actno', 'longtitle', 'preamble-1', 'preamble-2', 'enacting'],
    );
  });
});
