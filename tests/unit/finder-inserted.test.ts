// A Penal Code section inserted by a later Act did not exist before it: for earlier conduct the
// finder must say so plainly, not offer it with an "earlier wording" warning. Read from the real
// provision files, so the footnotes and bracket positions are the source's.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { insertionOn, earlierWordingWarning } from '../../src/lib/versions/amendments.ts';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'provisions', 'ppc');
const version = readdirSync(DIR)[0];
/** The same computation as library.ts sectionFootnotes: `opens` when the bracket opens before the section number. */
function footnotes(n: string) {
  const raw = readFileSync(join(DIR, version, `s${n.toLowerCase()}.mdx`), 'utf8');
  const [, fm, body] = raw.split(/^---$/m);
  const data = parse(fm) as { footnotes: { id: string; text: string }[] };
  return data.footnotes.map((f) => ({ id: f.id, text: f.text, opens: new RegExp(`<Hd><Fn f="${f.id}"[^>]*/>\\\\\\[`).test(body) || /lies inside the bracket opened by/.test(f.text) }));
}

describe('sections inserted after the date of the offence', () => {
  it('s. 377A and s. 377B (Ins. by Act X of 2016) are not in force for 2014 conduct, said plainly', () => {
    for (const n of ['377A', '377B']) {
      const r = insertionOn(`s. ${n}`, footnotes(n), '2014-01-01');
      expect(r?.state, n).toBe('not-in-force');
      expect(r?.text, n).toMatch(/not in force on 2014-01-01: it was inserted by Act X of 2016/);
    }
  });
  it('within the inserting Act’s year the footnote gives no date: uncertain, and said so', () => {
    expect(insertionOn('s. 377A', footnotes('377A'), '2016-03-01')?.state).toBe('uncertain');
    expect(insertionOn('s. 377A', footnotes('377A'), '2016-03-01')?.text).toMatch(/not confirmed/);
    expect(insertionOn('s. 377A', footnotes('377A'), '2017-01-01')).toBeNull();
  });
  it('an inserted section is not given the "earlier wording" warning; a substitution still is', () => {
    expect(earlierWordingWarning('s. 377A', footnotes('377A'), '2014-01-01')).toBeNull();
    // s. 377B's own sentence was substituted in 2018 ("Subs. by Act XXVII of 2018"): earlier wording applies.
    expect(earlierWordingWarning('s. 377B', footnotes('377B'), '2017-01-01')).toMatch(/Act XXVII of 2018/);
  });
  it('a section inserted with a two-digit year ("Act VI of 06") is uncertain only where the century matters', () => {
    expect(insertionOn('s. 371B', footnotes('371B'), '2014-01-01')).toBeNull();
    expect(insertionOn('s. 371B', footnotes('371B'), '2005-01-01')?.state).toBe('uncertain');
  });
  it('a section with words inserted inside it is not treated as inserted whole', () => {
    for (const n of readdirSync(join(DIR, version)).map((f) => f.replace(/^s|\.mdx$/g, '').toUpperCase())) {
      const fs = footnotes(n);
      if (!fs.some((f) => f.opens)) expect(insertionOn(`s. ${n}`, fs, '1900-01-01'), n).toBeNull();
    }
    expect(insertionOn('s. 376', footnotes('376'), '2014-01-01')).toBeNull();
  });
});
