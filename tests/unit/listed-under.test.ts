// The "Listed under" line of a search result (src/lib/listed-under.ts): each term once, and only
// where it tells the reader something the card's title and quoted text do not. The phrases are
// those the built search gave for "agwa", "bonded labour" and "kidnapping a child" before the fix.
import { describe, it, expect } from 'vitest';
import { listedUnder, listedDownTheList, glossaryNote, termStems } from '../../src/lib/listed-under.ts';

describe('listedUnder', () => {
  it('leaves out a term the title already names, in any of its forms', () => {
    expect(listedUnder(['Kidnapping', 'kidnap', 'kidnapped'], ['Section 359. Kidnapping — The Pakistan Penal Code (Act XLV of 1860)'])).toEqual([]);
    expect(listedUnder(['Abolition of the bonded labour system', 'bonded labour abolished', 'abolition of bonded labour'],
      ['Section 4. Abolition of bonded labour system — The Bonded Labour System (Abolition) Act, 1992'])).toEqual([]);
    expect(listedUnder(['Kidnapping from Pakistan', 'Kidnapping', 'kidnap'], ['Section 360. Kidnapping from Pakistan — The Pakistan Penal Code (Act XLV of 1860)'])).toEqual([]);
  });

  it('leaves out a term the quoted text already says', () => {
    expect(listedUnder(['consent of a child'], ['Section 7. Presumption in case of child victim', 'the prosecution may not prove … consent'])).toEqual([]);
  });

  it('names each term once: a later form of a phrase already named is dropped', () => {
    expect(listedUnder(['Advance (peshgi) and bonded debt', 'bonded debt', 'money or goods advanced to a labourer that ties him or his family to the creditor'],
      ['Section 2. Definitions — The Bonded Labour System (Abolition) Act, 1992'])).toEqual([
      'Advance (peshgi) and bonded debt', 'money or goods advanced to a labourer that ties him or his family to the creditor',
    ]);
    expect(listedUnder(['Kidnapping a child', 'child kidnapping', 'boy kidnapped'], ['Section 364-A. Kidnapping or abducting a person under the age of fourteen'])).toEqual(['Kidnapping a child', 'boy kidnapped']);
    expect(listedUnder(['Child', 'children', 'CHILD.'], [])).toEqual(['Child']);
  });

  it('keeps the longer phrase when it holds a shorter one already named', () => {
    expect(listedUnder(['bonded debt', 'Advance (peshgi) and bonded debt'], [])).toEqual(['Advance (peshgi) and bonded debt']);
  });

  it('keeps what tells the reader why the provision was found, at most three', () => {
    expect(listedUnder(['Kidnapping for ransom', 'kidnapped for money', 'kidnapping for ransom'], ['Section 365-A. Kidnapping or abducting for extorting property, valuable security, etc.']))
      .toEqual(['Kidnapping for ransom', 'kidnapped for money']);
    expect(listedUnder(['one', 'two', 'three', 'four'], [])).toEqual(['one', 'two', 'three']);
    expect(listedUnder(['اغوا'], ['Kidnapping'])).toEqual(['اغوا']);
  });

  it('drops what the card just above named', () => {
    expect(listedUnder(['Advance (peshgi) and bonded debt'], [], { before: ['Advance (peshgi) and bonded debt'] })).toEqual([]);
    expect(listedUnder(['Advance (peshgi) and bonded debt', 'kiln bondage'], [], { before: ['advance (peshgi) and bonded debts'] })).toEqual(['kiln bondage']);
  });
});

describe('listedDownTheList', () => {
  it('the federal and the Punjab text of a section, one after the other, name their terms once', () => {
    const fed = ['Advance (peshgi) and bonded debt', 'money or goods advanced to a labourer'];
    expect(listedDownTheList([fed, fed, ['bonded labour agreement binding'], ['bonded labour agreement binding'], [], fed]))
      .toEqual([fed, [], ['bonded labour agreement binding'], [], [], fed]);
  });
  it('a card names what the card above did not', () => {
    expect(listedDownTheList([['kidnapped for sodomy'], ['kidnapped for sodomy', 'kidnapped and killed']])).toEqual([['kidnapped for sodomy'], ['kidnapped and killed']]);
  });
});

describe('glossaryNote', () => {
  it('gives what the reader typed only where it is other words than the term', () => {
    expect(glossaryNote('Child', 'child')).toBe('Glossary: Child');
    expect(glossaryNote('Child', 'children')).toBe('Glossary: Child');
    expect(glossaryNote('Kidnapping', 'agwa')).toBe('Glossary: Kidnapping (agwa)');
    expect(glossaryNote('Kidnapping', 'اغوا')).toBe('Glossary: Kidnapping (اغوا)');
    expect(glossaryNote('Bonded labour', 'bonded labourers')).toBe('Glossary: Bonded labour');
  });
});

describe('termStems', () => {
  it('reads forms of one word alike and leaves the little words out', () => {
    expect([...termStems('kidnapped')]).toEqual([...termStems('Kidnapping')]);
    expect([...termStems('the abolition of bonded labour')].sort()).toEqual([...termStems('bonded labour abolished')].sort());
    expect(termStems('of the a')).toEqual(new Set());
  });
});
