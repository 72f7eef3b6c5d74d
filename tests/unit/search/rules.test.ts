// The single rules of query understanding, each with its failure modes.
import { describe, it, expect } from 'vitest';
import { normaliseUrdu, tokens, romanKey } from '../../../src/lib/search/normalise.ts';
import { suggest, editDistance, realWordsNotSlips } from '../../../src/lib/search/spelling.ts';
import { wordForm, joinPair } from '../../../src/lib/search/words.ts';
import { sameGlossaryWord, englishStem, withParallelTexts, provisionPriors, glossaryIndex, matchGlossary, everydayWords, type GlossaryTerm } from '../../../src/lib/search/glossary.ts';
import { rank, headingShare, decisivePrior, type Candidate } from '../../../src/lib/search/rank.ts';
import { citationForms } from '../../../src/lib/search/citation-forms.ts';
import { agesIn, amountsIn, ageBoundsIn, ageLimitsIn, deniedIn } from '../../../src/lib/search/story-facts.ts';
import { definedShare } from '../../../src/lib/search/defines.ts';
import { countSentence } from '../../../src/lib/search/status-text.ts';
import type { Understood } from '../../../src/lib/search/understand.ts';

describe('normalise', () => {
  it('one spelling for Urdu typed with Arabic letters or diacritics', () => {
    expect(normaliseUrdu('اغواء')).toBe('اغوا');
    expect(normaliseUrdu('بچي')).toBe('بچی');
    expect(normaliseUrdu('زِنا')).toBe('زنا');
  });
  it('tokens keep hyphens inside words and drop possessives', () => {
    expect(tokens("Father's non-bailable, LOAN")).toEqual(['father', 'non-bailable', 'loan']);
    expect(tokens('اغوا، تاوان')).toEqual(['اغوا', 'تاوان']);
  });
  it('Roman Urdu spellings of one word share a key; different words do not', () => {
    expect(romanKey('zayadti')).toBe(romanKey('ziadti'));
    expect(romanKey('bheekh')).toBe(romanKey('bheek'));
    expect(romanKey('peshgee')).toBe(romanKey('peshgi'));
    expect(romanKey('aghwa')).toBe(romanKey('agwa'));
    expect(romanKey('tawan')).not.toBe(romanKey('tafteesh'));
  });
});

describe('spelling', () => {
  const vocab: [string, number][] = [['trafficking', 120], ['coercion', 6], ['victim', 80], ['victims', 30], ['bondage', 2], ['peshgi', 12], ['minor', 30], ['manor', 2], ['donor', 9]];
  it('editDistance counts one slip for a swap, a missing or an extra letter', () => {
    expect(editDistance('coersion', 'coercion')).toBe(1);
    expect(editDistance('traficking', 'trafficking')).toBe(1);
    expect(editDistance('vicitm', 'victim')).toBe(1);
    expect(editDistance('abc', 'xyz123')).toBeGreaterThan(2);
  });
  it('suggests the library\'s word', () => {
    expect(suggest('traficking', vocab)?.word).toBe('trafficking');
    expect(suggest('coersion', vocab)?.word).toBe('coercion');
    expect(suggest('pesghi', vocab)?.word).toBe('peshgi');
    expect(suggest('vicitm', vocab)?.word).toBe('victim');
  });
  it('a misspelling close to two words: the one keeping the first letter, then the most used, the other offered', () => {
    // "mxnor" is one slip from "minor" and from "manor", two from "donor".
    const s = suggest('mxnor', vocab)!;
    expect(s.word).toBe('minor');
    expect(s.alternatives).toEqual(['manor']);
    expect(s.alternatives).not.toContain('donor');
  });
  it('says nothing for known, short, numeric or hopeless words', () => {
    expect(suggest('victim', vocab)).toBeUndefined();
    expect(suggest('vic', vocab)).toBeUndefined();
    expect(suggest('boys', [['buys', 3]])).toBeUndefined();
    expect(suggest('371a', vocab)).toBeUndefined();
    expect(suggest('zeppelin', vocab)).toBeUndefined();
  });
  it('a real English word near a library word is not a slip of it; a variant or another form of the library word is', () => {
    const library: [string, number][] = [['right', 40], ['factors', 3], ['kidnapping', 30], ['labour', 50], ['persuades', 2], ['trafficking', 120]];
    const english = ['night', 'factory', 'kidnaping', 'labor', 'persuaded', 'traffic', 'right', 'zeppelin', 'cat'];
    // "night" would be searched as "right", "factory" as "factors": they are kept as typed.
    expect(realWordsNotSlips(english, library)).toEqual(['factory', 'night']);
  });
});

describe('word forms', () => {
  const vocab = new Map<string, number>([['child', 9], ['kidnapping', 20], ['kidnapped', 4], ['non-bailable', 2], ['non', 5], ['bailable', 3], ['gang', 2], ['rape', 9], ['vigilance', 3], ['committee', 4], ['on', 99], ['at', 99]]);
  it('finds the form the library uses, and names the rule', () => {
    expect(wordForm('children', vocab)).toEqual({ words: ['child'], rule: 'irregular-plural' });
    expect(wordForm('kidnappings', vocab)).toEqual({ words: ['kidnapping'], rule: 'plural' });
    expect(wordForm('nonbailable', vocab)).toEqual({ words: ['non-bailable'], rule: 'hyphen' });
    expect(wordForm('gangrape', vocab)).toEqual({ words: ['gang', 'rape'], rule: 'split' });
    expect(wordForm('vigilance-committees', vocab)).toEqual({ words: ['vigilance', 'committee'], rule: 'hyphen' });
    expect(wordForm('kidnappi', vocab)).toEqual({ words: ['kidnapping'], rule: 'partial' });
  });
  it('does not split into tiny words or complete short stubs', () => {
    expect(wordForm('onat', vocab)).toBeUndefined();
    expect(wordForm('kid', vocab)).toBeUndefined();
  });
  it('joins two words the library writes as one', () => {
    expect(joinPair('non', 'bailable', vocab)).toBe('non-bailable');
    expect(joinPair('gang', 'rape', vocab)).toBeUndefined();
  });
});

describe('glossary matching', () => {
  const t = (id: string, o: Partial<GlossaryTerm>): GlossaryTerm => ({ id, term: id, english: [], urdu: [], roman: [], descriptions: [], provisions: [], names: [], ...o });
  const terms = [
    t('kidnapping', { term: 'Kidnapping', urdu: ['اغوا'], roman: ['aghwa', 'agwa'], provisions: ['ppc/359', 'ppc/363'], names: ['ppc/359'] }),
    t('ransom', { term: 'Kidnapping for ransom', urdu: ['اغوا برائے تاوان'], roman: ['aghwa baraye tawan'], provisions: ['ppc/365A'], names: ['ppc/365A'] }),
    t('bonded', { term: 'Bonded labour', roman: ['bhatta'], provisions: ['blsa-1992/11'], names: ['blsa-1992/11'] }),
    t('child', { term: 'Child', english: ['children'], provisions: ['ptpa-2018/2', 'ppc/364A', 'ppc/361', 'ppc/369'] }),
  ];
  const index = glossaryIndex(terms);
  it('Urdu forms: a word and its inflection match, a shorter shared stem does not', () => {
    expect(sameGlossaryWord('خریدی', 'خرید', 'urdu')).toBe(true);
    expect(sameGlossaryWord('بچوں', 'بچہ', 'urdu')).toBe(false);
  });
  it('English: forms of one stem match, words that only begin alike do not', () => {
    expect(sameGlossaryWord('trafficker', 'trafficking', 'english')).toBe(true);
    expect(sameGlossaryWord('children', 'child', 'english')).toBe(true);
    expect(sameGlossaryWord('abductor', 'abduction', 'english')).toBe(true);
    // "Bangladesh" is not "bangles", "brother" not "brothel", "locked" not "locket".
    expect(sameGlossaryWord('bangladesh', 'bangles', 'english')).toBe(false);
    expect(sameGlossaryWord('brother', 'brothel', 'english')).toBe(false);
    expect(sameGlossaryWord('locked', 'locket', 'english')).toBe(false);
  });
  it('English: short stems and a dropped e match their forms ("rapes", "abusing", "lures", "bonded"); any pronoun stands for another', () => {
    expect(sameGlossaryWord('rapes', 'rape', 'english')).toBe(true);
    expect(sameGlossaryWord('abusing', 'abused', 'english')).toBe(true);
    expect(sameGlossaryWord('lures', 'lured', 'english')).toBe(true);
    expect(sameGlossaryWord('bonded', 'bond', 'english')).toBe(true);
    expect(sameGlossaryWord('her', 'his', 'english')).toBe(true);
    expect(englishStem('kidnapping')).toBe('kidnap');
    // A stem under three letters is no stem: "used" is not "use", "being" not "be".
    expect(sameGlossaryWord('used', 'use', 'english')).toBe(false);
    expect(sameGlossaryWord('raped', 'rapid', 'english')).toBe(false);
  });
  it('an article or a possessive in a phrase may be left out or said otherwise', () => {
    const idx = glossaryIndex([t('repaid', { term: 'Bonded', english: ['until the advance is repaid'], provisions: ['blsa-1992/11'] })]);
    const words = tokens('until a 2 lakh advance is repaid');
    expect(matchGlossary(words, idx, (i) => ['a', '2', 'lakh', 'is'].includes(words[i])).map((x) => x.term.id)).toEqual(['repaid']);
    // A content word is never left out.
    const other = tokens('until the loan is repaid');
    expect(matchGlossary(other, idx, (i) => ['the', 'is'].includes(other[i]))).toEqual([]);
  });
  it('Roman Urdu: the same sound within two edits; English words never match Roman Urdu by sound', () => {
    expect(sameGlossaryWord('ijtemai', 'ijtimai', 'roman')).toBe(true);
    expect(sameGlossaryWord('beggar', 'begaar', 'roman')).toBe(true);
    expect(sameGlossaryWord('tawan', 'tafteesh', 'roman')).toBe(false);
    // Short words sound alike too easily: "wala" (grammar) is not "wali" (guardian).
    expect(sameGlossaryWord('wala', 'wali', 'roman')).toBe(false);
    // A word under six letters allows one slip only: "kisht" (an instalment) is not "kashti" (a boat).
    expect(sameGlossaryWord('kisht', 'kashti', 'roman')).toBe(false);
    expect(sameGlossaryWord('zayadti', 'ziadti', 'roman')).toBe(true);
  });
  it('phrases may have grammar words inside; the longest phrase wins', () => {
    const words = tokens('aghwa ke baraye tawan');
    const m = matchGlossary(words, index, (i) => words[i] === 'ke');
    expect(m.map((x) => x.term.id)).toEqual(['ransom']);
  });
  it('priors: the named provision first, generic terms weigh less, the Punjab text follows the federal', () => {
    const m = matchGlossary(tokens('agwa bhatta children'), index);
    const p = provisionPriors(m, (ref) => ref === 'blsa-1992-punjab/11');
    expect(p.get('ppc/359')!).toBeGreaterThan(p.get('ppc/363')!);
    expect(p.get('blsa-1992-punjab/11')).toBe(p.get('blsa-1992/11'));
    expect(p.get('ptpa-2018/2')!).toBeLessThan(p.get('ppc/363')!);
    expect(withParallelTexts(['blsa-1992/4', 'ppc/374'], () => false)).toEqual(['blsa-1992/4', 'ppc/374']);
  });
  it('in a story or question the specific provision goes before the general: a broader term of the same law is context', () => {
    const term = (id: string, provisions: string[], names: string[]): GlossaryTerm => ({ id, term: id, english: [], urdu: [], roman: [], descriptions: [], told: [], provisions, names } as unknown as GlossaryTerm);
    const general = term('trafficking', ['ptpa-2018/3', 'ptpa-2018/4', 'ptpa-2018/5', 'ptpa-2018/2'], ['ptpa-2018/3']);
    const specific = term('victim-charged', ['ptpa-2018/6'], ['ptpa-2018/6']);
    const other = term('ransom', ['ppc/365A'], ['ppc/365A']);
    const m = (...ts: GlossaryTerm[]) => ts.map((t) => ({ term: t, kind: 'english' as const, from: 0, to: 0, typed: t.id }));
    // A lookup keeps the general term's full weight; a story of facts halves it beside a narrower term of its law.
    expect(provisionPriors(m(general, specific)).get('ptpa-2018/3')).toBe(provisionPriors(m(general)).get('ptpa-2018/3'));
    const facts = provisionPriors(m(general, specific), () => false, true);
    expect(facts.get('ptpa-2018/6')!).toBeGreaterThan(facts.get('ptpa-2018/3')!);
    expect(facts.get('ptpa-2018/3')).toBeCloseTo(provisionPriors(m(general)).get('ptpa-2018/3')! / 2);
    // A narrower term of another law leaves it alone.
    expect(provisionPriors(m(general, other), () => false, true).get('ptpa-2018/3')).toBe(provisionPriors(m(general)).get('ptpa-2018/3'));
    // A narrower term naming an officer's duty (not an offence or a protection) leaves the offence alone.
    const duty = term('district-magistrate', ['blsa-1992/10'], ['blsa-1992/10']);
    const bonded = term('bonded-labour', ['blsa-1992/11', 'blsa-1992/4', 'blsa-1992/12'], ['blsa-1992/11']);
    expect(provisionPriors(m(bonded, duty), () => false, true, (ref) => ref !== 'blsa-1992/10').get('blsa-1992/11')).toBe(provisionPriors(m(bonded)).get('blsa-1992/11'));
    // A term that names no provision ("punishment", "child") points at half in a story: it describes, it does not name.
    const helper = term('punishment', ['ptpa-2018/3', 'ppc/374'], []);
    expect(provisionPriors(m(helper), () => false, true).get('ppc/374')).toBeCloseTo(provisionPriors(m(helper)).get('ppc/374')! / 2);
  });
});

describe('ranking', () => {
  const base: Understood = { raw: '', citations: null, citationOnly: false, actsOnly: null, acts: [], words: [], alternatives: [], terms: [], priors: {}, affinity: {}, intent: 'lookup', unknown: [], notes: [], translated: [] };
  const c = (url: string, o: Partial<Candidate> = {}): Candidate => ({ url, pagefind: 1, ...o });
  it('a heading that matches outranks a passing mention of the same strength', () => {
    const r = rank([c('/a/', { heading: 'Repeal' }), c('/b/', { heading: 'Human trafficking' })], { ...base, words: ['human', 'trafficking'] });
    expect(r[0].url).toBe('/b/');
    expect(headingShare(['trafficking', 'children'], 'Trafficking in persons')).toBe(0.5);
  });
  it('a provision a rule singled out (a prior well above every other) keeps first place over a long story\'s passing matches', () => {
    // BLSA s. 10 asked ("which officer is bound to check the kilns") against s. 11, whose words the story holds more of.
    const priors = { '/blsa-1992-punjab/s10/': 1.2, '/blsa-1992-punjab/s11/': 0.7 };
    const cands = [c('/blsa-1992-punjab/s11/', { kind: 'offence', pagefind: 1 }), c('/blsa-1992-punjab/s10/', { kind: 'administration', pagefind: 0 })];
    expect(decisivePrior({ ...base, priors })).toBe('/blsa-1992-punjab/s10/');
    expect(rank(cands, { ...base, priors })[0].url).toBe('/blsa-1992-punjab/s10/');
    // Two priors close together decide nothing: the words do.
    expect(decisivePrior({ ...base, priors: { '/a/': 1.2, '/b/': 1.0 } })).toBeUndefined();
    // Nor a weak one, however alone.
    expect(decisivePrior({ ...base, priors: { '/a/': 0.5 } })).toBeUndefined();
    // The federal and the Punjab text of one section are one: neither is "the next" of the other.
    expect(decisivePrior({ ...base, priors: { '/blsa-1992/s5/': 1.2, '/blsa-1992-punjab/s5/': 1.2, '/blsa-1992/s12/': 0.4 } })).toBe('/blsa-1992/s5/');
  });
  it('procedure questions lift procedure sections; stories lift offences', () => {
    const cands = [c('/off/', { kind: 'offence', pagefind: 1 }), c('/proc/', { kind: 'procedure', pagefind: 0.8 })];
    expect(rank(cands, { ...base, intent: 'procedure' })[0].url).toBe('/proc/');
    expect(rank(cands, { ...base, intent: 'story' })[0].url).toBe('/off/');
    // A story puts an offence before a procedure section that matched its words a little better.
    expect(rank([c('/proc/', { kind: 'procedure', pagefind: 1 }), c('/off/', { kind: 'offence', pagefind: 0.7 })], { ...base, intent: 'story' })[0].url).toBe('/off/');
    // A section that defines an offence (PPC s. 361) is what a story tells; the interpretation section is not.
    const defining = [c('/definitions/', { kind: 'definition', heading: 'Definitions', pagefind: 1 }), c('/s361/', { kind: 'definition', heading: 'Kidnapping from lawful guardianship', pagefind: 0.7 })];
    expect(rank(defining, { ...base, intent: 'story' })[0].url).toBe('/s361/');
    expect(rank(defining, { ...base, intent: 'lookup' })[0].url).toBe('/definitions/');
    // A procedure section whose own fact the story tells (a company's liability, a child's consent) is not lowered.
    const company = [c('/off/', { kind: 'offence', pagefind: 1 }), c('/companies/', { kind: 'procedure', pagefind: 0.9 })];
    expect(rank(company, { ...base, intent: 'story' })[0].url).toBe('/off/');
    expect(rank(company, { ...base, intent: 'story', named: ['/companies/'], priors: { '/companies/': 0.3 } })[0].url).toBe('/companies/');
  });
  it('in a question of procedure the law of the facts lifts its procedure section, never an offence', () => {
    const cands = [c('/ppc/s370/', { act: 'ppc', kind: 'offence', pagefind: 1 }), c('/ptpa-2018/s10/', { act: 'ptpa-2018', kind: 'procedure', pagefind: 0.55 })];
    expect(rank(cands, { ...base, intent: 'procedure', affinity: { ppc: 1, 'ptpa-2018': 0.3 } })[0].url).toBe('/ptpa-2018/s10/');
    expect(rank(cands, { ...base, intent: 'lookup', affinity: { ppc: 1, 'ptpa-2018': 0.3 } })[0].url).toBe('/ppc/s370/');
    // Save where the law of the facts has no procedure section: the Penal Code's offence page says how it is tried.
    expect(rank(cands, { ...base, intent: 'procedure', procedural: ['ptpa-2018'], affinity: { ppc: 1, 'ptpa-2018': 0.3 } })[0].url).toBe('/ppc/s370/');
  });
  it('a question of the punishment puts the section that punishes before one that declares a custom void', () => {
    const cands = [c('/blsa-1992/s5/', { act: 'blsa-1992', kind: 'protection', pagefind: 1 }), c('/blsa-1992/s12/', { act: 'blsa-1992', kind: 'offence', pagefind: 0.9 })];
    const punishment = { term: { id: 'punishment', term: 'Punishment', names: [], provisions: [] } as unknown as GlossaryTerm, kind: 'english' as const, from: 0, to: 1, typed: 'fine' };
    expect(rank(cands, { ...base, intent: 'question' })[0].url).toBe('/blsa-1992/s5/');
    expect(rank(cands, { ...base, intent: 'question', terms: [punishment] })[0].url).toBe('/blsa-1992/s12/');
  });
  it('a place orders the Bonded Labour Acts only; where its own text is partial the federal text keeps its place', () => {
    const cands = [c('/ptpa-2018/s3/', { act: 'ptpa-2018', pagefind: 1 }), c('/blsa-1992/s11/', { act: 'blsa-1992', pagefind: 0.9 }), c('/blsa-1992-punjab/s11/', { act: 'blsa-1992-punjab', pagefind: 0.9 })];
    expect(rank(cands, { ...base, placeActs: ['blsa-1992-punjab'] }).map((x) => x.url)).toEqual(['/blsa-1992-punjab/s11/', '/ptpa-2018/s3/', '/blsa-1992/s11/']);
    expect(rank(cands, { ...base, placeActs: ['sindh-blsa-2015'] }).map((x) => x.url)).toEqual(['/ptpa-2018/s3/', '/blsa-1992/s11/', '/blsa-1992-punjab/s11/']);
  });
  it('the Act named comes first; repealed provisions follow the law in force', () => {
    const cands = [c('/ptpa/', { act: 'ptpa-2018', pagefind: 1 }), c('/psma/', { act: 'psma-2018', pagefind: 0.7 })];
    expect(rank(cands, { ...base, acts: ['psma-2018'] })[0].url).toBe('/psma/');
    expect(rank([c('/old/', { status: 'repealed' }), c('/new/', { pagefind: 0.6 })], base)[0].url).toBe('/new/');
  });
  it('the glossary can bring a provision the text search missed', () => {
    const r = rank([c('/text/', { pagefind: 1 }), c('/glossary/', { pagefind: 0 })], { ...base, priors: { '/glossary/': 1 } });
    expect(r[0].url).toBe('/glossary/');
  });
  it('a provision whose own words hold the query outranks one whose search words do, at a little less strength', () => {
    const r = rank([c('/told/', { pagefind: 1, text: 0 }), c('/statute/', { pagefind: 0.8, text: 1 })], { ...base, words: ['advance', 'peshgi'] });
    expect(r[0].url).toBe('/statute/');
  });
  it('the provision defining the term the query names comes first; a query with more than the term wants the offence', () => {
    const cands = [c('/uses/', { pagefind: 1, text: 1, defines: 0 }), c('/defines/', { pagefind: 0.8, text: 1, defines: 1 })];
    expect(rank(cands, base)[0].url).toBe('/defines/');
    const more = [c('/offence/', { pagefind: 1, text: 1, defines: 0 }), c('/definitions/', { pagefind: 0.9, text: 1, defines: 0.5 })];
    expect(rank(more, base)[0].url).toBe('/offence/');
  });
  it('a told age within a provision\'s age limit lifts it; beyond a limit its heading states, lowers it', () => {
    const cands = [c('/kidnapping/', { pagefind: 1 }), c('/under-fourteen/', { pagefind: 0.95, ageLimits: [14] })];
    expect(rank([c('/kidnapping/', { pagefind: 0.8 }), c('/child-under-ten/', { pagefind: 1, ageLimits: [10], heading: 'Kidnapping or abducting child under ten years' })], { ...base, ages: [19] })[0].url).toBe('/kidnapping/');
    expect(rank(cands, { ...base, ages: [8] })[0].url).toBe('/under-fourteen/');
    expect(rank(cands, { ...base, ages: [19] })[0].url).toBe('/kidnapping/');
    expect(rank([c('/under-fourteen/', { pagefind: 1, ageLimits: [14] }), c('/under-twenty-one/', { pagefind: 0.95, ageLimits: [21] })], { ...base, ages: [40, 19] })[0].url).toBe('/under-twenty-one/');
    // A limit in one clause of several (s. 375 "sixthly … under sixteen") does not lower the provision for an adult.
    expect(rank([c('/rape/', { pagefind: 1, ageLimits: [16] }), c('/other/', { pagefind: 0.9 })], { ...base, ages: [25] })[0].url).toBe('/rape/');
    // No age told: the limit does nothing.
    expect(rank(cands, base)[0].url).toBe('/kidnapping/');
  });
  it('a procedure question reaches the victim\'s protection sections too', () => {
    const cands = [c('/offence/', { kind: 'offence', pagefind: 1 }), c('/protection/', { kind: 'protection', pagefind: 0.8 })];
    expect(rank(cands, { ...base, intent: 'procedure' })[0].url).toBe('/protection/');
  });
});

describe('citation forms for the hidden search words', () => {
  it('every way the number is written', () => {
    expect(citationForms('371A')).toBe('371-A 371A s.371-A s.371A');
    expect(citationForms('3')).toBe('3 s.3');
    expect(citationForms('preamble')).toBe('preamble');
  });
});

describe('glossary page filter', async () => {
  const { glossaryRowMatches } = await import('../../../src/lib/search/glossary-filter.ts');
  const row = 'Kidnapping kidnap اغوا aghwa, agwa taking a minor from the lawful guardian s. 359 PPC';
  it('every word typed, in any script or spelling', () => {
    expect(glossaryRowMatches(row, '')).toBe(true);
    expect(glossaryRowMatches(row, 'KIDNAP minor')).toBe(true);
    expect(glossaryRowMatches(row, 'اغواء')).toBe(true);
    expect(glossaryRowMatches(row, 'aghwah')).toBe(true);
    expect(glossaryRowMatches(row, 'ransom')).toBe(false);
    expect(glossaryRowMatches(row, 'kidnap ransom')).toBe(false);
  });
});

describe('ages told in a story', () => {
  const ages = (q: string) => agesIn(tokens(q)).map((a) => [a.age, a.typed]);
  it('reads the ways an age is written, in English and Roman Urdu', () => {
    expect(ages('my 15 year old daughter')).toEqual([[15, '15 year old']]);
    expect(ages('a 12-year-old boy')).toEqual([[12, '12-year-old']]);
    expect(ages('girl aged 16 years')).toEqual([[16, 'aged 16 years']]);
    expect(ages('14 saal ki bachi')).toEqual([[14, '14 saal ki']]);
    expect(ages('umar 13 saal')).toEqual([[13, 'umar 13 saal']]);
  });
  it('reads an age written in words, English and Roman Urdu', () => {
    expect(ages('a nine year old boy')).toEqual([[9, 'nine year old']]);
    expect(ages('a fifteen-year-old girl')).toEqual([[15, 'fifteen-year-old']]);
    expect(ages('aath saal ki bachi')).toEqual([[8, 'aath saal ki']]);
    expect(ages('girl aged sixteen')).toEqual([[16, 'aged sixteen']]);
    // Number words that are English words are ages only as ages: "do", "teen".
    expect(ages('what do years of bondage count for')).toEqual([]);
    expect(ages('a teen was taken')).toEqual([]);
    expect(ages('seven years imprisonment')).toEqual([]);
    // Compound ages, and "sat" (English) is no number.
    expect(ages('a twenty five year old woman')).toEqual([[25, 'twenty five year old']]);
    expect(ages('a twenty-five-year-old man')).toEqual([[25, 'twenty-five-year-old']]);
    expect(ages('sat year old')).toEqual([]);
    // "ki qaid" is a sentence, "ke baad" a time, "ka qarza" a debt's age; in words an age says "old", "ki" or "umar".
    expect(ages('2 saal ki qaid')).toEqual([]);
    expect(ages('do saal ke baad wapas aya')).toEqual([]);
    expect(ages('ek saal ka qarza')).toEqual([]);
    expect(ages('8 saal ka bacha')).toEqual([[8, '8 saal ka']]);
  });
  it('a bare number is not an age: sections, hours, money', () => {
    expect(ages('section 15 PTPA')).toEqual([]);
    expect(ages('made them work 16 hours a day')).toEqual([]);
    expect(ages('demanding 50 lakh')).toEqual([]);
    expect(ages('imprisonment for 14 years')).toEqual([]);
    expect(ages('14 years imprisonment')).toEqual([]);
    expect(ages('a girl 15 years of age')).toEqual([[15, '15 years of age']]);
  });
});

describe('age limits told in a query', () => {
  const bounds = (q: string) => ageBoundsIn(tokens(q)).map((a) => [a.under, a.typed]);
  it('reads an age limit in English, Roman Urdu and Urdu', () => {
    expect(bounds('kidnapping a child under 10')).toEqual([[10, 'under 10']]);
    expect(bounds('girl under the age of 16 years')).toEqual([[16, 'under the age of 16 years']]);
    expect(bounds('boy below 14 years of age')).toEqual([[14, 'below 14 years of age']]);
    expect(bounds('a girl less than 18 years old')).toEqual([[18, 'less than 18 years old']]);
    expect(bounds('14 saal se kam umar bache ka aghwa')).toEqual([[14, '14 saal se kam umar']]);
    expect(bounds('umar 18 saal se kam ho')).toEqual([[18, 'umar 18 saal se kam']]);
    expect(bounds('21 سال سے کم عمر لڑکی')).toEqual([[21, '21 سال سے کم عمر']]);
  });
  it('a limit that is not an age is left alone', () => {
    expect(bounds('less than 14 days')).toEqual([]);
    expect(bounds('under section 14')).toEqual([]);
    expect(bounds('my 15 year old daughter')).toEqual([]);
    // Terms of imprisonment and sums of money are no ages.
    expect(bounds('imprisonment less than 10 years')).toEqual([]);
    expect(bounds('sentence under 7 years')).toEqual([]);
    expect(bounds('under 18 months')).toEqual([]);
    expect(bounds('under 10 lakh')).toEqual([]);
  });
});

describe('age limits a provision sets', () => {
  it('reads "under the age of fourteen" and "under fourteen years of age if a male, or under sixteen"', () => {
    expect(ageLimitsIn('whoever kidnaps or abducts any person under the age of fourteen in order that')).toEqual([14]);
    expect(ageLimitsIn('any minor under fourteen years of age if a male, or under sixteen years of age if a female')).toEqual([14, 16]);
    expect(ageLimitsIn('any girl under the age of twenty-one years')).toEqual([21]);
  });
  it('a term of imprisonment or a sum is no limit', () => {
    expect(ageLimitsIn('imprisonment of not less than fourteen years and fine')).toEqual([]);
    expect(ageLimitsIn('which may extend to ten years')).toEqual([]);
  });
});

describe('facts a query denies', () => {
  it('the word after "no", and the words between "koi" and "nahi"', () => {
    expect([...deniedIn(['no', 'loan', 'was', 'given'])]).toEqual([1]);
    expect([...deniedIn(['no', 'such', 'advance'])]).toEqual([2]);
    expect([...deniedIn(['no', 'loan', 'or', 'advance', 'involved'])]).toEqual([1, 3]);
    expect([...deniedIn(['no', 'loan', 'nor', 'peshgi', 'or', 'advance'])]).toEqual([1, 3, 5]);
    expect([...deniedIn(['koi', 'qarza', 'ya', 'peshgi', 'nahi', 'thi'])]).toEqual([1, 2, 3]);
    expect([...deniedIn(['کوئی', 'قرض', 'نہیں'])]).toEqual([1]);
  });
  it('"without" and "never" deny nothing; "koi" with no "nahi" near denies nothing', () => {
    expect(deniedIn(['without', 'her', 'consent']).size).toBe(0);
    expect(deniedIn(['we', 'never', 'agreed']).size).toBe(0);
    expect(deniedIn(['koi', 'agent', 'aya', 'aur', 'le', 'gaya', 'larki', 'ko', 'nahi']).size).toBe(0);
  });
});

describe('sums of money told in a story', () => {
  const spans = (q: string) => { const t = tokens(q); return amountsIn(t).map((a) => t.slice(a.from, a.to).join(' ')); };
  it('a figure with its unit or currency', () => {
    expect(spans('demanding 50 lakh for letting him go')).toEqual(['50 lakh']);
    expect(spans('agent took 25 lakh rupay')).toEqual(['25 lakh rupay']);
    expect(spans('paid rs 5000 advance')).toEqual(['rs 5000']);
  });
  it('a figure that is not money is left alone', () => {
    expect(spans('section 50 of the Act')).toEqual([]);
    expect(spans('16 hours a day')).toEqual([]);
  });
});

describe('defining words', () => {
  it('the share of the query in the terms a text defines', () => {
    const s2 = '(a) “advance (peshgi)” means an advance (peshgi), whether in cash or in kind … (b) “bonded debt” means an advance (peshgi) obtained';
    expect(definedShare(s2, ['advance', 'peshgi'])).toBe(1);
    expect(definedShare(s2, ['bonded', 'debts'])).toBe(1);
    // A text that uses the words without defining them.
    expect(definedShare('including a suit for the recovery of any advance (peshgi) made to a bonded labourer', ['advance', 'peshgi'])).toBe(0);
    expect(definedShare(s2, ['kiln', 'advance'])).toBe(0.5);
    // The Penal Code defines by "is said to".
    expect(definedShare('A person A is said to commit “rape” if A—', ['rape'])).toBe(1);
    // ss. 360 and 361 define kinds of kidnapping: a query for "kidnapping" is not for them.
    expect(definedShare('Whoever takes or entices any minor … is said to kidnap such minor', ['kidnapping'])).toBe(0);
  });
});

describe('the count of results', () => {
  it('agrees in number: one provision contains, two contain; one more is listed', () => {
    expect(countSentence(1, 1, '', '“coercion”', ['coercion'])).toBe('1 provision contains “coercion”.');
    expect(countSentence(3, 2, ' in the PTPA', 'all the words', ['a', 'b'])).toBe('2 provisions in the PTPA contain all the words; 1 more contains some of the words or is listed under them.');
    expect(countSentence(5, 0, '', 'all the words', ['a', 'b'])).toBe('No provision contains all of “a b”; 5 contain some of the words or are listed under them, the closest first.');
    expect(countSentence(1, 0, '', 'all the words', ['a', 'b'])).toMatch(/; 1 contains some of the words or is listed under them/);
    // A story's many searched words are counted, not listed as if each were required.
    expect(countSentence(9, 0, '', 'all the words', 'accused recruits village woman service servitude employment job outside'.split(' '))).toBe('No provision contains all 9 words searched; 9 contain some of the words or are listed under them, the closest first.');
  });
});

describe('everyday words of the told facts', () => {
  it('the told words the library lacks, never its own words nor Roman Urdu', () => {
    const terms = [{ told: ['the agent took her passport at night; dunki route'], roman: ['dunki'] }];
    expect(everydayWords(terms, new Set(['passport', 'the', 'agent']))).toEqual(['at', 'her', 'night', 'route', 'took']);
  });
});

describe('what a question asks beyond its words (questions.ts) and a sale told (story-facts.ts tradeIn)', () => {
  it('agencyAsked: "police or FIA", "who will investigate"; not a raid by the police', async () => {
    const { agencyAsked } = await import('../../../src/lib/search/questions.ts');
    expect(agencyAsked('case is for local police or FIA to investigate')).toBe(true);
    expect(agencyAsked('who will investigate a smuggling case')).toBe(true);
    expect(agencyAsked('police raided and FIA arrested the agent')).toBe(false);
    // Told as a wish or a step after the facts.
    expect(agencyAsked('FIR lodged at local thana, parents want FIA to take over')).toBe(true);
    expect(agencyAsked('accused wants investigation shifted')).toBe(true);
    expect(agencyAsked('FIA took over the raid')).toBe(false);
    expect(agencyAsked('investigation transferred to another SHO')).toBe(false);
    expect(agencyAsked('tafteesh FIA kare ya police')).toBe(true);
  });
  it('courtAsked: "Sessions Court or magistrate", "jurisdiction objection", "which court"; not a magistrate who remanded', async () => {
    const { courtAsked } = await import('../../../src/lib/search/questions.ts');
    expect(courtAsked('challan ready, should it go to Sessions Court or magistrate')).toBe(true);
    expect(courtAsked('challan sent to judicial magistrate, jurisdiction objection')).toBe(true);
    expect(courtAsked('which court tries it')).toBe(true);
    expect(courtAsked('the magistrate remanded him to judicial custody')).toBe(false);
    expect(courtAsked('Special Court (Central) or magistrate')).toBe(true);
    expect(courtAsked('kis adalat mein case chalega')).toBe(true);
    expect(courtAsked('which court will hear his bail')).toBe(false);
    expect(courtAsked('FIR at wrong police station, jurisdiction objection')).toBe(false);
  });
  it('ownLiabilityAsked: the victim or migrant, not the agent or a parent', async () => {
    const { ownLiabilityAsked } = await import('../../../src/lib/search/questions.ts');
    expect(ownLiabilityAsked('can the smuggled migrants be prosecuted')).toBe(true);
    expect(ownLiabilityAsked('trafficked woman had a fake passport, can she be convicted or is she protected')).toBe(true);
    expect(ownLiabilityAsked('can the agent be punished for sending migrants')).toBe(false);
    expect(ownLiabilityAsked('the victim was rescued, can her father be charged')).toBe(false);
    // A pronoun is the victim only beside the victim's way out ("or a witness", "protected").
    expect(ownLiabilityAsked('the trafficker sold the victim, can he be convicted')).toBe(false);
    // The police about to act against the one told as the victim, the pronoun fitting that person.
    expect(ownLiabilityAsked('girl we rescued from traffickers, now police want to book her for the fake CNIC. can they really make case on her?')).toBe(true);
    expect(ownLiabilityAsked('young man deported from Oman after the agent sent him by boat, police want to book him as well')).toBe(true);
    expect(ownLiabilityAsked('girls rescued from a brothel, police want to arrest him')).toBe(false);
    expect(ownLiabilityAsked('victims rescued from the kiln; police arrested him and the munshi')).toBe(false);
    // A step refused, or sought against the accused, is no question of the victim's liability.
    expect(ownLiabilityAsked('girl trafficked to Dubai by agent, police refuse to arrest him, his family is influential')).toBe(false);
    expect(ownLiabilityAsked('bonded labourers rescued from kiln in Sheikhupura, police want to book him under BLSA')).toBe(false);
    expect(ownLiabilityAsked('women recovered from trafficking den in raid; SHO also wants to book them for prostitution')).toBe(true);
    expect(ownLiabilityAsked('rescued woman from brothel, can she be charged')).toBe(true);
    expect(ownLiabilityAsked('girls rescued from the kotha, the naika kept them locked, can she be charged')).toBe(false);
  });
  it('tradeIn: the buyer, the seller, money paid for a person; sexualPurposeIn', async () => {
    const { tradeIn, sexualPurposeIn } = await import('../../../src/lib/search/story-facts.ts');
    expect(tradeIn(tokens('madam bought a girl'), 'madam bought a girl')).toEqual({ buying: true, selling: false });
    expect(tradeIn(tokens('uncle sold the boy'), 'uncle sold the boy')).toEqual({ buying: false, selling: true });
    expect(tradeIn([], 'she paid a man Rs 200,000 for a 20-year-old from Okara').buying).toBe(true);
    expect(tradeIn([], 'he paid the agent for a visa').buying).toBe(false);
    expect(sexualPurposeIn(tokens('kept for the brothel'))).toBe(true);
    expect(sexualPurposeIn(tokens('kept to graze cattle'))).toBe(false);
  });
});

describe('fourteenth session: single rules', () => {
  it('agencyAsked reads a Roman Urdu choice of police or FIA, not a fear of going to them', async () => {
    const { agencyAsked } = await import('../../../src/lib/search/questions.ts');
    expect(agencyAsked('agent ne bhai ko Oman bheja, passport rakh liya, parcha police karegi ya FIA?')).toBe(true);
    expect(agencyAsked('police ya fia kaun karegi')).toBe(true);
    expect(agencyAsked('we were afraid to go to police or fia after the agent threatened us')).toBe(false);
  });
  it('agesIn reads "aged about 15 yrs"; "age about" a sum is no age', () => {
    expect(agesIn(tokens('daughter aged about 15 yrs went to the tandoor')).map((a) => a.age)).toEqual([15]);
    expect(agesIn(tokens('age about 20000 rupees')).map((a) => a.age)).toEqual([]);
  });
  it('tradeIn: a person handed over for money taken is sold; a passport handed over is no sale of a person', async () => {
    const { tradeIn } = await import('../../../src/lib/search/story-facts.ts');
    const q = 'her husband handed her over to a woman and took Rs 3 lakh from her';
    expect(tradeIn(tokens(q), q).selling).toBe(true);
    const r = 'aurat ke hawale kar diya aur badle mein 3 lakh le liye';
    expect(tradeIn(tokens(r), r).selling).toBe(true);
    const s = 'he handed her over to her parents';
    expect(tradeIn(tokens(s), s).selling).toBe(false);
  });
  it('placeKey: an Urdu place in one spelling whatever its alef; placesOf keys by it', async () => {
    const { placeKey, placesOf } = await import('../../../src/lib/search/places.ts');
    expect(placeKey('فیصل آباد')).toBe(placeKey('فیصل اباد'));
    expect(placesOf([{ places: ['اسلام آباد'], acts: ['blsa-1992'] }])).toEqual({ [placeKey('اسلام آباد')]: ['blsa-1992'] });
  });
  it('rank: with no place or Act told, the federal text of a Bonded Labour section comes before the Punjab text', () => {
    const base = { raw: 'kiln', citations: null, citationOnly: false, actsOnly: null, acts: [], words: ['kiln'], alternatives: [], terms: [], translated: [], priors: {}, affinity: {}, intent: 'story', unknown: [], notes: [] } as unknown as Understood;
    const cands: Candidate[] = [
      { url: '/blsa-1992-punjab/s6/', act: 'blsa-1992-punjab', kind: 'procedure', pagefind: 1 },
      { url: '/blsa-1992/s6/', act: 'blsa-1992', kind: 'procedure', pagefind: 1 },
    ];
    expect(rank(cands, base).map((c) => c.url)).toEqual(['/blsa-1992/s6/', '/blsa-1992-punjab/s6/']);
    expect(rank(cands, { ...base, placeActs: ['blsa-1992-punjab'] }).map((c) => c.url)).toEqual(['/blsa-1992-punjab/s6/', '/blsa-1992/s6/']);
  });
});
