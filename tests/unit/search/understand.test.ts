// Query understanding (src/lib/search/): each rule with the way it can go wrong, against the
// library's real vocabulary and glossary read from content/.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { understandQuery } from '../../../src/lib/search/understand.ts';
import { loadVocabulary, loadLexicon } from '../../support/search-vocabulary.ts';
import { lexiconStrays } from '../../../src/lib/search/glossary.ts';
import { readingSentences } from '../../../src/lib/search/status-text.ts';
import { placeNote } from '../../../src/lib/search/places.ts';
import { liabilityAskedOf } from '../../../src/lib/search/questions.ts';

const V = loadVocabulary();
const u = (q: string) => understandQuery(q, V);
const top = (q: string, n = 1) => Object.entries(u(q).priors).sort((a, b) => b[1] - a[1]).slice(0, n).map(([url]) => url);

describe('Urdu and Roman Urdu through the glossary', () => {
  it('Roman Urdu spellings of one word lead to the same provisions', () => {
    for (const q of ['agwa', 'aghwa', 'aghwah', 'AGWA']) expect(top(q), q).toEqual(['/ppc/s359/']);
    for (const q of ['bardah faroshi', 'barda faroshi', 'burda farooshi']) expect(top(q), q).toEqual(['/ptpa-2018/s3/']);
    expect(top('ghulami')).toEqual(['/ppc/s370/']);
  });
  it('Urdu script, with or without diacritics and Arabic code points', () => {
    expect(top('بردہ فروشی')).toEqual(['/ptpa-2018/s3/']);
    expect(top('جسم فروشی')).toEqual(['/ppc/s371a/']);
    expect(top('بیگار')).toEqual(['/ppc/s374/']);
    expect(top('اغواء')).toEqual(top('اغوا'));
    expect(top('اغوا برائے تاوان')).toEqual(['/ppc/s365a/']);
  });
  it('the longest phrase wins: "aghwa baraye tawan" is kidnapping for ransom, not kidnapping', () => {
    expect(u('aghwa baraye tawan').terms.map((t) => t.term.id)).toEqual(['kidnapping-for-ransom']);
  });
  it('Roman Urdu grammar words ("se", "ko") never become search words', () => {
    const r = u('bheek mangwana bachon se');
    expect(r.words).not.toContain('se');
    expect(top('bheek mangwana bachon se')).toEqual(['/ptpa-2018/s3/']);
  });
  it('a Roman Urdu word that is also English stays English in an English query', () => {
    // "bar" is Roman Urdu for "time" ("bar bar"), and English in "bar of civil courts".
    expect(u('bar of civil courts').words).toContain('bar');
    expect(u('bachon se bar bar bheek mangwana').words).not.toContain('bar');
    // "par" (on) in Roman Urdu; "pass" is English only.
    expect(u('jali passport par bahar bhejna').words).not.toContain('par');
  });
  it('a Roman Urdu word outside the glossary is not "corrected" into English', () => {
    const r = u('agent ne dunki lagwai');
    expect(r.corrected).toBeUndefined();
    expect(r.priors['/psma-2018/s3/']).toBeGreaterThan(0);
  });
  it('the page says how it read the Urdu', () => {
    expect(u('اغوا برائے تاوان').notes.join(' ')).toContain('Kidnapping for ransom');
    // and searches the term's English words
    expect(u('اغوا برائے تاوان').words).toEqual(expect.arrayContaining(['kidnapping', 'ransom']));
  });
});

describe('spelling correction from the library\'s vocabulary', () => {
  it('searches the corrected words and says so', () => {
    expect(u('traficking').corrected).toBe('trafficking');
    const r = u('traffiking a child');
    expect(r.words).toContain('trafficking');
    expect(r.words).not.toContain('traffiking');
    expect(r.corrected).toBe('trafficking a child');
    expect(r.notes[0]).toBe('Showing results for “trafficking a child”.');
  });
  it('leaves words the library uses alone, and numbers', () => {
    expect(u('coercion 371').corrected).toBeUndefined();
  });
  it('a real English word the statutes do not use is kept as typed, never searched as a word they do use', () => {
    // "night" is one letter from "right", "factory" from "factors", "meant" from "means".
    const r = u('girl taken from her house at night to a factory, he meant to sell her');
    expect(r.words).not.toEqual(expect.arrayContaining(['right']));
    expect(r.words).not.toContain('factors');
    expect(r.words).not.toContain('means');
    // Each is searched as typed where the library has it (the glossary's told facts), read by the
    // lexicon's everyday English ("meant to": intent), else named as unused.
    const read = r.translated.flatMap((t) => t.typed.split(' '));
    for (const w of ['night', 'factory', 'meant']) expect([...r.words, ...r.unknown, ...read], w).toContain(w);
    expect(r.corrected).toBeUndefined();
    // A slip that is no word is still corrected, and a variant of the statutes' own word is read as theirs.
    expect(u('kidnaping of a child').words).toContain('kidnapping');
    expect(u('traficked girl').corrected).toBeDefined();
  });
  it('an age under eighteen in a story names a child, and its words are not searched', () => {
    const r = u('took my 15 year old daughter from our house');
    expect(r.terms.map((t) => t.term.id)).toContain('child');
    expect(r.words).not.toContain('15');
    expect(r.words).not.toContain('year');
    // An adult's age does not; nor does a term of imprisonment.
    expect(u('a 30 year old woman was sold').terms.map((t) => t.term.id)).not.toContain('child');
    expect(u('punishment of 14 years for kidnapping').words).toContain('14');
  });
  it('in a story, sums of money and other figures are not searched; in a citation or a short lookup they are', () => {
    const r = u('three men picked up my son and are demanding 50 lakh, they call 16 times a day');
    expect(r.intent).toBe('story');
    expect(r.words.filter((w) => /^\d/.test(w))).toEqual([]);
    expect(u('punishment 14 years').words).toContain('14');
  });
  it('a word it cannot place is named, not guessed', () => {
    const r = u('zeppelin');
    expect(r.unknown).toEqual(['zeppelin']);
    expect(r.words).toEqual([]);
  });
});

describe('word forms', () => {
  it('irregular and regular plurals', () => {
    expect(u('children').words).toEqual(['child']);
    expect(u('kidnappings under fourteen').words).toEqual(['kidnapping', 'fourteen']);
  });
  it('hyphen, no hyphen and a space mean the same', () => {
    const forms = ['non-bailable', 'nonbailable', 'non bailable'].map((q) => u(q).words);
    expect(forms[1]).toEqual(forms[0]);
    expect(forms[2]).toEqual(forms[0]);
    expect(u('vigilance-committees').words).toEqual(u('vigilance committees').words);
    expect(u('gangrape').words).toEqual(['gang', 'rape']);
  });
  it('a word cut short is completed', () => {
    expect(u('kidnappi').words).toEqual(['kidnapping']);
    expect(u('kidnappi ransom').words).toEqual(['kidnapping', 'ransom']);
  });
});

describe('Act nicknames', () => {
  it.each([
    ['TIP Act section 3', 'ptpa-2018'], ['SOM act section 3', 'psma-2018'], ['anti-trafficking act', 'ptpa-2018'],
    ['human smuggling act section 4', 'psma-2018'], ['bonded labour act', 'blsa-1992'], ['Penal Code 370', 'ppc'], ['P.P.C. 370', 'ppc'], ['PPC 370', 'ppc'],
  ])('%s', (q, act) => {
    const r = u(q);
    expect(r.acts).toContain(act);
    if (/\d/.test(q)) expect(r.citations?.[0]?.act).toBe(act);
  });
  it('an Act\'s name is not searched as words', () => {
    expect(u('TIP law FIA cross border').words).not.toContain('tip');
    expect(u('bonded labour act district vigilance committee').words).toEqual(['district', 'vigilance', 'committee']);
  });
});

describe('questions and stories', () => {
  it('procedure questions are recognised', () => {
    expect(u('who can try a bonded labour case').intent).toBe('procedure');
    expect(u('is trafficking bailable').intent).toBe('procedure');
    expect(u('kaun si adalat').intent).toBe('procedure');
  });
  it('a story of facts is a story', () => {
    expect(u('boy kept chained at a workshop to pay his father\'s loan').intent).toBe('story');
  });
  it('a clause after a semicolon or colon can ask the question', () => {
    expect(u('a private company owns the brick kilns; can its directors be charged for the bonded labour there').intent).toBe('question');
    expect(u('kiln near Kasur: is the owner liable for the debt bondage').intent).toBe('question');
  });
  it('"against his will" is searched: "will" is the law\'s word there, not grammar', () => {
    expect(u('landlord forces villagers to work against their will').words).toContain('will');
    expect(u('who will try the case').words).not.toContain('will');
  });
  it('"try" asks about procedure as a court tries a case, not as one tries to leave', () => {
    expect(u('kiln munshi beats the labourers who try to leave the kiln before their peshgi is cleared').intent).toBe('story');
    expect(u('they tried to run away from the agent but were caught at the border').intent).not.toBe('procedure');
    expect(u('can a magistrate try a trafficking case').intent).toBe('procedure');
    expect(u('can a Pakistani agent in Turkey be tried in Pakistan').intent).toBe('procedure');
    expect(u('which court tries smuggling offences').intent).toBe('procedure');
    expect(u('where are bonded labour cases tried').intent).toBe('procedure');
    expect(u('I will try to escape from the kiln with my family').intent).not.toBe('procedure');
    expect(u('they tried to register a case against the agent').intent).not.toBe('procedure');
    // A statement of facts that he "was tried" before tells the offence repeated (PTPA s. 4(d)), not procedure.
    expect(u('he was tried and convicted for trafficking before and has now trafficked another girl').intent).toBe('story');
  });
});

describe('citations with pinpoints are read first', () => {
  it('a citation-only query searches no words', () => {
    const r = u('s.10(1) proviso PTPA');
    expect(r.citationOnly).toBe(true);
    expect(r.words).toEqual([]);
    expect(r.citations?.[0]).toMatchObject({ act: 'ptpa-2018', anchor: 's10-1-proviso' });
  });
});

describe('which law the query is about', () => {
  it('terms pointing at one Act together lift that Act ("bonded labour" + "bailable")', () => {
    const r = u('is a bonded labour case bailable');
    expect(r.affinity['blsa-1992']).toBeGreaterThan(r.affinity['ptpa-2018'] ?? 0);
    expect(r.affinity['blsa-1992']).toBeGreaterThan(r.affinity['psma-2018'] ?? 0);
  });
  it('one term alone says nothing of the law', () => {
    expect(u('bailable').affinity).toEqual({});
  });
  it('a question is not a story: no lift for offences', () => {
    expect(u("labourer's land was mortgaged against peshgi, does he get it back").intent).toBe('question');
    // Whether the migrant is liable asks how the case treats him (PSMA s. 8): no story either.
    expect(u('can the migrant who paid the agent be prosecuted under the smuggling act').intent).not.toBe('story');
  });
  it('a grammar word opens a phrase only when it is the phrase\'s own ("ان کیمرہ سماعت")', () => {
    expect(top('ان کیمرہ سماعت')).toEqual(['/ptpa-2018/s12/']);
    expect(u('dunki lagwane wala agent').terms.map((t) => t.term.id)).not.toContain('lawful-guardianship');
  });
});

describe('tester faults: short Roman Urdu words, section words, announced corrections, everyday words', () => {
  const ids = (q: string) => u(q).terms.map((t) => t.term.id);
  it('a short Roman Urdu word is never matched by sound to a different glossary term ("becha" is not "bacha")', () => {
    for (const q of ['bech', 'becha', 'bechna', 'bech diya', 'kharida', 'kharid farokht', 'farokht']) {
      expect(ids(q), q).not.toContain('child');
      expect(top(q, 4), q).toEqual(expect.arrayContaining(['/ppc/s370/', '/ppc/s371/', '/ppc/s371a/', '/ppc/s371b/']));
    }
    // "bacha" (child) and "becha" (sold) in one query name both, each once.
    expect(ids('bacha becha gaya').sort()).toEqual(['buying-or-selling-a-person', 'child']);
    expect(u('sheikh ko bacha bech diya').terms.find((t) => t.term.id === 'child')?.typed).toBe('bacha');
  });
  it('Roman Urdu words for "section" are citation words, never searched or corrected', () => {
    for (const q of ['dafa 371', 'dafa 365-B', 'dafa 370', 'dafah 370', 'daffa 3 ptpa', 'dafaa 371A']) {
      const r = u(q);
      expect(r.citations?.length, q).toBeGreaterThan(0);
      expect(r.corrected, q).toBeUndefined();
      expect(r.unknown, q).toEqual([]);
      expect(r.words.filter((w) => /^da/.test(w)), q).toEqual([]);
    }
    expect(u('daffa 3 ptpa').citations?.[0]).toMatchObject({ act: 'ptpa-2018', section: '3' });
  });
  it('every correction is announced once, including slips of the statutes\' other spellings ("laber")', () => {
    for (const [q, want] of [['kidnapng', 'kidnapping'], ['ransome', 'ransom'], ['kidnaping for ransom', 'kidnapping for ransom'], ['bonded laber', 'bonded labour']]) {
      const r = u(q);
      expect(r.corrected, q).toBe(want);
      expect(r.notes.filter((n) => n.startsWith('Showing results for')), q).toEqual([`Showing results for “${want}”.`]);
      expect(r.unknown, q).toEqual([]);
    }
  });
  it('everyday words reach the provisions that deal with them', () => {
    expect(ids('boy')).toContain('child');
    expect(ids('سمگلنگ')).toContain('smuggling-of-migrants');
    expect(ids('ٹریفکنگ')).toContain('trafficking-in-persons');
    expect(ids('zanjeer')).toContain('wrongful-confinement');
    expect(top('agwa bara-e-tawan')).toEqual(['/ppc/s365a/']);
    expect(u('agwa bara-e-tawan').unknown).toEqual([]);
    expect(ids('qaid kar ke rakha')).toEqual(['wrongful-confinement']);
  });
});

describe('age limits', () => {
  it('is searched as the statutes write the age, and a limit of eighteen or under names a child', () => {
    const u = understandQuery('14 saal se kam umar bache ka aghwa', V);
    expect(u.words).toContain('fourteen');
    expect(u.words).not.toContain('14');
    expect(u.unknown).not.toContain('saal');
    expect(understandQuery('girl under 21 brought from abroad', V).words).toContain('twenty-one');
    expect(understandQuery('girl under 21 brought from abroad', V).terms.map((t) => t.term.id)).not.toContain('child');
    expect(understandQuery('girl under 16 taken from home', V).terms.map((t) => t.term.id)).toContain('child');
  });
});

describe('a statement of facts against a question about procedure', () => {
  it('the FIR and the police in a story tell what happened; they do not ask how a case is run', () => {
    const story = u('As per FIR accused forcibly took the complainant sister to a tubewell where both raped her');
    expect(story.intent).toBe('story');
    expect(story.terms.map((t) => t.term.id)).not.toContain('cognizable');
    expect(Object.keys(story.priors)).not.toContain('/ptpa-2018/s9/');
    expect(u('owner gives rooms to foreigners who have no visa and keeps them hidden from police').intent).toBe('story');
  });
  it('in Roman Urdu and Urdu too: "parcha darj" in a story tells what happened', () => {
    const r = u('agent ne meri beti ko bech diya aur police ne parcha darj kar liya lekin woh ab bhi faraar hai');
    expect(r.intent).not.toBe('procedure');
    expect(r.terms.map((t) => t.term.id)).not.toContain('cognizable');
    expect(u('kya trafficking mein parcha darj ho sakta hai').intent).toBe('procedure');
  });
  it('the same words in a question, or a short query, still ask about procedure', () => {
    expect(u('can police register FIR for bonded labour').intent).toBe('procedure');
    expect(u('fir trafficking').intent).toBe('procedure');
    // Bail asks about procedure anywhere.
    expect(u('agent arrested with three boys at the airport, he is asking for bail now').intent).toBe('procedure');
  });
});

describe('a province named with bonded labour names its own Act', () => {
  it('Sindh or Punjab with a bonded-labour word', () => {
    expect(u('Sindh mein bhatta mazdooron ka qanoon peshgi').acts).toContain('sindh-blsa-2015');
    expect(u('punjab brick kiln peshgi').acts).toEqual(['blsa-1992-punjab']);
  });
  it('a province in a story of another law names no Act', () => {
    expect(u('girl taken from punjab to karachi and sold').acts).toEqual([]);
    expect(u('trafficking case in sindh').acts).toEqual([]);
  });
});

describe('a named province Act the glossary does not list', () => {
  it('takes the pointing of the federal provision with the same heading (Sindh s. 2 for "peshgi")', () => {
    const r = u('Sindh mein bhatta mazdooron ka qanoon peshgi kisay kehte hain');
    expect(r.priors['/sindh-blsa-2015/s2/']).toBeGreaterThan(0);
    expect(r.priors['/sindh-blsa-2015/s2/']).toBe(r.priors['/blsa-1992/s2/']);
  });
  it('an Act the query does not name takes nothing', () => {
    expect(Object.keys(u('bhatta mazdoor peshgi').priors).some((url) => url.startsWith('/sindh-blsa-2015/'))).toBe(false);
  });
});

describe('a question of what a word means', () => {
  it('asks for the definition, in English, Roman Urdu and Urdu', () => {
    for (const q of ['meaning of peshgi', 'peshgi kisay kehte hain', 'bachay ki tareef', 'پیشگی کسے کہتے ہیں', 'define bonded labour']) expect(u(q).intent, q).toBe('meaning');
  });
  it('"means" and "defined" in a statement of facts ask nothing', () => {
    expect(u('agent recruited workers by means of fraud and took them to a brick kiln').intent).not.toBe('meaning');
    expect(u('he harboured migrants as defined in section 2 of the act for money').intent).not.toBe('meaning');
  });
  it('a story or a question of another kind is not one', () => {
    expect(u('what is the punishment for kidnapping').intent).not.toBe('meaning');
    expect(u('agent took money and sent my son abroad on a boat').intent).toBe('story');
  });
});

describe('the word lexicon (content/lexicon.yaml)', () => {
  it('reads Urdu and Roman Urdu words no glossary term takes, and says how', () => {
    const r = u('trafficking mein victim ki maut');
    expect(r.words).toContain('death');
    expect(r.unknown).not.toContain('maut');
    expect(r.notes.join(' ')).toMatch(/“maut” as death/);
    expect(u('ٹریفکنگ میں پاسپورٹ ضبط').unknown).not.toContain('پاسپورٹ');
  });
  it('a Roman spelling near another word is not read as it: "shikar" (victim) is not "sahukar" (creditor)', () => {
    expect(u('trafficking ka shikar').words).not.toContain('creditor');
    expect(u('tawan').words).not.toContain('cooperation');
  });
  it('in an English query a slip of an English word is corrected, not read as Roman Urdu', () => {
    expect(u('traficking of a child').corrected).toMatch(/trafficking/);
  });
  it('a phrase with a grammar word of its own is read whole ("mar gaya": died)', () => {
    const r = u('trafficking mein larka mar gaya');
    expect(r.words.some((w) => ['died', 'dead', 'death'].includes(w))).toBe(true);
  });
  it('a generic word ("jurm", offence) is read but not searched', () => {
    const r = u('begaar lena jurm');
    expect(r.unknown).not.toContain('jurm');
    expect(r.words).not.toContain('offence');
  });
});

describe('everyday English for the statutes\' words (content/lexicon.yaml everyday)', () => {
  it('searches the statute\'s word beside the words typed, and says so', () => {
    const r = u('his dead body found in the canal after he was abducted');
    expect(r.words).toContain('murdered');
    expect(r.notes.join(' ')).toMatch(/“dead body” as murdered/);
    const p = u('the sponsor burnt her passport');
    expect(p.words).toEqual(expect.arrayContaining(['destruction', 'travel', 'document']));
    // A word the library uses is still searched as typed.
    expect(p.words).toContain('passport');
    // A word the library lacks is read, neither named unknown nor "corrected" into another word.
    expect(p.unknown).not.toContain('burnt');
    expect(p.corrected).toBeUndefined();
  });
  it('a phrase opening with a grammar word is searched too ("at gunpoint": force)', () => {
    expect(u('he was taken at gunpoint').words).toContain('force');
  });
  it('police wording about the accused is not read as the victim\'s protection ("booked", "alias")', () => {
    const r = u('accused Aslam alias Billa was booked for selling a girl');
    expect(r.words).not.toContain('liable');
    expect(r.words).not.toContain('pseudonym');
  });
  it('a phrase two entries list is searched as both ("hide": conceals, harbours)', () => {
    expect(u('landlord agreed to hide the Afghan families').words).toEqual(expect.arrayContaining(['conceals', 'harbours']));
  });
  it('matches as spelt or plural only: "house" is not "housed", "customers" is not "custom"', () => {
    expect(u('taken from our house at night').words).not.toContain('harbours');
    expect(u('forced to sleep with customers').terms.map((t) => t.term.id)).not.toContain('enforcing-bonded-labour-custom');
  });
  it('the statute\'s own word typed is searched as it is, not read again as the entry\'s other words', () => {
    expect(u('coercion').words).toEqual(['coercion']);
    expect(u('facilitation for benefit of illegal entry').translated).toEqual([]);
  });
  it('a country named is searched as outside Pakistan', () => {
    expect(u('boy taken across the border into Afghanistan').words).toEqual(expect.arrayContaining(['outside', 'beyond']));
  });
  it('the glossary reads the English the lexicon gave ("sold" -> sells, with prostitution)', () => {
    const typed = u('he sold her to a pimp');
    expect(typed.words).toContain('sells');
  });
});

describe('terms the query holds apart, general and specific provisions, facts denied', () => {
  it('a term whose words a story holds apart points to its provision ("bachi … utha kar le gaya": child kidnapping)', () => {
    const near = (q: string) => u(q).priors['/ppc/s364a/'] ?? 0;
    expect(near('munh bola chacha 8 saal ki bachi ko ghar se utha kar le gaya')).toBeGreaterThan(near('munh bola chacha ghar se utha kar le gaya'));
  });
  it('Roman phrases too ("peshgi … wapis karna": the debt is extinguished, BLSA s. 6)', () => {
    const r = u('bhatta malik kehta hai peshgi ke 3 lakh baqi hain, kya ye qarza wapis karna parega?');
    expect(r.priors['/blsa-1992/s6/']).toBeGreaterThan(0);
  });
  it('what a story denies names no term and is not searched ("no loan", "koi qarza … nahi")', () => {
    const en = u('landlord made the potter work for free by threats, no loan was ever given');
    expect(en.words).not.toContain('loan');
    const ro = u('zamindar ne mazdoor se zabardasti begaar li, koi qarza ya peshgi nahi thi');
    expect(ro.terms.map((t) => t.term.id)).not.toContain('peshgi');
    expect(ro.terms.map((t) => t.term.id)).toContain('forced-labour');
    // Without the denial the same words name the debt.
    expect(u('zamindar ne mazdoor se zabardasti begaar li, qarza ya peshgi di thi').terms.map((t) => t.term.id)).toContain('peshgi');
  });
});

describe('places and punishment questions', () => {
  it('a province where a story happened is not searched, save with bonded labour', () => {
    expect(u('Which court will try a trafficking case where the boy was moved only inside Punjab?').words).not.toContain('punjab');
    expect(u('Which court will try a trafficking case where the boy was moved only inside Punjab?').acts).toEqual([]);
    expect(u('punjab brick kiln peshgi').words).toContain('punjab');
  });
  it('a term leading to several Acts does not make the query one of bonded labour', () => {
    // "which court" leads to every Act's trial section, the Bonded Labour Act's among them.
    expect(u('which court tries trafficking in Punjab').acts).toEqual([]);
  });
  it('a question of the punishment is about the offence, though the police or the FIA act in it', () => {
    expect(u('What is the punishment if an FIA official helps an agent take people across the border?').intent).not.toBe('procedure');
    expect(u('Can FIA arrest without warrant in a smuggling case?').intent).toBe('procedure');
  });
  it('the ages a story tells are kept for the ranking', () => {
    expect(u('munh bola chacha 8 saal ki bachi ko utha kar le gaya').ages).toEqual([8]);
    // An adult's age beside a child named in words is someone else's: no limit is weighed.
    expect(u('a 45 year old man took away a minor girl from her school').ages).toEqual([]);
    expect(u('a 45 year old man was abducted by three men').ages).toEqual([45]);
  });
});

describe('the lexicon translates into the library\'s words only', () => {
  it('every English word of content/lexicon.yaml is a word of the texts (any version)', () => {
    // The site's vocabulary counts every version; V holds the current texts only.
    const all = new Set(execFileSync('grep', ['-rhoiE', '[a-z]+(-[a-z]+)*', 'content/provisions', 'content/glossary'], { encoding: 'utf8', maxBuffer: 64 << 20 }).toLowerCase().split('\n').flatMap((w) => [w, ...w.split('-')]));
    expect(lexiconStrays(loadLexicon().map((e, i) => ({ entry: i + 1, english: e.english })), { has: (w) => V.words.has(w) || all.has(w) })).toEqual([]);
  });
  it('a word no text uses is named with its file and entry', () => {
    expect(lexiconStrays([{ entry: 7, english: ['death', 'zzqx'] }], V.words)).toEqual(['content/lexicon.yaml entry 7, english: "zzqx" is no word of the library\'s texts']);
  });
});

describe('what the status line says of the reading (status-text.ts readingSentences)', () => {
  it('names a lexicon word and the English searched for it, once', () => {
    const said = readingSentences(u('trafficking mein victim ki maut'));
    expect(said.filter((x) => x.startsWith('Searched '))).toEqual(['Searched “maut” as death.']);
  });
  it('says a word searched as several statute words as alternatives, not as a list of words', () => {
    const said = readingSentences(u('girl taken to dubai for marriage')).filter((x) => x.startsWith('Searched '));
    expect(said).toEqual(['Searched “dubai” as outside or beyond.']);
  });
  it('names no Roman Urdu grammar word as a word no provision uses', () => {
    const said = readingSentences(u('bacha dubai la kar oont dor mein lagaya'), u('bacha dubai la kar oont dor mein lagaya').unknown).join(' ');
    expect(said).not.toMatch(/“la”/);
    expect(said).toMatch(/No provision uses/);
  });
  it('a generic word is not said to be searched', () => {
    expect(readingSentences(u('begaar lena jurm')).join(' ')).not.toMatch(/jurm/);
  });
  it('a correction and an unknown word are said as before', () => {
    const said = readingSentences(u('traficking of a child'), ['zzq']);
    expect(said[0]).toMatch(/^Showing results for “traf+icking of a child”\.$/);
    expect(said.at(-1)).toBe('No provision uses “zzq”.');
  });
});

describe('a word spelt exactly as a term spells it', () => {
  it('is not also read as another term by sound: "tawaan" is ransom, not "taawun" (cooperation)', () => {
    expect(u('tawaan').terms.map((t) => t.term.id)).toEqual(['kidnapping-for-ransom']);
    expect(top('agwa brae tawaan')).not.toContain('/psma-2018/s12/');
  });
  it('a sound match still reads a word no term spells so', () => {
    expect(u('aghwah').terms.map((t) => t.term.id)).toContain('kidnapping');
  });
});

describe('the unknown words the status line names', () => {
  it('each once, and at most eight of a long paste', () => {
    const said = readingSentences(u('x'), ['alert', 'script', 'alert', 'qq1', 'qq2', 'qq3', 'qq4', 'qq5', 'qq6', 'qq7', 'script']).at(-1)!;
    expect(said.match(/“alert”/g)).toHaveLength(1);
    expect(said).toMatch(/\(or 1 more word\)\.$/);
  });
});

describe('reading more of what a story or a question says (batches i and j)', () => {
  it('a phrase matches the forms and pronouns a reader uses: "worked against her will", "rapes", "sexually abusing"', () => {
    expect(u('worked against her will').terms.map((t) => t.term.id)).toContain('forced-labour');
    expect(u('made farm hands work against their will').terms.map((t) => t.term.id)).toContain('forced-labour');
    expect(u('SHO rapes a woman').terms.map((t) => t.term.id)).toContain('rape');
    expect(u('sexually abusing a child').terms.map((t) => t.term.id)).toContain('child-sexual-abuse');
  });
  it('an age under eighteen reads as a minor in a phrase: "lures a 17 year old girl … for sex" is procuration (PPC s. 366A)', () => {
    expect(top('lures a 17 year old girl to a flat for sex with his friends')).toEqual(['/ppc/s366a/']);
    // Enticing a minor away with no sexual purpose is kidnapping, not procuration.
    expect(u('neighbour enticed a 15 year old girl away from her parents house').terms.map((t) => t.term.id)).not.toContain('procuration-of-minor-girl');
  });
  it('"up to what age", "punishment when" and "which offence" ask questions; an age limit is asked of the definitions', () => {
    expect(u('up to what age is a boy protected when someone takes him away from his parents').intent).toBe('meaning');
    expect(u('punishment when an SHO rapes a woman kept in the police station lock-up').intent).toBe('question');
    // A court among the facts does not make "which offence" a question of procedure.
    expect(u('ex husband took the child abroad though she has custody by court order, which offence').intent).toBe('question');
    expect(u('kaunsi dafa lagegi agar police ne court ke hukam par bacha bazyab kiya').intent).toBe('question');
    expect(u('which court tries a kidnapping case').intent).toBe('procedure');
  });
  it('a translation keeps no negation: "without their permission" is not "parents consented"', () => {
    expect(u('someone takes him away from his parents without their permission').terms.map((t) => t.term.id)).not.toContain('child-victim-presumption');
    expect(u('parents consented to send the child').terms.map((t) => t.term.id)).toContain('child-victim-presumption');
  });
  it('the offence decides the law of a procedure question: "human smuggling … bailable … complainant" is the smuggling Act', () => {
    const a = u('is a human smuggling case bailable, and can it be settled by compromise with the complainant').affinity;
    expect(a['psma-2018']).toBeGreaterThan(a['ptpa-2018'] ?? 0);
  });
  it('a place in a bonded-labour query names the law offered there (content/jurisdictions.yaml); elsewhere it names none', () => {
    expect(u('kiln owner in Faisalabad keeps bonded labourers').placeActs).toEqual(['blsa-1992-punjab']);
    expect(u('FIR against creditor in Rahim Yar Khan who seized a haari buffaloes over peshgi').placeActs).toEqual(['blsa-1992-punjab']);
    expect(u('freed kiln labourer in Islamabad still paying his old peshgi').placeActs).toEqual(['blsa-1992']);
    expect(u('girl from Faisalabad trafficked to Dubai').placeActs ?? []).toEqual([]);
    // A place that is a Roman Urdu word too counts after "in", "from", before "mein", or typed with its capital, and
    // never as the doer: "dadu ne peshgi li" is a grandfather, typed "Dadu ne" too; "Dadu mein" is in Dadu.
    expect(u('dadu ne peshgi li thi, ab pota bhatte par kaam karta hai').placeActs ?? []).toEqual([]);
    expect(u('Dadu ne peshgi li thi, ab pota bhatte par kaam karta hai').placeActs ?? []).toEqual([]);
    expect(u('Dadu mein bhatte par peshgi ke badle kaam').placeActs).toEqual(['sindh-blsa-2015']);
    expect(u('bhatta mazdoor from Dadu, peshgi ke badle kaam').placeActs).toEqual(['sindh-blsa-2015']);
    // "which section deals with bail" still asks about procedure.
    expect(u('which section deals with bail in trafficking cases').intent).toBe('procedure');
  });
  it('the provisions a story tells by their own fact are named, a procedure section that decides liability among them', () => {
    expect(u('brick kiln run by a partnership firm, workers kept in debt bondage').named).toContain('/blsa-1992-punjab/s18/');
    // The court, bail and the investigating agency are how a case is run: never named so.
    expect(u('trafficking case, is bail available').named ?? []).not.toContain('/ptpa-2018/s9/');
  });
  it('a narrower term held apart makes a one-word term context ("abducted … to sodomise": s. 367A before s. 377), not a phrase of several words', () => {
    expect(top('three men abducted a student in a car intending to sodomise him')).toEqual(['/ppc/s367a/']);
    // "address kept secret" names the victim's protection whatever else the story holds apart.
    expect(top('key witness in our trafficking case is being threatened by the gang and needs her address kept secret')).toEqual(['/ptpa-2018/s11/']);
  });
  it('a child under fourteen kidnapped to be killed, enslaved or abused points at PPC s. 364A before ss. 364, 367, 367A', () => {
    expect(top('nine year old girl abducted by a man who planned to kill her as a sacrifice')).toEqual(['/ppc/s364a/']);
    // Not at fourteen or over.
    expect(top('twenty year old man abducted by men who planned to kill him')).not.toContain('/ppc/s364a/');
  });
  it('"his compound" is a place, not compounding', () => {
    const q = u('landlord hides Afghan families with expired visas in his compound and charges them rent');
    expect(q.terms.map((t) => t.term.id)).not.toContain('compoundable');
    expect(q.intent).not.toBe('procedure');
    expect(u('can the offence be compounded').intent).toBe('procedure');
  });
  it('the laws with procedure sections of their own are known; the Penal Code has none', () => {
    const p = u('is kidnapping a child bailable').procedural ?? [];
    expect(p).toContain('ptpa-2018');
    expect(p).not.toContain('ppc');
  });
});

describe('reading more of what a story or a question says (batches m and n)', () => {
  const ids = (q: string) => u(q).terms.map((t) => t.term.id);
  it('a phrase\'s victim stands for the girl, boy or woman a story names, where the phrase acts on the victim', () => {
    expect(ids('the court should make the accused pay money to the boy he kept')).toContain('compensation');
    // Not a case "against" a boy, which may be his own, nor wages paid to a maid.
    expect(ids('police registered a case against the boy for theft')).not.toContain('non-punishment-of-victims');
    expect(ids('the family did not pay the maid for months')).not.toContain('compensation');
    // Not where the phrase says who the victim is ("minor victim"), nor where the victim is the phrase's subject.
    expect(ids('teenage girls brought from Nepal to work in a brothel')).not.toContain('child-victim-presumption');
    expect(ids('the girl was threatened by the agent on the phone')).not.toContain('witness-protection');
  });
  it('a child under fourteen kidnapped to be killed makes PPC s. 364 a general provision, ranked below s. 364A', () => {
    expect(u('six year old boy abducted and later killed').general).toContain('/ppc/s364/');
    expect(u('thirty year old man abducted and later killed').general ?? []).not.toContain('/ppc/s364/');
  });
  it('a helper\'s liability asked of is abetment; a trial in Pakistan for what was done abroad is PSMA s. 1(4)', () => {
    expect(ids('the driver helped the smuggler, what is his liability')).toContain('abetment');
    expect(ids('can a Pakistani smuggler be tried in Pakistan for crossings he ran from Libya')).toContain('offences-abroad');
    // Only the smuggling Act has that clause (PSMA s. 1(4)).
    expect(ids('girl trafficked to Dubai, can the trafficker be tried in Pakistan')).not.toContain('offences-abroad');
    // A victim charged is no helper.
    expect(ids('the trafficked woman was made to carry drugs and the police charged her too')).not.toContain('abetment');
  });
  it('sex with customers is the sexual exploitation of PTPA s. 3, not rape alone; a hotel\'s paying customers are not', () => {
    expect(top('agent promised the woman a job as a maid then locked her in a flat for sex with customers', 2)).toContain('/ptpa-2018/s3/');
    expect(ids('the hotel had paying customers')).not.toContain('sexual-exploitation');
  });
});

describe('a person taken abroad, the victim booked, a stamp paper (batches m and n, second pass)', () => {
  const ids = (q: string) => u(q).terms.map((t) => t.term.id);
  it('a child taken to another country, with no purpose told, is kidnapping from Pakistan (PPC s. 360) before s. 361', () => {
    expect(top('uncle drove the seven year old boy across the border to Iran without telling his mother')).toEqual(['/ppc/s360/']);
    // s. 360 needs the taking without consent: not a wife taken by her husband, nor one who went willingly.
    expect(u('husband took his wife to Dubai').priors['/ppc/s360/'] ?? 0).toBe(0);
    expect(u('my sister went to Dubai with her husband willingly').priors['/ppc/s360/'] ?? 0).toBe(0);
    // Not where a purpose is told: a child taken abroad as a camel jockey is trafficked (PTPA s. 3).
    expect(ids('boy taken to Abu Dhabi as a child camel jockey')).toContain('trafficking-in-persons');
    expect(ids('spectator died at a camel race in Cholistan')).not.toContain('trafficking-in-persons');
    // Nor a migrant an agent took: that is smuggling.
    expect(u('agent took my son to Iran by road').priors['/ppc/s360/'] ?? 0).toBe(0);
  });
  it('rescued victims the police book are the victims not to be prosecuted; a co-accused "charged too" is not', () => {
    expect(ids('after the raid the police booked the rescued girls for prostitution')).toContain('non-punishment-of-victims');
    // A co-accused charged too is no victim.
    const coAccused = ids('the wife of the agent kept the passports, charged her too?');
    expect(coAccused).not.toContain('non-punishment-of-victims');
    expect(coAccused).not.toContain('smuggled-migrant-not-prosecuted');
  });
  it('a stamp paper binding a labourer is the void agreement of BLSA s. 5 first', () => {
    expect(top('brick kiln owner has a stamp paper signed by the worker for his loan')).toEqual(['/blsa-1992/s5/', '/blsa-1992-punjab/s5/'].slice(0, 1));
  });
});

describe('s. 364A for lust, where the child was taken or lured away', () => {
  const ids = (q: string) => u(q).terms.map((t) => t.term.id);
  it('a child under fourteen lured away to be abused points at s. 364A; a child raped, with no taking told, does not', () => {
    expect(top('man lured a six year old girl away from the park to his house to sexually abuse her')).toEqual(['/ppc/s364a/']);
    expect(top('six year old girl raped by the neighbour')).not.toContain('/ppc/s364a/');
    // Rape is charged beside s. 364A, never a general provision below it; a child killed in an accident is no s. 364A.
    expect(u('13 year old girl kidnapped and raped').general ?? []).not.toContain('/ppc/s376/');
    expect(top('my 12 year old son was hit by a car and killed after the driver took him')).not.toContain('/ppc/s364a/');
    expect(ids('the employer used to abuse him and did not pay wages')).not.toContain('child-sexual-abuse');
  });
});

describe('the aggravated form when a death or serious injury is told (PTPA s. 4(a), PSMA s. 6)', () => {
  it('trafficking told with a death points at PTPA s. 4 before s. 3; without it, s. 3', () => {
    expect(top('girl trafficked to Multan for sex work died in the house where she was kept')).toEqual(['/ptpa-2018/s4/']);
    expect(top('girl trafficked to Multan for sex work')).not.toContain('/ptpa-2018/s4/');
  });
  it('migrants held abroad are no kidnapping from Pakistan, and a video call is no video-link testimony', () => {
    const q = u('migrants kept in a house in Iran and beaten on video calls until their families sent more money');
    expect(q.priors['/ppc/s360/'] ?? 0).toBe(0);
    expect(q.priors['/ptpa-2018/s12/'] ?? 0).toBe(0);
  });
});

describe('batch l, after it was scored sealed', () => {
  const ids = (q: string) => u(q).terms.map((t) => t.term.id);
  it('money asked to let a kidnapped person go is ransom; "how much fine" asks the punishment', () => {
    expect(ids('brother picked up from the market and they want 20 lakh money to let him go')).toContain('kidnapping-for-ransom');
    expect(ids('police officer was asking to let him go')).not.toContain('kidnapping-for-ransom');
    expect(ids('how much fine for a kiln owner who keeps bonded labourers')).toContain('punishment');
  });
  it('a child under fourteen taken to be killed, in plain words, points at s. 364A; "which law applies" asks the extent', () => {
    expect(top('seven year old girl taken from outside her school, the plan was to kill her')).toEqual(['/ppc/s364a/']);
    expect(ids('which bonded labour law applies in Balochistan')).toContain('extent-and-commencement');
  });
});

describe('travelling without papers', () => {
  it('"without a passport or visa" is illegal entry (PSMA s. 3), not the documents offence (s. 4)', () => {
    const q = u('man paid an agent to take him to Iran by road without a passport or visa');
    expect(q.terms.map((t) => t.term.id)).toContain('smuggling-of-migrants');
    expect(q.words).not.toContain('travel');
    expect(u('agent gave him a fake passport to go to Greece').priors['/psma-2018/s4/'] ?? 0).toBeGreaterThan(0);
  });
});

describe('batch p (eighth session): which agency, the victim\'s own liability, a sale of a person, the Bonded Labour Act\'s place', () => {
  const ids = (q: string) => u(q).terms.map((t) => t.term.id);
  it('"police or FIA" after the facts asks which agency investigates (PTPA s. 8); a raid told is no such question', () => {
    expect(u('girls taken from Kasur to Dubai by an agent for sex work, will police or FIA investigate').intent).toBe('procedure');
    expect(u('police raided the house and recovered two girls kept for sex work by the agent').intent).toBe('story');
  });
  it('can the victim or migrant be convicted or only a witness: PTPA s. 6 / PSMA s. 8; can the agent be punished: neither', () => {
    expect(top('trafficked girl carried drugs on the trafficker\'s orders, can she be prosecuted or is she protected')).toEqual(['/ptpa-2018/s6/']);
    expect(top('can the boys who paid the agent to reach Greece be made accused in the smuggling FIR')).toEqual(['/psma-2018/s8/']);
    expect(u('can the agent who sent migrants to Libya be punished under the smuggling act').priors['/psma-2018/s8/'] ?? 0).toBe(0);
    expect(u('can the agent who sent migrants to Libya be punished under the smuggling act').intent).not.toBe('procedure');
  });
  it('a person bought to be kept as property, with no sexual purpose, is s. 370; bought for a brothel is s. 371B; sold to one, s. 371A', () => {
    const slave = u('man bought a boy from his uncle for 2 lakh and keeps him like his property to graze cattle');
    expect(top('man bought a boy from his uncle for 2 lakh and keeps him like his property to graze cattle')).toEqual(['/ppc/s370/']);
    expect(slave.general).toEqual(expect.arrayContaining(['/ppc/s371a/', '/ppc/s371b/']));
    expect(u('brothel madam bought a girl from a pimp for prostitution').general).toContain('/ppc/s371a/');
    expect(u('pimp sold a girl to a brothel for prostitution').general).toContain('/ppc/s371b/');
  });
  it('"Bonded Labour Act" with a Punjab place names the Punjab text; "federal" keeps the federal one; Sindh keeps both', () => {
    expect(u('bonded labour act case for a kiln in Okara').acts).toEqual(['blsa-1992-punjab']);
    expect(u('federal bonded labour act case for a kiln in Okara').acts).toContain('blsa-1992');
    expect(u('bonded labour act case for a hari in Sanghar').acts).toEqual(expect.arrayContaining(['blsa-1992', 'sindh-blsa-2015']));
  });
  it('passports taken from trafficked women is the aggravated offence (PTPA s. 4(c)); "abroad" is never the old punishment "transportation"; an FIR lodged is no harbouring', () => {
    expect(top('women trafficked to Oman for housework and the agent took away their passports')).toEqual(['/ptpa-2018/s4/']);
    expect(u('boy sent abroad by the agent').words).not.toContain('transportation');
    expect(ids('FIR lodged against the kiln owner for keeping the family')).not.toContain('harbouring-illegal-residents');
    expect(u('FIR lodged against the kiln owner for keeping the family').words).not.toContain('harbours');
  });
});

describe('a minor girl induced to go for illicit intercourse (PPC s. 366A), and an age told before the person', () => {
  it('"17 year girl" is an age; lured to a house for bad purpose with no sale is s. 366A before ss. 371A and 371B', () => {
    const q = u('woman lured a 16 year girl from the colony promising a salon job and took her to a flat where men came for bad purpose');
    expect(q.ages).toEqual([16]);
    expect(q.words).not.toContain('year');
    expect(top('woman lured a 16 year girl from the colony promising a salon job and took her to a flat where men came for bad purpose')).toEqual(['/ppc/s366a/']);
    expect(q.general).toEqual(expect.arrayContaining(['/ppc/s371a/', '/ppc/s371b/']));
  });
  it('a sale told keeps s. 371A; an adult woman is no minor girl; "14 years" alone is no age', () => {
    expect(u('pimp sold a 16 year old girl to a brothel').general ?? []).not.toContain('/ppc/s371a/');
    expect(u('woman lured a 25 year old woman to a flat where men came for bad purpose').general ?? []).not.toContain('/ppc/s371a/');
    expect(u('he was sentenced to 14 years and fine').ages).toEqual([]);
  });
});

describe('review of the eighth session\'s rules: their failure modes', () => {
  it('the liability of an offender never lifts the victim\'s immunity; a question of the migrant who paid does', async () => {
    const { liabilityAskedOf } = await import('../../../src/lib/search/questions.ts');
    expect(liabilityAskedOf('trafficked girl was sold to a man in Multan, can the man who bought her be convicted')).toBe('offender');
    expect(liabilityAskedOf('migrants sent to Greece, can the travel agent be prosecuted')).toBe('offender');
    expect(liabilityAskedOf('girls were trafficked to Dubai, can the hotel manager be charged')).toBe('offender');
    expect(liabilityAskedOf('can the boys who paid the agent be made accused')).toBe('victim');
    expect(top('migrants sent to Greece, can the travel agent be prosecuted')).not.toEqual(['/psma-2018/s8/']);
  });
  it('a sale is s. 370 only where slavery or ownership is told; buying vegetables and "bechari" are no sale', () => {
    expect(u('men bought a 16 year girl and raped her for months').general ?? []).not.toContain('/ppc/s371b/');
    expect(top('men bought a 16 year girl and raped her for months')).not.toEqual(['/ppc/s370/']);
    const market = u('a 15 year girl went to the market to buy vegetables when a woman lured her to Lahore for prostitution');
    // No purchase told, so the girl lured for prostitution is s. 366A, not the buyer's s. 371B.
    expect(top('a 15 year girl went to the market to buy vegetables when a woman lured her to Lahore for prostitution')).toEqual(['/ppc/s366a/']);
    expect(market.general ?? []).toContain('/ppc/s371b/');
    expect(u('bechari larki ko uncle ne kothay par le gaya').general ?? []).not.toContain('/ppc/s371b/');
  });
  it('a length of time is no age; "police or FIA" told as a fact asks nothing; "received information" is an FIR\'s opening', () => {
    expect(u('accused abducted my son 3 years ago; after 2 years boy was found chained at a kiln').ages).toEqual([]);
    expect(u('the family was afraid to go to police or FIA because the agent threatened them').intent).not.toBe('procedure');
    expect(top('police received information that a woman was keeping girls for prostitution')).not.toEqual(['/psma-2018/s12/']);
  });
  it('child sexual abuse phrases need a child (s. 377A: under eighteen); a Punjab kiln before 2012 keeps the federal text', () => {
    expect(u('my boss at the office keeps touching her body, she is 30 years old').priors['/ppc/s377a/'] ?? 0).toBe(0);
    expect(u('bonded labour act case for a kiln in Okara in 2010').acts).toContain('blsa-1992');
  });
});

describe('the status line names a place read for the Bonded Labour Act, never as a word no provision uses', () => {
  it('"Kasur" in a kiln story is read as a place in Punjab; in a story of no bonded labour it is only an unused word', () => {
    const q = u('kiln owner in Kasur not letting the family leave because of the peshgi');
    expect(q.unknown).not.toContain('kasur');
    expect(readingSentences(q, q.unknown)).toContain('“Kasur” is read as a place: BLSA Punjab first.');
    expect(u('girl taken from Kasur to Lahore for sex work').places ?? []).toEqual([]);
  });
});

describe('an agent is a smuggler only where a border is crossed (PSMA s. 3)', () => {
  const smuggling = (q: string) => understandQuery(q, V).terms.some((t) => t.term.id === 'smuggling-of-migrants');
  it('an agent who moves a worker inside Pakistan names no smuggling; one who sends him abroad does', () => {
    expect(smuggling('agent took my cousin from Rahim Yar Khan to a Karachi factory and locked him in the godown')).toBe(false);
    expect(smuggling('agent sent my son to Dubai')).toBe(true);
    expect(smuggling('the agent took him across the border without a visa')).toBe(true);
    expect(smuggling('agent ne bahar bhejne ka wada kiya')).toBe(true);
    // "illegally confined", "within the country" tell no border crossed.
    expect(smuggling('agent took my cousin from Rahim Yar Khan to a Karachi factory, illegally confined him')).toBe(false);
    expect(smuggling('agent recruited girl from Kasur within the country')).toBe(false);
  });
});

describe('which agency or court, asked after the facts, points at the facts\' law\'s section (PTPA ss. 8, 10; PSMA ss. 10, 11)', () => {
  const top = (q: string) => Object.entries(understandQuery(q, V).priors).sort((a, b) => b[1] - a[1])[0]?.[0];
  it('the trial section of the law the facts tell, above its offence', () => {
    expect(top('challan ready in case of women trafficked from Multan to Karachi for sex work, should it go to Sessions Court or magistrate')).toBe('/ptpa-2018/s10/');
    expect(top('dunki agent challan sent to judicial magistrate, jurisdiction objection')).toBe('/psma-2018/s10/');
  });
  it('the investigation section of the law whose offence is told most strongly', () => {
    expect(top('agent sent village boys to Europe illegally through Iran, accused wants investigation shifted')).toBe('/psma-2018/s11/');
    expect(top('boys flown to UAE and used as camel race jockeys, parents want FIA to take over')).toBe('/ptpa-2018/s8/');
  });
  it('nothing is lifted for the Penal Code, which has no such section', () => {
    const u = understandQuery('accused abducted the girl at gunpoint, which court tries it', V);
    expect(u.intent).toBe('procedure');
    expect(Object.keys(u.priors).filter((k) => /\/s(?:8|10|11|16)\/$/.test(k) && (u.priors[k] ?? 0) > 0.9)).toEqual([]);
  });
});

describe('bonded labour: a disputed debt is the definitions\' question, which Act applies is s. 1, in the text offered where the facts happened', () => {
  const top = (q: string) => Object.entries(understandQuery(q, V).priors).sort((a, b) => b[1] - a[1])[0]?.[0];
  it('a Sindh place: the Sindh text\'s s. 2(a) "advance (peshgi) … in cash or in kind", s. 1 for which Act applies', () => {
    expect(top("Sanghar: zamindar says hari's qarza was seed, khaad and wheat not cash, so it is not peshgi")).toBe('/sindh-blsa-2015/s2/');
    expect(top('FIR about kiln labourers near Hyderabad under the federal Bonded Labour Act 1992; defence says Sindh has its own Act')).toBe('/sindh-blsa-2015/s1/');
  });
  it('facts before the Sindh Act (2016) are not sent to its s. 1; the disputed advance still reads the definitions', () => {
    const u = understandQuery('Hyderabad kiln 2014, bonded labour, advance was in kind, which law applies federal or Sindh act', V);
    expect(u.priors['/sindh-blsa-2015/s1/'] ?? 0).toBeLessThan(Math.max(...Object.values(u.priors)));
  });
  it('a court asked of a Sindh kiln lifts no Punjab text', () => {
    expect(top('brick kiln Sanghar bonded labour FIR, should it go to sessions court or magistrate')).not.toBe('/blsa-1992-punjab/s16/');
    expect(top('brick kiln Multan bonded labour FIR, should it go to sessions court or magistrate')).toBe('/blsa-1992-punjab/s16/');
  });
});

describe('a bonded-labour card for a place whose law is another text', () => {
  const rows = V.jurisdictions ?? [];
  const note = (q: string, act: string) => placeNote(act, (u(q).places ?? []).map((p) => p.name), rows);
  it('a Sindh kiln: the federal card says the law there is the Sindh Act, what the copy held says, and until when the federal text governed', () => {
    const text = note('kiln owner in Sanghar keeps labourers for peshgi', 'blsa-1992');
    expect(text).toMatch(/^Facts in Sanghar \(Sindh\): the law there is given as The Sindh Bonded Labour System \(Abolition\) Act, 2015/);
    expect(text).toMatch(/Whether and how it repeals the federal Act of 1992 for Sindh is not in the part held/);
    expect(text).toMatch(/This text was in force there before the Sindh Act came into force/);
    // The Sindh card itself, and a card of another law, carry no such note.
    expect(note('kiln owner in Sanghar keeps labourers for peshgi', 'sindh-blsa-2015')).toBeUndefined();
    expect(placeNote('ptpa-2018', ['Sanghar'], rows)).toBeUndefined();
  });
  it('a Punjab kiln: the federal card names the Punjab text; the Punjab card none; no place read, no note', () => {
    expect(note('bhatta mazdoor peshgi in Faisalabad', 'blsa-1992')).toMatch(/^Facts in Faisalabad \(Punjab\): the law there is given as The Bonded Labour System \(Abolition\) Act, 1992, as amended for the Punjab/);
    expect(note('bhatta mazdoor peshgi in Faisalabad', 'blsa-1992-punjab')).toBeUndefined();
    expect(note('bhatta mazdoor peshgi', 'blsa-1992')).toBeUndefined();
    // Balochistan is offered the federal text: the Punjab card says the law there is not confirmed.
    expect(note('brick kiln peshgi in Quetta', 'blsa-1992')).toBeUndefined();
    expect(note('brick kiln peshgi in Quetta', 'blsa-1992-punjab')).toMatch(/^Facts in Quetta \(Balochistan\): which law applies there is not confirmed: the federal Act of 1992 unless/);
  });
  it('a Khyber Pakhtunkhwa kiln: the federal card says the province\'s Act is reported, not held, and the status line says so', () => {
    const q = 'bhatta mazdoor family in Peshawar kept for peshgi';
    expect(u(q).places?.map((p) => p.name)).toEqual(['Peshawar']);
    expect(u(q).notes.join(' ')).toMatch(/“Peshawar” is read as a place: the library holds no text of the bonded-labour law given there/);
    const text = note(q, 'blsa-1992');
    expect(text).toMatch(/^Facts in Peshawar \(Khyber Pakhtunkhwa\): the law there is given as The Khyber Pakhtunkhwa Bonded Labour System \(Abolition\) Act, 2015 \(reported/);
    // What is not held is said, and until when the federal text governed.
    expect(text).toMatch(/The Khyber Pakhtunkhwa Act's text is not in the library/);
    expect(text).toMatch(/This text was in force there before the Khyber Pakhtunkhwa Act of 2015 came into force/);
    // Nothing is lifted for a place with no text.
    expect(u(q).placeActs).toEqual([]);
  });
  it('facts over two provinces: no note where the card\'s text is offered for one of them; else one note per province', () => {
    expect(placeNote('blsa-1992-punjab', ['Sanghar', 'Kasur'], rows)).toBeUndefined();
    const both = placeNote('blsa-1992-punjab', ['Sanghar', 'Quetta', 'Karachi'], rows)!;
    expect(both.match(/Facts in/g)).toHaveLength(2);
    expect(both).toMatch(/Facts in Sanghar \(Sindh\).*Facts in Quetta \(Balochistan\)/s);
    expect(both).toMatch(/Only s\. 1 and s\. 2\(a\)–\(d\) of the Sindh Act are held/);
  });
});

describe('stories told the way an FIR or a helpline call tells them', () => {
  const ids = (q: string) => u(q).terms.map((t) => t.term.id);
  it('what was denied stays denied once a slip is mended, and "did not ask for" denies too', () => {
    expect(ids('husband pushed into a car, no ransom call recieved so far')).not.toContain('kidnapping-for-ransom');
    expect(ids('they did not ask for ransom, boy still missing')).not.toContain('kidnapping-for-ransom');
    expect(ids('kidnappers made a ransom call for 10 lakh')).toContain('kidnapping-for-ransom');
  });
  it('a person taken "across the border" without asking the parent is kidnapped from Pakistan (PPC s. 360)', () => {
    expect(top('uncle took my 7 year old son across the Torkham border without asking us')).toEqual(['/ppc/s360/']);
    expect(top('migrants crossed the border illegally with an agent')).not.toContain('/ppc/s360/');
  });
  it('the one who took and confined is s. 365; s. 368 only where a knowing keeper is told', () => {
    const taken = u('son forcibly taken by his in-laws and kept chained in a room for a week');
    expect(taken.priors['/ppc/s365/']).toBeGreaterThanOrEqual(taken.priors['/ppc/s368/']);
    expect(taken.general).toContain('/ppc/s368/');
    expect(u('her uncle knowingly kept the kidnapped girl hidden at his house').general ?? []).not.toContain('/ppc/s368/');
  });
  it('"which section for the agwa part" puts the taking first: the purpose told, or the strongest kidnapping', () => {
    expect(top('9 saal ki bachi uthai gayi, medical shows she was molested. Which section for the agwa part?')).toEqual(['/ppc/s364a/']);
    expect(top('15 year old boy lured by a driver and taken to a godown for badfaili, what section for taking him?')).toEqual(['/ppc/s367a/']);
    expect(top('15 year old boy lured by a driver and taken to a godown for badfaili')).not.toEqual(['/ppc/s367a/']);
  });
  it('arrest or bail asked of Penal Code facts is answered on the offence page, not another law\'s cognizance section', () => {
    const q = u('landlord bought a man and treats him as his property. Can police arrest without warrant?');
    expect(q.intent).toBe('question');
    expect(top('landlord bought a man and treats him as his property. Can police arrest without warrant?')).toEqual(['/ppc/s370/']);
    expect(q.priors['/ptpa-2018/s9/']).toBeUndefined();
    // Facts of a law with its own classification section keep it.
    expect(u('is trafficking bailable').intent).toBe('procedure');
    expect(top('is trafficking bailable')).toEqual(['/ptpa-2018/s9/']);
  });
  it('which court, asked of facts told most as a Penal Code offence but also as trafficking, lifts the PTPA\'s court', () => {
    expect(top('which court tries case of girls sent to Dubai for sex work by an agent?')).toEqual(['/ptpa-2018/s10/']);
  });
  it('an agent who sends people to be exploited is a trafficker; one who takes them across illegally stays a smuggler', () => {
    expect(ids('agent sent girls from Sialkot to Muscat for sex work')).not.toContain('smuggling-of-migrants');
    expect(ids('agent sent him to Greece by boat illegally')).toContain('smuggling-of-migrants');
  });
  it('compelled labour of men recruited on a false promise is trafficking first (PTPA s. 3(1)), s. 374 beside it', () => {
    expect(top('agent recruited six men for hotel jobs on a promise of good pay, took them to fishing boats, kept them under threat of beating and paid no wages', 2)).toEqual(['/ptpa-2018/s3/', '/ppc/s374/']);
    expect(top('landlord makes villagers work his fields under threat of beating and pays no wages')).toEqual(['/ppc/s374/']);
  });
  it('"can he be charged too" of a relative told helping the trafficker asks of that abettor, not the victim', () => {
    expect(liabilityAskedOf('trafficked girl was sold in Dubai; her husband took money from the agent. Can he be charged too?')).toBeUndefined();
    expect(liabilityAskedOf('a trafficked boy was caught with a fake passport the agent gave him. Can he be charged too?')).toBe('victim');
  });
  it('a victim to be "made accused too" asks the victim\'s liability; an agent to be made accused does not', () => {
    expect(u('the victim, an Afghan girl, was caught with a fake CNIC the trafficker gave her. Should she be made accused too?').priors['/ptpa-2018/s6/']).toBeGreaterThan(1);
    expect(u('the victim was sent by an agent. Should the agent be made accused too?').priors['/ptpa-2018/s6/']).toBeUndefined();
  });
  it('consent pleaded for one under sixteen with intercourse told is rape (PPC s. 375 "sixthly"); not at seventeen', () => {
    expect(top('My daughter is 15, the boy says she agreed and they had relations. Does her consent save him?')).toEqual(['/ppc/s375/']);
    expect(top('My daughter is 17, the boy says she agreed and they had relations. Does her consent save him?')).not.toEqual(['/ppc/s375/']);
  });
  it('"my daughter is 15" tells an age; "the boy was 3 days missing" does not', () => {
    expect(u('my daughter is 15 and was taken away').ages).toEqual([15]);
    expect(u('the boy was 3 days missing').ages).toEqual([]);
  });
  it('a minor enticed away who "went willingly", nothing of trafficking told, is kidnapping from lawful guardianship first', () => {
    expect(top('daughter aged 15 enticed away by neighbour while family was at a shadi; she says she went on her own marzi')).toEqual(['/ppc/s361/']);
    expect(ids('daughter aged 15 enticed away by neighbour while family was at a shadi')).not.toContain('forced-marriage');
    expect(ids('forced shadi of a 14 year old girl')).toContain('forced-marriage');
  });
  it('the taking singled out of a woman\'s abduction and rape is s. 365B; of a boy\'s for sodomy s. 367A; of a child under fourteen s. 364A', () => {
    expect(top('girl abducted from bus stop by two men and raped in a car, which section for the agwa part?')).toEqual(['/ppc/s365b/']);
    expect(top('woman kidnapped from bus stop and raped, section for taking her?')).toEqual(['/ppc/s365b/']);
    expect(top('9 saal ki bachi uthai gayi aur zyadti hui. Which section for the agwa part?')).toEqual(['/ppc/s364a/']);
    // Not asked of the taking: the lift does not fire.
    expect(top('woman kidnapped from bus stop and raped')).not.toEqual(['/ppc/s365b/']);
  });
  it('s. 361\'s minor is under fourteen if a male: a boy of fifteen who went willingly is not lifted to it, one of thirteen is', () => {
    const boy = (age: number) => u(`son aged ${age} enticed away by neighbour while family was at a shadi; he says he went on his own marzi`).priors;
    expect(boy(13)['/ppc/s361/']).toBeGreaterThan(boy(13)['/ptpa-2018/s7/']);
    expect(boy(15)['/ppc/s361/']).toBeLessThan(boy(15)['/ptpa-2018/s7/']);
    // The sex is the one whose age is told, though a girl is named too.
    const eloped = u('son aged 15 eloped with a girl from the neighbourhood; he says he went on his own marzi').priors;
    expect(eloped['/ppc/s361/']).toBeLessThan(eloped['/ptpa-2018/s7/']);
    expect(top('girl abducted from bus stop by two boys and raped in a car, which section for the agwa part?')).toEqual(['/ppc/s365b/']);
  });
  it('a border inside Pakistan ("across the provincial border") takes no one abroad: no s. 360, no smuggling agent', () => {
    expect(top('uncle took my 7 year old son across the provincial border without asking us')).not.toContain('/ppc/s360/');
    // A province's border may be the country's: "the Punjab border at Wagah".
    expect(top('uncle took my 7 year old son across the Punjab border at Wagah without asking us')).toEqual(['/ppc/s360/']);
    expect(top('uncle took my 7 year old son across the Afghan border without asking us')).toEqual(['/ppc/s360/']);
    expect(ids('agent took the labourers across the provincial border to a kiln')).not.toContain('smuggling-of-migrants');
  });
  it('"falsely implicated" is the accused\'s plea, not the lure of PTPA s. 3(1)', () => {
    const q = 'agent recruited six men for hotel jobs, took them to fishing boats, kept them under threat of beating and paid no wages';
    expect(top(`${q}; agent says he was falsely implicated`)).toEqual(['/ppc/s374/']);
    expect(top(`${q} on a false promise`)).toEqual(['/ptpa-2018/s3/']);
  });
  it('an agent who sends people to be exploited by an unlawful crossing stays a smuggler too ("to Iran illegally", "via Libya")', () => {
    expect(ids('Agent sent my brother to Iran illegally, there he was made to work on a farm without pay')).toContain('smuggling-of-migrants');
    expect(ids('agent sent boys to Italy via Libya, they were made to work without wages')).toContain('smuggling-of-migrants');
    expect(ids('agent sent girls to Dubai where they were illegally kept for sex work')).not.toContain('smuggling-of-migrants');
    expect(ids('agent sent girls to Dubai where they were kept illegally for sex work')).not.toContain('smuggling-of-migrants');
  });
  it('"do we have to repay" of a Sindh bonded debt puts BLSA s. 6 first, above the Sindh definitions', () => {
    expect(top("hari family in Sanghar kept working on the zamindar's land for an old loan, no wages. Do we have to repay it?")).toEqual(['/blsa-1992/s6/']);
  });
  it('a name in a case diary is no term of the law: "Accd Rehana" is no mortgage, "Accd Ghulam Rasool" no slavery', () => {
    expect(ids('Accd Rehana and her son recruited three girls on the pretext of parlour jobs')).not.toContain('property-freed-from-mortgage');
    expect(ids('Accd Ghulam Rasool kept the family at his kiln for peshgi')).not.toContain('slavery');
    // The same words as words stay terms; a word of the law after a cue or a full stop is no name.
    expect(ids('ghulam bana kar rakha tha')).toContain('slavery');
    expect(ids('accused kept him as a Ghulam')).toContain('slavery');
    expect(ids('Boy was taken away by the accused. Ransom of 10 lakh was demanded on phone')).toContain('kidnapping-for-ransom');
    expect(ids('accused Agent took 5 lakh and sent the boys to Greece by boat')).toContain('smuggling-of-migrants');
  });
  it('a ransom told in Roman Urdu as "lakh do warna" is kidnapping for ransom (PPC s. 365A)', () => {
    expect(top('bhai ko gun point pe le gaye, ab call aati hai ke 50 lakh do warna zinda wapas nahi milega')).toEqual(['/ppc/s365a/']);
    // A demand with a threat and no one taken is no ransom.
    expect(ids('bhatta maalik kehta hai peshgi ke 2 lakh do warna ghar nahi jane denge')).not.toContain('kidnapping-for-ransom');
  });
  it('a boat alone does not make smuggling aggravated; "what case against the agent" asks of the offence, not the migrant', () => {
    const q = u('Agent ne 35 lakh liye the ke bhai ko Libya ke raste kashti se Italy pohncha dega, visa koi nahi tha. Bhai deport ho kar wapas aa gaya. Agent ke khilaf kya case banega?');
    expect(Object.entries(q.priors).sort((a, b) => b[1] - a[1])[0][0]).toBe('/psma-2018/s3/');
    expect(q.priors['/psma-2018/s8/']).toBeUndefined();
    expect(liabilityAskedOf('what case can be made against the agent who sent him')).toBe('offender');
    expect(liabilityAskedOf('deported from Iran after going illegally through an agent; can he be booked, or is he only a witness?')).toBe('victim');
    // Both asked: the migrant's question is not dropped for the agent's.
    expect(liabilityAskedOf('My brother was deported from Greece after going by dunki through an agent. What case against the agent, and can my brother be charged too, or is he only a witness?')).toBe('victim');
    expect(liabilityAskedOf('migrants were smuggled to Oman. Can the agent be punished for threatening the victims or the witnesses?')).toBe('offender');
  });
  it('a child under fourteen taken to be sold as a slave or killed is s. 364A, above the slave-dealing sections', () => {
    expect(top('8 saal ke bachay ko do admi utha kar le gaye, keh rahe thay bachay ko bech kar ghulam banayenge')).toEqual(['/ppc/s364a/']);
    // A child bought as a slave, no taking told, is slave-dealing.
    expect(top('8 year old boy bought as a slave by a landlord')).toEqual(['/ppc/s370/']);
    // Taken and already sold: the sale is told as done, the purpose rule does not lift s. 364A over the dealing.
    const toSell = u('8 saal ke bachay ko do admi utha kar le gaye, keh rahe thay bachay ko bech kar ghulam banayenge').priors;
    const sold = u('8 saal ke bachay ko do admi utha kar le gaye aur bech diya, ab woh ghulam hai').priors;
    expect(sold['/ppc/s364a/'] ?? 0).toBeLessThan(toSell['/ppc/s364a/']);
  });
  it('one lured away "with intention of" sodomy, the act not told as done, is s. 367A before s. 377', () => {
    expect(top('accused lured a 15 year old boy and took him to the tube-well with intention of committing badfaili; boy raised hue and cry')).toEqual(['/ppc/s367a/']);
    expect(top('accused committed badfaili with a 15 year old boy at the tube-well')).toEqual(['/ppc/s377/']);
    // The deed told done, an intention told of something else: s. 377.
    expect(top('accused took a 15 year old boy to the tube-well and committed badfaili with him; in order to hide it he threatened to kill him')).not.toEqual(['/ppc/s367a/']);
  });
  it('"can it be called abduction" asks what abduction is: s. 362; "the 1992 federal Act" is no date of the facts', () => {
    expect(top('Men told him of a guard job and he went with them on his own. Can it be called abduction if nobody used force?')).toEqual(['/ppc/s362/']);
    expect(u('My brother is 24, not a child').terms.map((t) => t.term.id)).not.toContain('child');
    // A plea of the accused is the question, not a fact: the minor stays.
    expect(u('accused claims the girl is not a minor; she went with him willingly from her parents house').terms.map((t) => t.term.id)).toContain('lawful-guardianship');
    // Set beside another offence or a section cited, the question is not of abduction alone.
    expect(top('Is it kidnapping or trafficking if the agent took the girl to Dubai and sold her to a brothel?')).not.toEqual(['/ppc/s362/']);
    expect(top('Men abducted a woman to force her to marry. Is this abduction for marriage?')).not.toEqual(['/ppc/s362/']);
    expect(top('haris held for debts in Sanghar. Is it still the 1992 federal Act that applies in Sindh, or does Sindh have its own bonded labour law now?')).toEqual(['/sindh-blsa-2015/s1/']);
  });
  it('slave dealing told as a regular trade is s. 371 (habitual), s. 370 its context; a single sale stays s. 370', () => {
    expect(top('a man in Rajanpur buys and sells people as a business, like slaves, for years')).toEqual(['/ppc/s371/']);
    expect(top('for ten years he has been buying and selling poor people like slaves, again and again, it is his business')).toEqual(['/ppc/s371/']);
    // A business of another kind is no slave trade.
    expect(top('the accused runs human smuggling as a business from Gujrat')).not.toEqual(['/ppc/s371/']);
    expect(top('landlord bought a man and treats him as his slave')).toEqual(['/ppc/s370/']);
  });
  it('"is he punishable for helping" asks the abetment section of the facts\' law; a helper merely told does not', () => {
    expect(top('the jamadar who brought the families and guarded them for the kiln owner — is he punishable for helping?')).toEqual(['/blsa-1992/s14/']);
    expect(top('the sub-agent only collected passports for the agent who sent girls to Dubai for sex work; is he also punishable?')).toEqual(['/ptpa-2018/s5/']);
    expect(top('sub-agent recruited the girls for the agent and sent them to Dubai for sex work')).toEqual(['/ptpa-2018/s3/']);
  });
  it('a rape victim\'s name printed is s. 376A; a missing son\'s name in the paper is not', () => {
    expect(top('A 14-year-old girl was raped in our tehsil. Can I print her name and her village in the paper?')).toEqual(['/ppc/s376a/']);
    expect(u('our son is missing, should we print his name in the newspaper?').priors['/ppc/s376a/']).toBeUndefined();
  });
  it('"Kasur" typed with its capital is the place, first word or not; "mera kya kasur" is no place', () => {
    expect(u('Kasur brick kiln peshgi').places?.map((p) => p.name)).toEqual(['Kasur']);
    expect(u('mera kya kasur hai bhatta malik peshgi').places ?? []).toEqual([]);
  });
  it('a Sindh place: the status line says the Sindh Act is held only in part, not that it comes first', () => {
    expect(u('Hyderabad bhatta peshgi').notes.join(' ')).toContain('“Hyderabad” is read as a place: the law given there is the Sindh BLSA, which the library holds only in part');
    expect(u('Kasur brick kiln peshgi').notes.join(' ')).toContain('“Kasur” is read as a place: BLSA Punjab first.');
  });
  it('a bonded family confined for a peshgi, no taking told: ss. 365 and 368 are only context', () => {
    const q = u('bhatta malik ne peshgi ke badle khandan qaid kar rakha');
    expect(q.general).toEqual(expect.arrayContaining(['/ppc/s365/', '/ppc/s368/']));
    expect(u('bhatta malik ne mazdoor ka beta utha kar qaid kar rakha').general ?? []).not.toContain('/ppc/s365/');
  });
  it('"2010 wala qarza" dates the facts; "1992 wala qanoon" names the Act', () => {
    expect(top('hari family in Sanghar kept working on the zamindar land for the 2010 wala qarza, no wages')).not.toEqual(['/sindh-blsa-2015/s2/']);
  });
  it('bonded-labour facts in Sindh put the Sindh Act\'s definitions first; facts dated before it do not', () => {
    expect(top('hari family in Sanghar kept working on the zamindar\'s land for an old loan, no wages')).toEqual(['/sindh-blsa-2015/s2/']);
    expect(top('in 2012 a hari family in Sanghar kept working on the zamindar\'s land for an old loan, no wages')).not.toEqual(['/sindh-blsa-2015/s2/']);
  });
  it('an age in Urdu words is read ("سات سال کی بچی"); "دو سال کی قید" is a sentence, not an age', () => {
    expect(u('سات سال کی بچی کو گلی سے اٹھا کر لے گئے').ages).toEqual([7]);
    expect(u('بارہ سال کا لڑکا اغوا').ages).toEqual([12]);
    expect(u('دو سال کی قید').ages).toEqual([]);
  });
  it('an Urdu grammar word is no lexicon word one slip away ("ساتھ" is not "ساتھی" accomplice, nor "سات" seven)', () => {
    const q = u('سات سال کی بچی کو گلی سے اٹھا کر لے گئے تاکہ اس کے ساتھ زیادتی کریں');
    expect(q.terms.map((t) => t.term.id)).not.toContain('abetment');
    expect(q.translated.map((t) => t.typed)).not.toContain('ساتھ');
  });
  it('a child taken "taake" (so that) to be raped is s. 364A, the rape only its purpose; a rape told done is charged beside it', () => {
    const q = u('سات سال کی بچی کو گلی سے اٹھا کر لے گئے تاکہ اس کے ساتھ زیادتی کریں');
    expect(top('سات سال کی بچی کو گلی سے اٹھا کر لے گئے تاکہ اس کے ساتھ زیادتی کریں')).toEqual(['/ppc/s364a/']);
    expect(q.general).toEqual(expect.arrayContaining(['/ppc/s376/']));
    expect(u('سات سال کی بچی کو اٹھا کر لے گئے اور اس کے ساتھ زیادتی کی').general ?? []).not.toContain('/ppc/s376/');
  });
  it('an apostrophe inside a Roman Urdu word joins it ("bad-fe\'li"); an English contraction stays apart ("didn\'t ask")', () => {
    expect(u("15 saal ke larke ko utha kar le gaye ta ke us ke sath bad-fe'li karein").terms.map((t) => t.term.id)).toContain('unnatural-offence');
    expect(top("do admi 15 saal ke larke ko madrasay ke bahar se utha kar le gaye ta ke us ke sath bad-fe'li karein")).toEqual(['/ppc/s367a/']);
    expect(u("they didn't ask for ransom").terms.map((t) => t.term.id)).not.toContain('kidnapping-for-ransom');
  });
  it('a man forced into a car with a threat to kill him is abducted to be murdered (s. 364); a rape victim threatened is not', () => {
    expect(top('accd and 2 armed men forcibly pushed his brother into a white Corolla saying they would finish him off')).toEqual(['/ppc/s364/']);
    expect(top('purani dushmani par mere bhai ko gari mein daal kar le gaye aur kaha jaan se maar denge')).toEqual(['/ppc/s364/']);
    expect(top('they abducted her, raped her and threatened to kill her')).not.toEqual(['/ppc/s364/']);
    expect(top('my son was kidnapped and they demanded 20 lakh ransom or they will kill him')).toEqual(['/ppc/s365a/']);
    expect(u('he pushed the door into the frame').terms.map((t) => t.term.id)).not.toContain('abduction');
  });
  it('work told as forced or unpaid is forced labour; a bonded debt keeps it the Bonded Labour Act\'s; work alone is not', () => {
    expect(u('landlord made a villager plough his fields against his will').terms.map((t) => t.term.id)).toContain('forced-labour');
    expect(u('sis taken to muscat by agent, housework no pay').terms.map((t) => t.term.id)).toContain('forced-labour');
    expect(u('kiln owner made the family work for the peshgi without pay').terms.map((t) => t.term.id)).not.toContain('forced-labour');
    expect(u('my brother went to work in Dubai').terms.map((t) => t.term.id)).not.toContain('forced-labour');
  });
  it('a law the query names decides which law\'s procedure answers ("Under the Penal Code can it be compromised")', () => {
    const q = u('A landlord made a villager plough his fields against his will. Under the Penal Code can the matter be compromised, and can the police arrest without a warrant?');
    expect(Object.keys(q.priors)).not.toContain('/ptpa-2018/s9/');
    expect(top('A landlord made a villager plough his fields against his will. Under the Penal Code can the matter be compromised, and can the police arrest without a warrant?')).toEqual(['/ppc/s374/']);
  });
  it('a sale told in Urdu word order: the buyer is the one who "khareed liya" the girl named before with "ko" (s. 371B)', () => {
    expect(top('naika ne gaon ki ek gareeb larki ko us ke sautelay baap se 3 lakh mein khareed liya ta ke us se dhanda karwaye')).toEqual(['/ppc/s371b/']);
  });
  it('a bonded-labour Act\'s own provisions singled out: agreement void (s. 5), enforced (s. 12), payment on an ended debt (s. 8), the officer\'s duty (s. 10)', () => {
    expect(top('abba ne stamp paper pe likh ke diya tha ke karza utarne tak hum zameen pe muft kaam karenge, kya ye muahida qanoonan manna parega?')).toEqual(['/blsa-1992/s5/']);
    expect(top('In Punjab, what fine can the court impose on a kiln owner who enforces a peshgi arrangement, and does any of that fine go to the worker?')).toEqual(['/blsa-1992-punjab/s12/']);
    expect(top('even after they were told such debts are finished, the kiln owner keeps taking Rs 2,000 every week from his pay towards the old peshgi')).toEqual(['/blsa-1992/s8/']);
    expect(top('the kiln owner keeps taking Rs 2,000 every week from his pay towards the peshgi')).not.toEqual(['/blsa-1992/s8/']);
    expect(top('Which officer in Punjab has the duty to find out whether bonded labour is going on at the brick kilns of Sheikhupura?')).toEqual(['/blsa-1992-punjab/s10/']);
  });
  it('"what fine can the court impose" asks the penalty, not procedure; "which court tries it" asks procedure', () => {
    expect(u('what fine can the court impose on a kiln owner for bonded labour').intent).not.toBe('procedure');
    expect(u('which court tries a bonded labour case').intent).toBe('procedure');
  });
  it('"Kasur" in an English sentence is the place ("bhatta owner kasur filed civil case"); "be kasur" is no place', () => {
    expect(u('bhatta owner kasur filed civil case to recover peshgi from abbu, allowed?').placeActs).toContain('blsa-1992-punjab');
    expect(top('bhatta owner kasur filed civil case to recover peshgi from abbu, allowed?')).toEqual(['/blsa-1992-punjab/s6/']);
    expect(u('mazdoor be kasur tha, bhatta malik ne peshgi ke liye rok rakha').placeActs ?? []).not.toContain('blsa-1992-punjab');
  });
  it('"the 1992 federal bonded labour Act" names the law, not the year of the facts: a Sindh place asks for Sindh s. 1', () => {
    expect(top('A hari family in Sanghar is kept working on a zamindar\'s land over an old karza. Does the 1992 federal bonded labour Act govern that, or does Sindh have its own law?')).toEqual(['/sindh-blsa-2015/s1/']);
  });
  it('unpaid work for an old loan stays bonded labour: no forced-labour term where a debt is told', () => {
    expect(u('zamindar in Okara makes a labourer and his wife work his fields without pay until his father\'s old loan is cleared').terms.map((t) => t.term.id)).not.toContain('forced-labour');
  });
  it('an agent who took a man "saying good job" and made him work unpaid is trafficking first (PTPA s. 3(1)); no lure told, s. 374 first', () => {
    expect(top('agent took my cousin from Rahim Yar Khan saying good job in a Karachi factory. there they lock him inside the godown and make him work day and night, no pay')).toEqual(['/ptpa-2018/s3/']);
    expect(top('landlord made a villager plough his fields against his will')).toEqual(['/ppc/s374/']);
  });
  it('a child taken without the parents knowing, no purpose told, is kidnapping from lawful guardianship (s. 361); with a ransom, s. 365A', () => {
    expect(top('پڑوسی بارہ سالہ بچے کو اسکول کے باہر سے والدین کو بتائے بغیر اپنے ساتھ لے گیا')).toEqual(['/ppc/s361/']);
    expect(top('neighbour took my 10 year old son from school without telling us')).toEqual(['/ppc/s361/']);
    expect(top('neighbour took my 10 year old son from school without telling us and demanded ransom')).toEqual(['/ppc/s365a/']);
    // With the parents' leave nothing lifts s. 361 above the words' own pointing.
    expect(u('neighbour took my 10 year old son to school with our permission').priors['/ppc/s361/'] ?? 0).toBeLessThan(1);
  });
  it('bail asked of bonded-labour facts lifts that Act\'s classification section (BLSA s. 17), in the text offered there', () => {
    expect(top('islamabad tarnol bhatta owner arrested for peshgi workers, can he get bail')).toEqual(['/blsa-1992/s17/']);
  });
  it('a boy of fifteen forced into a car "with the purpose of bad-faili", nothing done: s. 367A, s. 377 only context', () => {
    const q = u('his son Hamza aged 15 was forced into a Mehran car by accd Waqas near the adda with the purpose of bad-faili with him; boy recovered before anything happened');
    expect(top('his son Hamza aged 15 was forced into a Mehran car by accd Waqas near the adda with the purpose of bad-faili with him; boy recovered before anything happened')).toEqual(['/ppc/s367a/']);
    expect(q.general).toContain('/ppc/s377/');
  });
  it('"can she be prosecuted for what she was forced to do" lifts the victim\'s immunity (PTPA s. 6) above the offence', () => {
    expect(top('agent kept her after promising a beauty parlour job and made her pick pockets. SHO wants to nominate her in the theft cases. Can she be prosecuted for what she was forced to do?')).toEqual(['/ptpa-2018/s6/']);
  });
  it('consent pleaded for a girl of fifteen against a rape charge ("so no rape") is s. 375 sixthly; the plea is no denial', () => {
    expect(top('Prosecutor: defence says the 15 year old girl went along willingly and never resisted, so no rape. Is her agreement any defence at that age?')).toEqual(['/ppc/s375/']);
    expect(u('no rape was committed, she only went to a wedding').terms.map((t) => t.term.id)).not.toContain('rape');
  });
  it('a sale for prostitution in Urdu ("بہن کو … بیچ دیا تاکہ وہ دھندہ کروائے") is the seller\'s s. 371A, not s. 370', () => {
    expect(top('سوتیلے باپ نے میری بیس سالہ بہن کو ایک کوٹھے والی کے ہاتھ دو لاکھ میں بیچ دیا تاکہ وہ دھندہ کروائے، باپ پر کون سا جرم بنتا ہے')).toEqual(['/ppc/s371a/']);
  });
  it('the side a question asks of ("as the one who paid") decides buyer or seller', () => {
    expect(top('her stepfather handed her over to a woman who runs a dhanda house and the woman paid him 2 lakh; what is the woman\'s own offence as the one who paid?')).toEqual(['/ppc/s371b/']);
  });
  it('a sum demanded for one taken ("30 lakh maang rahe hain warna maar denge") is kidnapping for ransom, not s. 364', () => {
    expect(top('mere bhai ko motorcycle se utaar ke le gaye, ab phone kar ke 30 lakh maang rahe hain warna maar denge')).toEqual(['/ppc/s365a/']);
    expect(u('mere bhai ne dukaan ke liye 30 lakh maang liye').terms.map((t) => t.term.id)).not.toContain('kidnapping-for-ransom');
  });
  it('a place people came from is not where the facts happened: labourers "from Tharparkar" kept in Islamabad are under the federal Act', () => {
    expect(u('a company in Islamabad keeps 60 labourers from Tharparkar who took advances and are not allowed to leave').placeActs).not.toContain('sindh-blsa-2015');
    expect(u('a zamindar in Tharparkar keeps hari families for old advances').placeActs).toContain('sindh-blsa-2015');
  });
  it('"can the company and its directors be booked" is offences by companies (BLSA s. 18)', () => {
    expect(top('a private limited construction company in Islamabad keeps 60 labourers who took advances and are not allowed to leave the site. Can the company and its directors be booked?')).toEqual(['/blsa-1992/s18/']);
  });
  it('a "tube-well kotha" is a room, no brothel; "kothe par bech diya" is', () => {
    expect(u('boy recovered from a tube-well kotha').terms.map((t) => t.term.id)).not.toContain('brothel');
  });
  it('glued ages as phones type them ("8yr boy") are read; "section 14yrs" without a person is not', () => {
    expect(u('8yr boy taken by neighbour to kill him').ages).toEqual([8]);
    expect(top('8yr boy taken by neighbour to kill him bcz dushmani, found alive. sec?')).toEqual(['/ppc/s364a/']);
  });
  it('a place named after "near" is a name, not a word of the law ("near Hussain Agahi" is no awareness)', () => {
    expect(u('a dhanda house near Hussain Agahi').terms.map((t) => t.term.id)).not.toContain('awareness-and-prevention');
  });
  it('a helper\'s role and help told, and his liability asked or his story told, is abetment of the facts\' law', () => {
    expect(top('munshi guarding kiln labourers for the owner, is he also liable')).toEqual(['/blsa-1992/s14/']);
    expect(top('rickshaw wala knowingly ferried trafficked girls to the pimp, his liability')).toEqual(['/ptpa-2018/s5/']);
    expect(top('hotel manager knowingly gave rooms where trafficker kept the girls, tipped him off about raids')).toEqual(['/ptpa-2018/s5/']);
    expect(top('shopkeeper in Sialkot let the agent use his bank account to collect fees for illegal trips abroad, knowing what the money was for')).toEqual(['/psma-2018/s7/']);
    // A driver told, nothing of helping or liability: no abetment.
    expect(top('driver of the van took girls to Lahore for sex work')).not.toEqual(['/ptpa-2018/s5/']);
  });
  it('the intention told after the act in Urdu order ("bad-fayli ki niyat se") or as "to sodomise him" is s. 367A', () => {
    expect(top('hamare 19 saal ke larkay ko 3 bande bad-fayli ki niyat se zabardasti utha kar le gaye')).toEqual(['/ppc/s367a/']);
    expect(top('Two men forced a 17 year old boy into a car near the shrine and drove him to a room to sodomise him; he escaped before they could')).toEqual(['/ppc/s367a/']);
  });
  it('a child under fourteen lured into a car, the wish to abuse her told, is s. 364A', () => {
    expect(top('neighbour lured 9 year old girl into his car in Kasur, villagers stopped the car, he admitted he wanted to abuse her')).toEqual(['/ppc/s364a/']);
  });
  it('a victim "nominated as accused in the same FIR" asks the victim\'s immunity; so do rescued girls "booked too"', () => {
    expect(top('trafficked girl was made by the pimp to carry charas, now police want to nominate her as accused in the same FIR')).toEqual(['/ptpa-2018/s6/']);
    expect(top('After a guest house raid the SHO booked the rescued girls too, for zina and the fake CNICs the gang gave them — can they be prosecuted?')).toEqual(['/ptpa-2018/s6/']);
  });
  it('"the kotha owner who paid money for the girl" is the buyer, not a migrant who paid an agent', () => {
    expect(top('can the kotha owner who paid money for the girl also be charged, or only the man who sold her')).toEqual(['/ppc/s371b/']);
    expect(top('can the migrant who paid the agent be prosecuted')).toEqual(['/psma-2018/s8/']);
  });
  it('of Penal Code facts, bail and the court asked are answered on the offence page: no other law\'s court or bail section', () => {
    expect(Object.keys(u('simple kidnapping - is it bailable and which court tries it').priors)).not.toContain('/ptpa-2018/s10/');
    expect(Object.keys(u('simple kidnapping - is it bailable and which court tries it').priors)).not.toContain('/blsa-1992/s17/');
  });
  it('bonded-labour facts singled out: not property kept (ss. 7, 13 are transitional), the district\'s inaction (s. 10), payments after freeing (s. 8), the fine\'s share (s. 12)', () => {
    // Not ss. 7 and 13 for property seized today: both are of property encumbered before the Act began.
    expect(top('FIR against creditor in Rahim Yar Khan who seized a haari\'s buffaloes over peshgi and never gave them back')).not.toEqual(['/blsa-1992-punjab/s13/']);
    expect(top('Sargodha: labour NGO reported peshgi families stuck at several kilns to district administration, nobody has inquired')).toEqual(['/blsa-1992-punjab/s10/']);
    expect(top('even after labourers were freed on court order, kiln munshi still cutting old peshgi from their weekly wages')).toEqual(['/blsa-1992/s8/']);
    expect(top('does a freed bonded labourer get any money from the fine for the days he was forced to work?')).toEqual(['/blsa-1992/s12/']);
  });
  it('a person taken to be kept as a slave or to be hurt grievously is s. 367; one sold is s. 370', () => {
    expect(top('25 year old labourer grabbed at Sukkur bus stand and taken to a remote farm to be kept there as a slave')).toEqual(['/ppc/s367/']);
    expect(top('Accused persons abducted complainant\'s son from Bannu bazar saying they would break his legs for eloping with their cousin')).toEqual(['/ppc/s367/']);
    expect(top('he bought a 25 year old labourer from his cousin and kept him as a slave')).not.toEqual(['/ppc/s367/']);
  });
  it('a girl brought from another country into Pakistan for sex work is s. 366B; compensation sought by the victim is PTPA s. 13', () => {
    expect(top('agent brought three teenage girls from Bangladesh to Karachi by boat so they could be pushed into sex work')).toEqual(['/ppc/s366b/']);
    expect(top('trafficker convicted, boy he kept in forced work for 2 years without wages wants money from him')).toEqual(['/ptpa-2018/s13/']);
  });
  it('an officer sued for an honest raid asks the good-faith protection of the facts\' law (PSMA s. 15)', () => {
    expect(top('can an FIA officer be sued for an honest raid on smuggling agents that turned out wrong')).toEqual(['/psma-2018/s15/']);
  });
  it('review of the session\'s rules: what each must not misdirect', () => {
    // Bail asked where a rape or sodomy is told too: not the Bonded Labour Act's "bailable" section first.
    expect(top('bhatta malik ne peshgi wale mazdoor ki beti se zyadti ki, zamanat ho sakti hai?')).not.toEqual(['/blsa-1992/s17/']);
    expect(top('bonded labourer in Punjab was sodomised by the kiln owner, is it bailable')).not.toEqual(['/blsa-1992-punjab/s17/']);
    // A fee, a peshgi, a dowry or a bribe demanded is no ransom.
    for (const q of ['agent took my son to Libya and is now demanding 10 lakh more to send him to Italy', 'kiln owner took the family to his kiln and is demanding 3 lakh before they can leave', 'my daughter\'s in-laws took her back and demanding 5 lakh dowry', 'police took my son from home and are demanding 50,000 rupees to release him'])
      expect(u(q).terms.map((t) => t.term.id), q).not.toContain('kidnapping-for-ransom');
    // Companies outside bonded labour: BLSA s. 18 is of "an offence under this Act".
    expect(top('overseas employment promoter company sent 30 workers to Saudi, the directors took their passports, can the company be charged')).not.toEqual(['/blsa-1992/s18/']);
    // An accused's honest belief is no officer's good faith.
    expect(top('accused says he honestly believed the girl was 18 when he married her')).not.toEqual(['/psma-2018/s15/']);
    // A threat to keep the family quiet is not the taking's purpose.
    expect(top('they pushed my brother into a car and took him away, they threatened to kill us if we went to police')).not.toEqual(['/ppc/s364/']);
    // A deed told done is not an intention: "subjected to sodomy", "phir zyadti ki".
    expect(u('a 20 year old man was abducted and subjected to sodomy by the accused').general ?? []).not.toContain('/ppc/s377/');
    expect(u('9 saal ki bachi ko utha kar le gaye taake koi na dekhe, phir zyadti ki').general ?? []).not.toContain('/ppc/s376/');
    // The threats of a bonded debt are the bondage's, not s. 367's.
    expect(u('landlord took the haari to his dera and threatened to break his legs if he left before paying the peshgi').general).toContain('/ppc/s367/');
    expect(u('landlord took the haari to his dera and threatened to break his legs if he left before paying the peshgi').priors['/ppc/s367/'] ?? 0).toBeLessThan(1);
    // One who transports trafficked girls is a principal of PTPA s. 3, not an abettor.
    expect(top('driver knowingly transported trafficked girls to Karachi for prostitution, what charge against him')).not.toEqual(['/ptpa-2018/s5/']);
    // "used to abuse him" is ill-treatment told, no purpose of a taking.
    expect(top('10 year old boy lured from his village to work in a house in Lahore, employer used to abuse him')).not.toEqual(['/ppc/s364a/']);
    // The trafficker's demand is no compensation; a bonded labourer's is BLSA s. 12's share of the fine.
    expect(top('the trafficker wants more money from the family to release the girl')).not.toEqual(['/ptpa-2018/s13/']);
    // Arrears of pay alone are no forced labour.
    expect(u('security guard working at a plaza, the company did not pay wages for two months, is it a crime').terms.map((t) => t.term.id)).not.toContain('forced-labour');
    // The labourers taking an advance is no payment on an extinguished debt; an arrest question is no officer's duty.
    expect(top('brick kiln labourers freed by court order last month, kiln owner took 50000 peshgi from them earlier, what sections')).not.toEqual(['/blsa-1992/s8/']);
    expect(top('which officer can arrest a kiln owner who keeps bonded labourers')).not.toEqual(['/blsa-1992/s10/']);
    // "freed from", "recovered from" name where the facts happened.
    expect(u('police recovered 25 bonded labourers from Rahim Yar Khan and produced them before a court in Sukkur').placeActs).toContain('blsa-1992-punjab');
    // The father who paid the agent to send his son is no smuggled migrant.
    expect(u('can the man who paid the agent to send his son to Italy be charged').priors['/psma-2018/s8/'] ?? 0).toBeLessThan(1);
    // Women of no age told are not "any girl under the age of twenty-one" (s. 366B).
    expect(top('Afghan women brought from Afghanistan to Peshawar and forced into prostitution')).not.toEqual(['/ppc/s366b/']);
    expect(top('Bangladeshi girls brought to Karachi and pushed into prostitution')).toEqual(['/ppc/s366b/']);
    // A length of work in Urdu is no age.
    expect(u('دس سال کی مزدوری کے بعد بھی قرض ختم نہیں ہوا').ages).toEqual([]);
    // Phrasings the rules missed: a victim nominated by name of her state; "taake" after a plain taking; a child taken for work.
    expect(top('police nominated the trafficked girl as accused in the same FIR, what can be done')).toEqual(['/ptpa-2018/s6/']);
    expect(top('12 saal ki bachi ko le gaye taake us ke saath ziyadti karein')).toEqual(['/ppc/s364a/']);
    expect(top('12 saal ke bache ko bina ijazat bhatte par kaam pe le gaye')).not.toEqual(['/ppc/s361/']);
  });
  it('a capitalised name is never corrected into a library word ("Imran" is not "Iran"); a misspelling at the head is', () => {
    expect(u('Imran was beaten by kiln owner').corrected).toBeUndefined();
    expect(u('accused agent took money from Imran for a job in Italy').corrected).toBeUndefined();
    expect(u('Traffiking of children').corrected).toBe('trafficking of children');
  });
  it('the Act of a section cited decides whose bail section answers ("is 371A bailable": no other law\'s)', () => {
    expect(Object.keys(u('is 371A bailable').priors)).not.toContain('/blsa-1992/s17/');
    expect(top('s. 11 BLSA bail')).toEqual(['/blsa-1992/s17/']);
  });
  it('rape by two or more acting together is gang rape (s. 375A); one man\'s rape is not', () => {
    expect(top('تین لڑکوں نے مل کر ایک لڑکی کے ساتھ زیادتی کی، ان سب کو کیا سزا ہو گی')).toEqual(['/ppc/s375a/']);
    expect(top('three men raped the girl in the fields')).toEqual(['/ppc/s375a/']);
    expect(top('he raped the girl and threatened her')).not.toEqual(['/ppc/s375a/']);
  });
  it('a threat to kill made for a ransom leaves s. 364 as context', () => {
    expect(u('mere bhai ko motorcycle se utaar ke le gaye, ab 30 lakh maang rahe hain warna maar denge').general).toContain('/ppc/s364/');
  });
  it('"does Sindh have its own law", asked of a Sindh place, puts its s. 1 above the offences', () => {
    expect(u('A hari family in Sanghar is kept working on a zamindar\'s land over an old karza. Does the 1992 federal bonded labour Act govern that, or does Sindh have its own law?').priors['/sindh-blsa-2015/s1/']).toBeGreaterThanOrEqual(1);
  });
  it('an offence named before "nahi" is the one the facts are not ("insani smuggling nahi, trafficking ka parcha hai"); "zamanat nahi milti" keeps bail', () => {
    const q = u('insani smuggling nahi, trafficking ka parcha hai. kya sulah ho sakti hai aur zamanat milti hai?');
    expect(q.terms.map((t) => t.term.id)).not.toContain('smuggling-of-migrants');
    expect(top('insani smuggling nahi, trafficking ka parcha hai. kya sulah ho sakti hai aur zamanat milti hai?')).toEqual(['/ptpa-2018/s9/']);
    expect(u('trafficking case mein zamanat nahi milti?').terms.map((t) => t.term.id)).toContain('bail');
  });
});

describe('blind batches z and aa (thirteenth session): facts told in words the rules did not read', () => {
  it('whether the law\'s word covers the person is asked of the definitions, though the facts tell of an arrest', () => {
    expect(u('agent who took my sis is absconding never arrested, is she still counted as victim under trafficking law').intent).toBe('meaning');
    expect(top('agent who took my sis is absconding never arrested, is she still counted as victim under trafficking law')).toEqual(['/ptpa-2018/s2/']);
    expect(top('if a worker is paid far below others and no minimum wage is notified, can it still come under bonded labour?')).toContain('/blsa-1992/s2/');
    // Not a word asked of something else: "is this advance repayable" asks whether it is owed (s. 6), not what it means.
    expect(u('is this advance repayable after the kiln was raided').priors['/blsa-1992/s2/'] ?? 0).toBeLessThan(1);
    // Nor a victim's arrest asked: that is the victim's immunity.
    expect(u('police arrested the rescued girl, can she be charged').intent).toBe('procedure');
  });
  it('the victim\'s own liability asked in reported speech or after "shown as an accused", across sentences', () => {
    expect(liabilityAskedOf('Caller Shazia, rescued yesterday in a raid on a flat where a gang made her serve customers; now the SHO says she too will be booked. She asks if she can be made an accused.')).toBe('victim');
    expect(liabilityAskedOf('My sister was forced into sex work in a flat. Police arrested her along with the gang and now she is also shown as an accused. Can she be punished when she was forced into it?')).toBe('victim');
    expect(top('Caller Shazia, rescued yesterday in a raid on a flat where a gang made her serve customers; now the SHO says she too will be booked. She asks if she can be made an accused.')).toEqual(['/ptpa-2018/s6/']);
    // The accused's liability, asked of the accused, is no victim's.
    expect(liabilityAskedOf('the agent is shown as an accused. Can he be punished for the girls he sold?')).not.toBe('victim');
  });
  it('who investigates, asked in Roman Urdu or as the "competent investigating agency"; a route abroad is smuggling', () => {
    expect(top('dunki agent case kon investigate krta fia ya local thana? bcz thana says not our case')).toEqual(['/psma-2018/s11/']);
    expect(top('Challan in the case of sending 12 youths from Kharian to Spain by the Libya route was put up by SHO. Who is the competent investigating agency?')).toEqual(['/psma-2018/s11/']);
    expect(u('sent 12 youths to Spain by the Libya route').terms.map((t) => t.term.id)).toContain('smuggling-of-migrants');
    // A route told with exploitation is trafficking's, not smuggling alone.
    expect(u('girls sent to Oman via Iran and forced into prostitution').terms.map((t) => t.term.id)).not.toContain('smuggling-of-migrants');
  });
  it('compensation asked as "make him pay money to the girl" after a conviction; not before one', () => {
    expect(top('trafficker got convicted, can judge make him pay money to the girl he sold')).toEqual(['/ptpa-2018/s13/']);
    expect(u('can the court make him pay money to the girl he sold').priors['/ptpa-2018/s13/'] ?? 0).toBeLessThan(1);
  });
  it('a taking on a bike by force, and one "by force", are abduction; a ride offered is not', () => {
    expect(top("hamare 16 saal ke bete ko 3 larke zabardasti bike pe bitha k le gaye bad-fe'li karne ke liye, in ki saza kya hai")).toEqual(['/ppc/s367a/']);
    expect(u('uncle ne bachay ko bike pe bitha ke school chhora').terms.map((t) => t.term.id)).not.toContain('abduction');
    expect(u('accd Asif took away his daughter Sana by force').terms.map((t) => t.term.id)).toContain('abduction');
  });
  it('one who knew of the taking and kept the person locked is s. 368, with s. 365 as context', () => {
    const q = 'after accd Asif took away his daughter Sana by force, Asif\'s uncle Rafiq, fully aware of this, kept her locked in his dera for ten days. What offence against Rafiq?';
    expect(top(q)).toEqual(['/ppc/s368/']);
    expect(u(q).general).toContain('/ppc/s365/');
    // Without a keeper who knew, s. 365 stays.
    expect(top('accd took away his daughter by force and kept her locked in his dera for ten days')).not.toEqual(['/ppc/s368/']);
  });
  it('gang rape puts ss. 375 and 376 as context; a taking with "kaam tamaam" and a body found is s. 364', () => {
    expect(u('چار لڑکوں نے مل کر میری بیٹی کے ساتھ زیادتی کی، ان سب کو کیا سزا ملے گی').general).toEqual(expect.arrayContaining(['/ppc/s375/', '/ppc/s376/']));
    const q = 'accd Riaz and 2 co-accd bundled deceased Kamran (32) r/o Chak 47 into a Corolla at pistol point saying aaj tera kaam tamaam; dead body recovered from the canal. IO has charged only 365 (confinement). Proper head for the taking away?';
    expect(top(q)).toEqual(['/ppc/s364/']);
    // A procedure word in the question (a charge, cognizance) tells no trafficking.
    expect(top('accd bundled Kamran into a Corolla saying aaj tera kaam tamaam; is it cognizable?')).not.toEqual(['/ptpa-2018/s3/']);
  });
  it('an adult made to go by a lie is abducted (s. 362), asked as "is this kidnapping"; a minor or a job promised is not', () => {
    const q = 'sensitization q: 24 yr old married woman was told her mother had been admitted in hospital, she sat in the car herself and was driven to a dera in Layyah instead. is this kidnapping at all or some other offence?';
    expect(top(q)).toEqual(['/ppc/s362/']);
    expect(top('12 year old girl was told her mother was ill, she sat in the car and was driven to a dera instead. is this kidnapping?')).not.toEqual(['/ppc/s362/']);
    expect(u('woman was told she would get a factory job but was driven to a brothel instead').terms.map((t) => t.term.id)).not.toContain('abduction');
  });
  it('a girl of 19 brought into Pakistan for the "flesh trade" is s. 366B (under twenty-one)', () => {
    expect(top('girl of 19 brought from Bangladesh via the Iran border into Karachi by a gang who meant to put her in the flesh trade')).toEqual(['/ppc/s366b/']);
    expect(top('woman of 25 brought from Bangladesh into Karachi for the flesh trade')).not.toEqual(['/ppc/s366b/']);
  });
  it('a labourer bought "like he owns him", no debt, is s. 370; a denied debt reads no place for the Bonded Labour Acts', () => {
    const q = 'wadera in Rajanpur paid 2 lakh to another landlord n took haari Allah Ditta like he owns him, no karza nothing, wont let him go';
    expect(top(q)).toEqual(['/ppc/s370/']);
    expect(u(q).placeActs).toEqual([]);
    expect(u('haari in Rajanpur kept working over an old karza').placeActs).toContain('blsa-1992-punjab');
  });
  it('foreigners without papers kept for rent are harboured for benefit (PSMA s. 5); smuggled across, they are not', () => {
    expect(top('landlord in peshawar keeps afghan familes w/o visa or card in his rooms for extra rent, is it crime')).toEqual(['/psma-2018/s5/']);
    expect(u('agent smuggled afghan men without visa across the border to Iran').terms.map((t) => t.term.id)).not.toContain('harbouring-illegal-residents');
  });
  it('review of the thirteenth session\'s rules: what each must not misdirect', () => {
    // A word "mana jayega" asked of no defined word lifts no definitions section.
    expect(top('kya yeh zina bil jabr mana jayega')).not.toEqual(['/blsa-1992/s2/']);
    // A minor asked of a kidnapping is the Penal Code's (s. 361); of an accused, no definition is asked.
    expect(top('kya 15 saal ki larki nabaligh mani jayegi agwa ke case mein')).toEqual(['/ppc/s361/']);
    expect(top('Girl aged 15 went with the boy willingly, is she a minor under the PPC for kidnapping?')).toEqual(['/ppc/s361/']);
    expect(u('Accused is 17 years old, is he a minor? can he get bail?').intent).toBe('procedure');
    // A lie that leads to a forced marriage is s. 365B; one that leads abroad is s. 360; a married girl of 15 is no adult.
    expect(top('A 30 year old woman went with her cousin on the pretext of shopping but he married her by force. Is this kidnapping?')).not.toEqual(['/ppc/s362/']);
    expect(top("25-year-old woman told she was going to her sister's house in Dubai but was taken to Muscat. Is this kidnapping?")).not.toEqual(['/ppc/s362/']);
    expect(top('a 15-year-old married girl was told her husband was ill, she sat in the car and was driven to a dera instead. is this kidnapping?')).not.toEqual(['/ppc/s362/']);
    // Compensation under the PTPA only for a trafficking conviction, and to the victim.
    expect(u('Accused convicted of rape of the girl, can court make him pay money to the girl?').priors['/ptpa-2018/s13/'] ?? 0).toBeLessThan(1);
    expect(u("Convicted trafficker's family wants money back from the victim's family").priors['/ptpa-2018/s13/'] ?? 0).toBeLessThan(1);
    // Foreigners arrested in their own rented house, or kept for sex work or on a peshgi, are not harboured for benefit.
    expect(top('Police raided a rented house and arrested 12 Afghans without POR cards. What law applies to them?')).not.toEqual(['/psma-2018/s5/']);
    expect(top('Kiln owner in Kasur employs Afghan families without cards, took peshgi')).not.toEqual(['/psma-2018/s5/']);
    // "Forced into debt" makes no victim of the seller; an abbreviation's full stop ends no sentence.
    expect(liabilityAskedOf('Her husband was forced into debt and sold her to a kotha, can he too be charged?')).not.toBe('victim');
    expect(liabilityAskedOf('Can the woman who was sent abroad by Mr. Aslam be charged for the fake passport?')).toBe('victim');
    // A route abroad with a sale told is no smuggling alone; things taken by force or put in a car take no one.
    expect(u('Girls were taken by the Iran route to Muscat and sold there').terms.map((t) => t.term.id)).not.toContain('smuggling-of-migrants');
    expect(u('Dacoits took away cash and mobile phones by force').terms.map((t) => t.term.id)).not.toContain('abduction');
    expect(u('Zaid put all the bags of the girls into the car').terms.map((t) => t.term.id)).not.toContain('abduction');
    // "kaam tamaam ho jaye ga" (the work will be done) is no threat to kill.
    expect(u('agent ne kaha kaam tamam ho jaye ga phir paise do').translated.map((t) => t.english).join(' ')).not.toMatch(/murder/);
  });
  it('Roman Urdu nouns with an English plural or a hyphenated English word are read ("bhattas", "peshgi-bound"); English plurals are not Roman', () => {
    expect(u('which officer in sheikhupura district admin is bound to check bhattas for peshgi-bound workers').terms.map((t) => t.term.id)).toEqual(expect.arrayContaining(['brick-kiln', 'peshgi']));
    expect(u('which officer in sheikhupura district admin is bound to check bhattas').placeActs).toContain('blsa-1992-punjab');
    expect(top('overseas employment promoter company sent 30 workers to Saudi, the directors took their passports, can the company be charged')).not.toEqual(['/blsa-1992/s18/']);
    expect(u('bad-feli ki niyat se').terms.map((t) => t.term.id)).toContain('unnatural-offence');
  });
});

describe('blind batch ac (thirteenth session): rules from its misses, each with what it must not do', () => {
  it('an age in brackets after a name is an age; a nationality "brought her to Pakistan" is importation', () => {
    const q = 'Case diary: accd Rafiq arrested at Jinnah Terminal on arrival from Dhaka with Shirin Akter (20), Bangladeshi national, whom he had promised a job; he admitted he brought her to Pakistan to put her in the flesh trade';
    expect(u(q).ages).toEqual([20]);
    expect(top(q)).toEqual(['/ppc/s366b/']);
    // A section cited in brackets is no age.
    expect(u('IO charged him u/s 365 (10) only').ages).toEqual([]);
  });
  it('one taken within Pakistan on a false job promise and booked for the papers the gang gave her asks PTPA s. 6, not PSMA s. 8', () => {
    expect(top('client Shabana (23) was taken to Karachi by a gang on the promise of a factory job and kept in a flat; they gave her a fake CNIC. Police now want to book her for the forged CNIC. What defence does she have?')).toEqual(['/ptpa-2018/s6/']);
    expect(top('migrant deported from Oman with a fake passport the agent gave him, police want to book him for the fake passport too')).toEqual(['/psma-2018/s8/']);
  });
  it('"no one was taken out of the country" denies the taking abroad; workers brought by a contractor and locked unpaid are trafficked', () => {
    const q = 'Roznamcha PS SITE Kotri: 11 girls from Jacobabad brought by a thekedar to a garment unit in Kotri, kept locked in the hostel, no pay, phones taken away. No one was taken out of the country. Do we register and investigate ourselves or send it to FIA?';
    expect(u(q).translated.map((t) => t.english).join(' ')).not.toMatch(/outside|beyond/);
    expect(top(q)).toEqual(['/ptpa-2018/s8/']);
    // The villager made to work unpaid where he lives is the Code's forced labour, no trafficking.
    expect(u('zamindar made the village potter plough his fields for free against his will').terms.map((t) => t.term.id)).not.toContain('trafficking-in-persons');
  });
  it('a witness\'s safety asked is PTPA s. 11; a witness threatened in a bail question is not', () => {
    expect(top('witness threatnd by trafficking gang in multan can govt shift her n hide her address')).toEqual(['/ptpa-2018/s11/']);
    expect(u('accused threatened the witness after the FIR, can his bail be cancelled').priors['/ptpa-2018/s11/'] ?? 0).toBeLessThan(1);
  });
  it('a Pakistani smuggling migrants from abroad, asked if he can be tried here, is PSMA s. 1(4)(c)', () => {
    expect(top('kingpin, a Pakistani passport holder, runs the dunki network from Athens; none of his acts took place inside Pakistan. Can he still be booked under the migrant smuggling law?')).toEqual(['/psma-2018/s1/']);
    expect(top('agent in Gujrat sent boys to Greece through the dunki route, can he be booked')).not.toEqual(['/psma-2018/s1/']);
  });
  it('Urdu harbouring, payments after freeing in Roman Urdu, a designated officer\'s duty, "which law covers" a Sindh place', () => {
    expect(top('پشاور میں مالک مکان پیسے لے کر ویزا ختم والے افغانیوں کو گھر میں چھپا کے رکھتا ہے')).toEqual(['/psma-2018/s5/']);
    expect(top('bhatta malik azad kiye gaye mazdooron se abhi b purani peshgi ki qist le rha hai islamabad')).toEqual(['/blsa-1992/s8/']);
    expect(top('I have been designated by the district administration in Rahim Yar Khan to deal with bonded labour. Am I actually required to go and check kilns for families held on peshgi?')).toEqual(['/blsa-1992-punjab/s10/']);
    expect(top('Which bonded labour law covers haris in Umerkot today, the federal 1992 Act or does Sindh have its own?')).toEqual(['/sindh-blsa-2015/s1/']);
    expect(top('Is Yousaf covered by the 1992 bonded labour Act even though he never took the loan?', 2)).toContain('/blsa-1992/s2/');
  });
  it('second review: what the batch-ac rules must not misdirect', () => {
    // A denial covers the taking abroad, never the next clause's facts.
    expect(top('No one was taken away, the girl was raped by her uncle at home')).toEqual(['/ppc/s375/']);
    // A girl "from Kabul" raped in Peshawar was imported by no one.
    expect(top('A girl from Kabul was raped in Peshawar by her landlord')).not.toEqual(['/ppc/s366b/']);
    // Brackets after a plural noun, a section or the accused give no victim age.
    expect(u('Recovered Victims (8) from the brick kiln, all adults, peshgi').ages).toEqual([]);
    expect(u('Accused Imran (17) kidnapped Sana (22) from the bus stop').ages).toEqual([22]);
    // The cousin who lured her is asked of, not the victim.
    expect(liabilityAskedOf('She was lured by her cousin Asif on the promise of a job and sold to a kotha. Can he be charged too?')).not.toBe('victim');
    // The migrants' fate abroad makes no accused abroad.
    expect(top('Agent from Gujrat illegally sent 12 boys, they were detained and tortured in Libya. Can the agent be punished?')).not.toEqual(['/psma-2018/s1/']);
    // A labourer asking whether he must repay is s. 6, not an officer's duty.
    expect(top('Kiln worker in Kasur: am I required to repay the peshgi')).not.toEqual(['/blsa-1992-punjab/s10/']);
    // A shelter a landlord gives is no witness protection; the Afghans without visas are harboured (PSMA s. 5).
    expect(top('Landlord gives shelter to Afghan families without visas, can he be charged?')).toEqual(['/psma-2018/s5/']);
    // A witness in a rape case is no PTPA witness.
    expect(u('rape victim threatened by the accused, can police shift her to a safe place').priors['/ptpa-2018/s11/'] ?? 0).toBeLessThan(1);
    // An adult's age leaves the child-sexual-abuse term.
    expect(u('manager tried to molest her, the 28 year old woman complained').terms.map((t) => t.term.id)).not.toContain('child-sexual-abuse');
  });
  it('"is a trafficking victim liable" (no "be") asks the victim\'s immunity; "is the agent liable" the offence', () => {
    expect(liabilityAskedOf('is a trafficking victim liable for using a fake passport')).toBe('victim');
    expect(top('is a trafficking victim liable for using a fake passport')).toEqual(['/ptpa-2018/s6/']);
    expect(liabilityAskedOf('is the agent liable for the fake passport')).toBe('offender');
  });
  it('compensation asked in Roman Urdu after a trafficking conviction ("saza ho gayi … muavza dilwa sakti")', () => {
    expect(top('hamari beti ko naukri ke bahane le jane wale agent ko human trafficking wale qanoon mein saza ho gayi hai, kya court hamein muavza bhi dilwa sakti hai?')).toEqual(['/ptpa-2018/s13/']);
    expect(u('agent ko saza ho gayi, ab wo hum se paise wapas maang raha hai').priors['/ptpa-2018/s13/'] ?? 0).toBeLessThan(1);
  });
});

describe('blind batch ae (thirteenth session): long case diaries and accounts', () => {
  it('a son taken along on a pretext and found dead, earlier threatened, is s. 364', () => {
    expect(top("accd Riaz and Nadeem came on a Honda 125 and took his son Imran along on the pretext of a panchayat at their dera. Accd had threatened to finish Imran at the last wedding. Next morning Imran's body was recovered from the canal.")).toEqual(['/ppc/s364/']);
    // A child taken on a pretext is no adult's abduction by deceit.
    expect(u('took the 9 year old boy along on the pretext of buying sweets').terms.map((t) => t.term.id)).not.toContain('abduction');
  });
  it('a rape trial asking whether no resistance is consent is s. 375 (its proviso), not the trial court', () => {
    const q = 'Judge in training: in a rape trial at Sahiwal the medico-legal report shows no bruises, and the defence says that because the complainant did not fight back she agreed. Is lack of physical resistance treated as consent?';
    expect(top(q)).toEqual(['/ppc/s375/']);
    expect(u(q).intent).not.toBe('procedure');
    // Which court tries a rape case is still asked of the court.
    expect(u('rape case, she consented, which court will try it').intent).toBe('procedure');
  });
  it('an adult woman taken by a lie told in Roman Urdu, asked "kya isko bhi aghwa kehte hain", is s. 362', () => {
    expect(top('meri behn 24 saal ki hai, mohalle ka larka jhoot bol ke le gaya ke Lahore me naukri dilwa dega, koi zabardasti nahi ki. kya isko bhi aghwa kehte hain?')).toEqual(['/ppc/s362/']);
  });
  it('the aunt who knew the girl was taken and kept her locked is s. 368 (Roman Urdu)', () => {
    expect(top('Meri beti Sadia 17 saal ki ko Asif Raza 3 March ko Kamoke se zabardasti utha ke le gaya tha, FIR ho chuki hai. Ab pata chala hai ke Asif ki phuppo Zubaida ne usko Sheikhupura Sharaqpur road wale apne makan me band kar ke rakha hua hai aur sab ko kehti hai ghar me koi nahi. Phuppo ko sab pata tha ke larki uthai gayi hai. Us aurat par kya case banta hai?')).toEqual(['/ppc/s368/']);
  });
  it('no child told, no s. 369 ("zevar bech ke paise diye"); a forced harvest with no loan is s. 374', () => {
    expect(top('Mera bhai Kamran 26 saal ka, Wazirabad se, ek agent Bilal ko 25 lakh diye ke Europe pohncha dega. Agent ne Quetta se Taftan, phir Iran aur Turkey paidal dunki lagwayi. Ammi ne zevar bech ke paise diye the. Agent pe kaunsa qanoon lagega?', 3)).not.toContain('/ppc/s369/');
    expect(top('A zamindar in Layyah made a landless man cut his sugarcane for a week by threatening him; there was no loan or advance between them.')).toEqual(['/ppc/s374/']);
  });
  it('Afghans "none holding a visa", charged rent by the owner, are harboured (PSMA s. 5)', () => {
    expect(top('Nine Afghan nationals found living in two rooms, none holding a visa or PoR card. Owner admitted charging each of them Rs 15,000 a month for rent and food.')).toEqual(['/psma-2018/s5/']);
  });
});

describe('a fresh user\'s findings (thirteenth session)', () => {
  it('workers sent abroad by an agent and forced to work unpaid are trafficked (PTPA s. 3), not only the Code\'s forced labour', () => {
    expect(top('agent sent workers to Dubai and they were forced to work without pay')).toEqual(['/ptpa-2018/s3/']);
  });
  it('each repeal is its own: the 2002 trafficking Ordinance is PTPA s. 16, the 2018 smuggling Ordinance PSMA s. 17', () => {
    expect(Object.keys(u('2002 ordinance').priors)).not.toContain('/psma-2018/s17/');
    expect(top('2002 ordinance')).toEqual(['/ptpa-2018/s16/']);
    expect(top('smuggling of migrants ordinance')).toEqual(['/psma-2018/s17/']);
  });
});

describe('fourteenth session: rules from blind batches ag and ah', () => {
  it('a place typed in Urdu script, or as "isb", names the bonded-labour text offered there; Urdu words that are places too are left out', () => {
    expect(u('فیصل آباد میں بھٹہ مزدوروں کی نگرانی کے لیے ضلعی کمیٹی کا کام کیا ہے').placeActs).toEqual(['blsa-1992-punjab']);
    expect(u('bonded labr case frm sihala isb, which magistrate hears it').placeActs).toEqual(['blsa-1992']);
    expect(u('کراچی کے بھٹے پر پیشگی کی وجہ سے خاندان بند ہے').placeActs).toEqual(['sindh-blsa-2015']);
    // "قصور" is a fault as often as Kasur: not read as a place in Urdu script.
    expect(u('بھٹہ مالک کہتا ہے پیشگی میں میرا قصور ہے').placeActs ?? []).toEqual([]);
  });
  it('which bonded-labour law applies in Sindh, or since when, is the Sindh Act s. 1 (extent, commencement)', () => {
    expect(top('hari family umerkot kept on karza by zamindar, which bonded labour law in sindh')).toEqual(['/sindh-blsa-2015/s1/']);
    expect(top('sindh hv own law against peshgi bondage for haris in mirpurkhas? since when')).toEqual(['/sindh-blsa-2015/s1/']);
    // A kiln story in Sindh that asks no such thing keeps the definitions first.
    expect(top('haris in umerkot kept on karza by the zamindar for years, cannot leave')).not.toEqual(['/sindh-blsa-2015/s1/']);
  });
  it('the court asked to order money for the family after a trafficking conviction is compensation (PTPA s. 13)', () => {
    expect(top('My son was taken to work in a hotel and never paid. The man has now been convicted of trafficking. Our lawyer says the court can also order money for us. Which provision allows that?')).toEqual(['/ptpa-2018/s13/']);
    expect(top('the court ordered the agent to be kept in jail, my son was trafficked to a hotel')).not.toEqual(['/ptpa-2018/s13/']);
  });
  it('a minor taken who went "of her own will" is kidnapped from lawful guardianship (s. 361), the minor\'s consent no answer', () => {
    const q = 'his daughter aged about 15 yrs went to the tandoor and did not return; accd, a neighbour, was seen taking her on his motorcycle. Accd\'s family says she went with him of her own will. What offence is made out?';
    expect(top(q)).toEqual(['/ppc/s361/']);
    // An adult woman who went of her own will is no kidnapping from guardianship.
    expect(top('his daughter aged about 25 went with a neighbour of her own will and married him. What offence is made out?')).not.toEqual(['/ppc/s361/']);
  });
  it('the one who handed a woman over and took the money is the seller (s. 371A), not the buyer', () => {
    expect(top('her husband handed her over to a woman who runs a kotha, took Rs 3 lakh from that woman and told her she would work there')).toEqual(['/ppc/s371a/']);
    expect(u('sauteli maa ne Nazia ko kotha chalane wali aurat ke hawale kar diya aur badle mein 3 lakh le liye').general).toContain('/ppc/s371b/');
  });
});

describe('fourteenth session: rules from blind batch am', () => {
  it('which Bonded Labour Act applies, asked in Roman Urdu, is s. 1 of the text of the place told', () => {
    expect(top('Islamabad ke Tarlai me bhatta hai, wahan peshgi pe mazdoor bandhe hue hain - yahan federal wala 1992 ka qanoon lagega ya Punjab wala?')).toEqual(['/blsa-1992/s1/']);
    expect(top('hum Jaranwala, Faisalabad ke bhatte pe kaam karte hain, yahan peshgi aur begar ka kaunsa qanoon chalta hai - Punjab ka apna ya wohi 1992 wala federal?')).toEqual(['/blsa-1992-punjab/s1/']);
    // A kiln story in Islamabad that asks nothing of which law keeps the offence first.
    expect(top('Islamabad ke Tarlai me bhatta hai, wahan peshgi pe mazdoor bandhe hue hain, malik jaane nahi deta')).not.toEqual(['/blsa-1992/s1/']);
  });
  it('the court of "the trafficking case" named is the PTPA\'s, though kiln facts and a Punjab place are told', () => {
    expect(top('Labourers were trafficked from Okara to a brick kiln in Gujranwala, all inside Punjab. Which court tries the trafficking case - a Sessions Court, a Special Court or a Magistrate?')).toEqual(['/ptpa-2018/s10/']);
    expect(top('bonded labourers kept at a kiln in Gujranwala on peshgi, which court tries the bonded labour case')).toEqual(['/blsa-1992-punjab/s16/']);
  });
  it('whether the trafficking or the smuggling Act applies in a province is its s. 1', () => {
    expect(top('does the federal trafficking law apply in Sindh too or does Sindh have its own')).toEqual(['/ptpa-2018/s1/']);
    expect(top('کیا انسانی ٹریفکنگ والا وفاقی قانون سندھ میں بھی لاگو ہوتا ہے؟')).toEqual(['/ptpa-2018/s1/']);
    expect(top('agent trafficked girls from Sindh to Punjab for sex work')).not.toEqual(['/ptpa-2018/s1/']);
  });
  it('the purpose of an Act asked is its preamble: the Act named, the province told, or the facts\' law', () => {
    expect(top('Sindh ka begar khatam karne wala qanoon kyun banaya gaya, maqsad kya hai?')).toEqual(['/sindh-blsa-2015/preamble/']);
    expect(top('why was the law made against smuggling of migrants')).toEqual(['/psma-2018/preamble/']);
    expect(top('the agent smuggled migrants by boat, what is the punishment')).not.toEqual(['/psma-2018/preamble/']);
  });
  it('compensation asked after a trafficking case named is PTPA s. 13, kiln facts or not; after a bonded-labour conviction it is not', () => {
    expect(top('they were kept at a kiln on a made-up karza. Police made a trafficking case and the magistrate convicted the jamadar. Will the court make the jamadar pay him something for his hand?')).toEqual(['/ptpa-2018/s13/']);
    expect(top('the kiln owner was convicted under the bonded labour act, will the court make the owner pay us something for the years')).not.toEqual(['/ptpa-2018/s13/']);
  });
  it('money demanded "for releasing the kidnapped" is ransom (s. 365A)', () => {
    expect(top('gang demanded twenty lakh rupees from the family for releasing the kidnapped shopkeeper')).toEqual(['/ppc/s365a/']);
  });
});

describe('fourteenth session: a reviewer\'s misdirections of the new rules, each fixed', () => {
  it('"does the act apply in a case where …" asks of the facts, not of where the Act runs', () => {
    expect(top('does the trafficking act apply in a case where the 15 year old girl herself agreed to go with the agent')).not.toEqual(['/ptpa-2018/s1/']);
  });
  it('"the purpose of the act was …" states the deed\'s purpose; "agent ka maqsad" is the agent\'s', () => {
    expect(top('the prosecution must prove the purpose of the act was sexual exploitation when the agent recruited the women; which section')).not.toEqual(['/ptpa-2018/preamble/']);
    expect(top('agent ka maqsad kya hai jab wo 14 saal ke larkon ko Dubai bhejta hai oont dorr ke liye')).not.toEqual(['/psma-2018/preamble/']);
  });
  it('which law punishes, asked with the punishment, is the offence, not s. 1', () => {
    expect(top('which law in punjab punishes a kiln owner who keeps labourers against peshgi, and how much jail')).not.toEqual(['/blsa-1992-punjab/s1/']);
    expect(top('since when is taking peshgi labour a crime under the bonded labour law in Sindh')).toEqual(['/sindh-blsa-2015/s1/']);
  });
  it('money wanted "for their release" of a bonded family is no ransom; charges dropped are no trafficking conviction; bail asked is no agency question', () => {
    expect(top('the landlord is keeping the hari family in his private jail and wants the loan returned for their release')).not.toEqual(['/ppc/s365a/']);
    expect(top('trafficking charges were dropped and the kiln owner was convicted under the Bonded Labour Act; can the court order money for the family')).not.toEqual(['/ptpa-2018/s13/']);
    expect(top('mukadma police ya FIA jis ne bhi darj kiya ho, agent ko bail milegi ya nahi')).not.toEqual(['/psma-2018/s11/']);
  });
  it('a daughter handed back to her family after money was taken is a ransom, not a sale', () => {
    expect(u('the men who abducted my 20 year old daughter kept her at a kotha and handed her over to us only after taking 4 lakh').general ?? []).not.toContain('/ppc/s371b/');
  });
  it('an Urdu place followed by "سے" is where people came from; "دادو" and "قصور" are words first', () => {
    expect(u('ملتان سے آئے مزدور کراچی میں بھٹے پر پیشگی کی وجہ سے بند ہیں').placeActs).toEqual(['sindh-blsa-2015']);
    expect(u('دادو نے پیشگی لی تھی، کیا ہم پر قرض واپس کرنا لازم ہے').placeActs ?? []).toEqual([]);
    expect(u('قصور میں بھٹہ مالک نے پیشگی کے بدلے خاندان کو روک رکھا ہے').placeActs).toEqual(['blsa-1992-punjab']);
  });
  it('Islamabad facts with Punjab\'s law named only as the other choice: the Punjab text is not made the query\'s Act', () => {
    expect(u('Islamabad ke bhatte pe peshgi pe mazdoor bandhe hain, federal wala qanoon lagega ya Punjab wala').acts).not.toContain('blsa-1992-punjab');
  });
});

describe('fourteenth session: rules from blind batches ar and as', () => {
  it('a boy taken away for "galat kaam" is s. 367A; a boy taken to work is not', () => {
    expect(top('mera beta 16 saal ka hai, do bande usay bike pe bitha ke ganne ke khet mein le gaye ke us ke sath galat kaam karenge. Kya section lagta hai?')).toEqual(['/ppc/s367a/']);
    expect(top('my son was taken by the kiln owner to work in the fields')).not.toEqual(['/ppc/s367a/']);
  });
  it('where to complain, the police station or the FIA, asks the investigating agency; a complaint told is not', async () => {
    const { agencyAsked } = await import('../../../src/lib/search/questions.ts');
    expect(agencyAsked('dunki agent ne paise kha liye shikayat kahan karun thana ya fia')).toBe(true);
    expect(agencyAsked('where should I report this, police or FIA')).toBe(true);
    expect(agencyAsked('we went to complain but police or fia nobody listened')).toBe(false);
    expect(top('dunki agent ne paise kha liye shikayat kahan karun thana ya fia')).toEqual(['/psma-2018/s11/']);
  });
});
