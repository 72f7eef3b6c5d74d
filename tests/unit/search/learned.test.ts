// The learned reading of stories and questions (src/lib/search/learned.ts): the model, its limits, and how the
// ranking takes it. The model here is trained as the build trains it, on the tuning split only.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { understandQuery, type Understood } from '../../../src/lib/search/understand.ts';
import { loadVocabulary } from '../../support/search-vocabulary.ts';
import { learnedFeatures, trainLearned, learnedShares, learnedReading, learnedExamples, candidateUrls, learnedClass, withLearnedInTopThree, LEARNED_MIN_WORDS, LEARNED_RESCUE } from '../../../src/lib/search/learned.ts';
import { rank, type Candidate } from '../../../src/lib/search/rank.ts';

const V = loadVocabulary();
const u = (q: string) => understandQuery(q, V);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const split = (name: string) => JSON.parse(readFileSync(join(ROOT, 'tests', 'relevance', `${name}.json`), 'utf8')).queries as { q: string; expect: string; alsoAccept?: string[]; kind: string }[];
const provisions = new Set(V.catalogue.flatMap((a) => (a.provisions ?? []).map((p) => p.url)));
const tuning = split('tuning');
const model = trainLearned(learnedExamples(tuning, u, provisions, 'tests/relevance/tuning.json'), 'test');
const info = new Map(V.catalogue.flatMap((a) => (a.provisions ?? []).map((p) => [p.url, { act: a.act, kind: p.kind, heading: p.heading }] as const)));
/** The order rank() gives the provisions the rules and the model point to, no words matched (the page adds Pagefind's). */
const combined = (q: string) => {
  const read = u(q);
  read.learned = learnedReading(read, model);
  const cands: Candidate[] = candidateUrls(read).filter((url) => info.has(url)).map((url) => ({ url, ...info.get(url)!, pagefind: 0 }));
  return rank(cands, read).map((c) => c.url);
};

describe('the model (naive Bayes over what understandQuery read)', () => {
  const toy = trainLearned([
    { features: ['w:kiln', 'w:peshgi', 'r:bht'], url: '/blsa-1992/s11/' },
    { features: ['w:kiln', 'w:debt'], url: '/blsa-1992-punjab/s11/' },
    { features: ['w:ransom', 'w:kidnap'], url: '/ppc/s365a/' },
  ], 'toy');
  it('learns the provision whose examples hold the words, the federal and Punjab texts of a section as one', () => {
    expect(toy.classes).toEqual(['/blsa-1992/s11/', '/ppc/s365a/']);
    const shares = learnedShares(toy, ['w:kiln', 'w:debt']);
    expect(Object.keys(shares)[0]).toBe('/blsa-1992/s11/');
    expect(shares['/blsa-1992/s11/']).toBeGreaterThan(shares['/ppc/s365a/'] ?? 0);
    expect(learnedShares(toy, ['w:ransom'])['/ppc/s365a/']).toBeGreaterThan(0.5);
  });
  it('shares are a distribution (0–1, summing to at most 1); words never seen leave only the prior', () => {
    const shares = learnedShares(toy, ['w:kiln', 'w:ransom', 'w:unseen']);
    const sum = Object.values(shares).reduce((a, b) => a + b, 0);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    for (const v of Object.values(shares)) expect(v).toBeGreaterThan(0);
    const prior = learnedShares(toy, ['w:unseen']);
    // Two examples of s. 11 against one of s. 365A: the prior alone.
    expect(prior['/blsa-1992/s11/']).toBeGreaterThan(prior['/ppc/s365a/']);
  });
  it('an example with no provision is an error, not a silent gap', () => {
    expect(() => trainLearned([{ features: ['w:x'], url: '' }], 'bad')).toThrow(/no provision URL/);
  });
  it('a training query naming no current provision is an error naming the file, the query and the field', () => {
    expect(() => learnedExamples([{ q: 'agent took my passport', expect: '/ptpa-2018/s99/' }], u, provisions, 'tuning.json')).toThrow(/tuning\.json: query 0 .*field "expect" "\/ptpa-2018\/s99\/" is no current provision/);
    expect(() => learnedExamples([{ q: ' ', expect: '/ptpa-2018/s3/' }], u, provisions, 'tuning.json')).toThrow(/tuning\.json: query 0: field "q" is empty/);
  });
  it('features come from what was read: Roman Urdu and Urdu meet the English through the lexicon and the glossary', () => {
    const roman = learnedFeatures(u('agent ne bhai ko dubai bhejne ka keh ke paise liye aur passport rakh liya'));
    const english = learnedFeatures(u('the agent took money to send my brother to Dubai and kept his passport'));
    const shared = roman.filter((f) => english.includes(f) && f.startsWith('w:'));
    expect(shared.length).toBeGreaterThan(2);
    expect(learnedFeatures(u('13 saal ki bachi ko utha kar le gaye'))).toContain('age:<14');
  });
});

describe('what the reading may and may not do', () => {
  it('reads only a story or question: not a term, a short query or a citation', () => {
    expect(learnedReading(u('peshgi'), model)).toEqual({});
    expect(learnedReading(u('bonded labour kiln'), model)).toEqual({});
    expect('section 3 sub-section 2 PTPA'.split(' ').length).toBeLessThan(LEARNED_MIN_WORDS);
    expect(learnedReading(u('s. 371A PPC and s. 3 PTPA and s. 11 BLSA'), model)).toEqual({});
    expect(learnedReading(u('the agent took money to send my brother to Dubai and kept his passport'), undefined)).toEqual({});
  });
  it('never lifts a provision whose victim is a woman when the one taken is male (s. 365B "any woman")', () => {
    const male = learnedReading(u('two men forcibly put a sixteen year old boy in their car and took him away to do zabardasti with him'), model);
    for (const url of ['/ppc/s365b/', '/ppc/s366a/', '/ppc/s375/', '/ppc/s376/']) expect(male[url] ?? 0, url).toBe(0);
  });
  it('never lifts what the rules read as the general provision beside a more specific one (the buyer when a seller is told)', () => {
    const q = 'her husband handed her over to a woman who runs a kotha and took Rs 3 lakh from that woman, what is his offence';
    const read = u(q);
    expect(read.general).toContain('/ppc/s371b/');
    expect(learnedReading(read, model)['/ppc/s371b/'] ?? 0).toBe(0);
  });
  it('brings in the provisions it reads, a Bonded Labour section with its Punjab text (the place decides)', () => {
    const read = { ...u('the kiln owner keeps the family working for the peshgi and will not let them leave'), priors: {} } as Understood;
    read.learned = { '/blsa-1992/s11/': 0.8, '/ppc/s374/': 0.02 };
    const urls = candidateUrls(read);
    expect(urls).toContain('/blsa-1992/s11/');
    expect(urls).toContain('/blsa-1992-punjab/s11/');
    expect(urls).not.toContain('/ppc/s374/');
    expect(learnedClass('/blsa-1992-punjab/s11/')).toBe('/blsa-1992/s11/');
  });
  it('weighs the order: with the same words, the provision the reading points to comes first', () => {
    const read = u('a man promised my cousin a job in a factory and kept her locked in a house');
    const cands: Candidate[] = [
      { url: '/ppc/s365/', act: 'ppc', kind: 'offence', pagefind: 1 },
      { url: '/ptpa-2018/s3/', act: 'ptpa-2018', kind: 'offence', pagefind: 1 },
    ];
    const without = rank(cands, { ...read, priors: {}, learned: {} }).map((c) => c.url);
    const withIt = rank(cands, { ...read, priors: {}, learned: { '/ptpa-2018/s3/': 0.9 } }).map((c) => c.url);
    expect(without[0]).toBe('/ppc/s365/');
    expect(withIt[0]).toBe('/ptpa-2018/s3/');
  });
});

describe('the model as the build trains it (tuning split only)', () => {
  it('was trained on no held-out query', () => {
    const held = new Set(split('held-out').map((x) => x.q));
    expect(tuning.filter((x) => held.has(x.q))).toEqual([]);
  });
  it('reads stories it was never shown the way their law reads (phrasings of our own, not in either split), with the rules', () => {
    const seen = new Set([...tuning, ...split('held-out')].map((x) => x.q));
    const fresh: [string, string][] = [
      ['bhatta malik ne peshgi ke naam pe poore khandan ko do saal se bhatte pe roka hua hai, jaane nahi deta', '/blsa-1992/s11/'],
      ['the agent took eight lakh from my son, sent him by boat from Gwadar towards Iran without any visa', '/psma-2018/s3/'],
      ['gang demanded twenty lakh rupees from the family for releasing the kidnapped shopkeeper', '/ppc/s365a/'],
    ];
    for (const [q, url] of fresh) {
      expect(seen.has(q)).toBe(false);
      expect(combined(q)[0], q).toBe(url);
    }
  });
});

describe('a reviewer\'s misdirections of the learned reading, each fixed', () => {
  it('rape is of a male too (s. 375 Explanation 3): the reading of s. 376 stays for a boy', () => {
    const r = learnedReading(u('my son aged 10 was raped by the madrasa teacher what is the punishment'), model);
    expect(Object.keys(r)).toContain('/ppc/s376/');
  });
  it('a woman told beside male offenders keeps s. 365B ("two brothers abducted a woman")', () => {
    const r = learnedReading(u('two brothers abducted a woman from Okara and forced her into illicit intercourse'), model);
    expect(r['/ppc/s365b/'] ?? 0).toBeGreaterThan(0);
  });
  it('an age at or over a provision\'s limit rules it out (s. 361: sixteen for a female)', () => {
    const r = learnedReading(u('my 17 year old daughter went with a neighbour of her own will, what offence'), model);
    expect(r['/ppc/s361/'] ?? 0).toBe(0);
  });
  it('the Sindh Act is not read for facts told in Punjab', () => {
    const r = learnedReading(u('which bonded labour law applies to a kiln in Sheikhupura, federal or provincial'), model);
    expect(Object.keys(r).filter((k) => k.startsWith('/sindh-blsa-2015/'))).toEqual([]);
  });
});

describe('the learned reading\'s strongest provision is never buried', () => {
  const list = ['/ppc/s365/', '/ppc/s368/', '/ppc/s362/', '/ppc/s364/', '/blsa-1992-punjab/s11/'].map((url) => ({ url }));
  const read = (learned: Record<string, number>) => ({ ...u('the men took him away and kept him locked in a room'), learned }) as Understood;
  it('moves it to third place when the ranking put it lower; first and second stay', () => {
    expect(withLearnedInTopThree(list, read({ '/ppc/s364/': 0.6 })).map((r) => r.url)).toEqual(['/ppc/s365/', '/ppc/s368/', '/ppc/s364/', '/ppc/s362/', '/blsa-1992-punjab/s11/']);
    // A Bonded Labour section's class finds its Punjab text.
    expect(withLearnedInTopThree(list, read({ '/blsa-1992/s11/': 0.9 }))[2].url).toBe('/blsa-1992-punjab/s11/');
  });
  it('leaves the order alone when it is already in the first three, weakly read, or not in the list', () => {
    expect(withLearnedInTopThree(list, read({ '/ppc/s368/': 0.9 }))).toEqual(list);
    expect(withLearnedInTopThree(list, read({ '/ppc/s364/': LEARNED_RESCUE - 0.01 }))).toEqual(list);
    expect(withLearnedInTopThree(list, read({ '/ptpa-2018/s3/': 0.9 }))).toEqual(list);
    expect(withLearnedInTopThree(list, read({}))).toEqual(list);
  });
});
